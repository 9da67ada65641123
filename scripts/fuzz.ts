/**
 * The fuzz harness of `@usmx/data` and `@usmx/indicators`: what a generated case may end in, a
 * tally of those outcomes, and a runner that draws the cases from a seed. Each package brings its
 * targets and its own fast-check (as `sample`): a fixed-seed subset runs in its `vitest run`, the
 * long run in `pnpm fuzz` (`src/fuzz/run.ts` of each package, through {@link fuzzMain}).
 */

/** What a case ends in. Every outcome but `result` and `typed error` is a bug. */
export type Outcome =
  | 'result'
  | 'typed error'
  | 'untyped exception'
  | 'non-finite result'
  | 'silent shift'
  | 'valid input rejected';

const OUTCOMES: readonly Outcome[] = [
  'result',
  'typed error',
  'untyped exception',
  'non-finite result',
  'silent shift',
  'valid input rejected',
];

/** A case's outcome, and what went wrong when it is a bug. */
export interface CaseOutcome {
  readonly outcome: Outcome;
  readonly detail?: string;
}

/** A function under test: where its inputs come from, and how one case is run and judged. */
export interface FuzzTarget<Input, Arbitrary> {
  readonly name: string;
  readonly arbitrary: Arbitrary;
  run(input: Input): CaseOutcome | Promise<CaseOutcome>;
}

/** Draws `runs` inputs from `arbitrary` with `seed`: `(a, seed, runs) => fc.sample(a, { seed, numRuns: runs })`. */
export type Sample<Arbitrary> = (arbitrary: Arbitrary, seed: number, runs: number) => unknown[];

/** Every NaN or infinite number inside `value` with its path (`result.years[2].low = NaN`), walked without recursion. */
export function nonFinitePaths(value: unknown, path = 'result'): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, path]];
  const seen = new Set<object>();
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [item, at] = top;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) found.push(`${at} = ${item}`);
    } else if (item !== null && typeof item === 'object' && !seen.has(item)) {
      seen.add(item);
      const entries = Array.isArray(item)
        ? item.map((child, i): [unknown, string] => [child, `${at}[${i}]`])
        : Object.entries(item).map(([key, child]): [unknown, string] => [child, `${at}.${key}`]);
      // pushed last first, to be visited in order; one by one: a list may be too long to spread
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]!);
    }
  }
  return found;
}

/** `result`, or `non-finite result` naming the first NaN or infinite numbers in `value`. */
export function finiteResult(value: unknown): CaseOutcome {
  const paths = nonFinitePaths(value);
  return paths.length === 0
    ? { outcome: 'result' }
    : { outcome: 'non-finite result', detail: paths.slice(0, 3).join('; ') };
}

function thrown(error: unknown, isTyped: (error: unknown) => boolean): CaseOutcome {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { outcome: isTyped(error) ? 'typed error' : 'untyped exception', detail };
}

/**
 * The outcome of `call`: its result as `check` judges it (by default, finite or not), a typed error
 * (`isTyped`), or any other exception; an error's stack is the detail.
 */
export async function outcomeOf(
  call: () => unknown,
  isTyped: (error: unknown) => boolean,
  check: (result: unknown) => CaseOutcome = finiteResult,
): Promise<CaseOutcome> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    return thrown(error, isTyped);
  }
  return check(result);
}

/** A bug found: its outcome and where to find its case again (`sample(arbitrary, seed, index + 1)[index]`). */
export interface Failure {
  readonly outcome: Outcome;
  readonly seed: number;
  readonly index: number;
  readonly detail: string;
}

/** What a target's cases ended in: the count of each outcome, the first bug of each kind, the time. */
export interface Tally {
  readonly name: string;
  readonly counts: Record<Outcome, number>;
  readonly failures: Failure[];
  readonly ms: number;
}

/** Cases drawn at a time: each batch has its own seed, so a case is found again without the others. */
const BATCH = 100;

/**
 * Runs `runs` cases of `target`, drawn `BATCH` at a time, batch `b` with seed `seed + b`: a bug is
 * reported with its batch's seed and its index there, enough to draw its input again.
 */
export async function fuzzTarget<Input, Arbitrary>(
  target: FuzzTarget<Input, Arbitrary>,
  sample: Sample<Arbitrary>,
  { runs, seed }: { runs: number; seed: number },
): Promise<Tally> {
  const start = performance.now();
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Tally['counts'];
  const failures: Failure[] = [];
  for (let done = 0, batch = 0; done < runs; done += BATCH, batch++) {
    const inputs = sample(target.arbitrary, seed + batch, Math.min(BATCH, runs - done));
    for (const [index, input] of inputs.entries()) {
      const { outcome, detail = '' } = await target.run(input as Input);
      counts[outcome]++;
      const bug = outcome !== 'result' && outcome !== 'typed error';
      if (bug && !failures.some((failure) => failure.outcome === outcome))
        failures.push({ outcome, seed: seed + batch, index, detail });
    }
  }
  return { name: target.name, counts, failures, ms: performance.now() - start };
}

/** The tallies as a table: a row per target, a column per outcome, and the time taken. */
export function formatTallies(tallies: readonly Tally[]): string {
  const header = ['target', ...OUTCOMES, 'seconds'];
  const rows = tallies.map((tally) => [
    tally.name,
    ...OUTCOMES.map((outcome) => String(tally.counts[outcome])),
    (tally.ms / 1000).toFixed(1),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  return [header, ...rows]
    .map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '))
    .join('\n');
}

/**
 * The `pnpm fuzz` of a package: every target `--runs` times (10,000 by default) from `--seed`
 * (random by default, printed), the counts by outcome as a table, then each bug's seed, index and
 * detail; the exit code is 1 when there was a bug.
 */
export async function fuzzMain<Arbitrary>(
  targets: readonly FuzzTarget<never, Arbitrary>[],
  sample: Sample<Arbitrary>,
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : Number(argv[at + 1]);
  };
  const runs = option('runs') ?? 10_000;
  const seed = option('seed') ?? Math.floor(Math.random() * 2 ** 31);
  console.log(`fuzz: ${runs} cases per target, seed ${seed}`);
  const tallies: Tally[] = [];
  for (const target of targets) tallies.push(await fuzzTarget(target, sample, { runs, seed }));
  console.log(formatTallies(tallies));
  const failures = tallies.flatMap((tally) =>
    tally.failures.map((failure) => ({ name: tally.name, ...failure })),
  );
  for (const { name, outcome, seed: at, index, detail } of failures)
    console.log(`\n${name}: ${outcome} (seed ${at}, index ${index})\n${detail}`);
  if (failures.length > 0) process.exitCode = 1;
}
