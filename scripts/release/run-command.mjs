// Runs external tools for the release check: captures their output so a failure can show it,
// and keeps track of the live children so an interrupted run can stop them.
import { spawn } from 'node:child_process';

const liveChildren = new Set();

/** A command that exited non-zero (or could not start); carries the command's full output. */
export class CommandError extends Error {
  constructor(message, { command, cwd, exitCode, output }) {
    super(message);
    this.name = 'CommandError';
    this.command = command;
    this.cwd = cwd;
    this.exitCode = exitCode;
    this.output = output;
  }
}

/**
 * Runs `command args` without a shell. Resolves with `{ exitCode, stdout, stderr, output }`, where
 * `output` interleaves both streams in arrival order. Never rejects for a non-zero exit.
 */
export function runCommand(
  command,
  args,
  { cwd, env = process.env, timeoutMs = 10 * 60_000 } = {},
) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    liveChildren.add(child);
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000} s]\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      output += `\n[could not start ${command}: ${error.message}]\n`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr, output });
    });
  });
}

/** Like {@link runCommand}, but rejects with a {@link CommandError} when the exit code is not 0. */
export async function mustRun(command, args, options = {}) {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) {
    const line = [command, ...args].join(' ');
    throw new CommandError(`\`${line}\` exited with code ${result.exitCode}`, {
      command: line,
      cwd: options.cwd,
      exitCode: result.exitCode,
      output: result.output,
    });
  }
  return result;
}

/** Kills every child process still running (used when the run is interrupted). */
export function killLiveChildren() {
  for (const child of liveChildren) child.kill('SIGTERM');
}
