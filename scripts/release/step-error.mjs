// The error a release step throws: what went wrong, and the output of the tool that failed.

/** A failure of one step, with the output of the tool that failed (if any). */
export class StepError extends Error {
  constructor(message, output = '') {
    super(message);
    this.name = 'StepError';
    this.output = output;
  }
}
