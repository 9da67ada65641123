import { afterEach, describe, expect, it } from 'vitest';
import '../src/components/homicide-trend/homicide-trend.js';
import { clearBody, fixture, mount, mountError } from './mount.js';

afterEach(clearBody);

const MiB = 1024 * 1024;

/** `bytes` of junk from the test server, streamed with no Content-Length (see `junk-server.ts`). */
const junk = (bytes: number) => new URL(`/__junk?bytes=${bytes}`, location.origin).href;

/** The longest wait between two ticks of a 10 ms timer while `run` runs: how long the page froze. */
async function longestFreeze(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return longest;
}

describe('a widget given a 50 MB junk file by src', () => {
  it('shows its error within 10 s, fires usmx-error, and the page keeps running', async () => {
    const src = junk(50 * MiB);
    const start = performance.now();
    let result: Awaited<ReturnType<typeof mountError>> | undefined;
    const freeze = await longestFreeze(async () => {
      result = await mountError('usmx-homicide-trend', { src });
    });
    expect(performance.now() - start).toBeLessThan(10_000);
    const { element, detail } = result!;
    expect(detail.code).toBe('fetch-failed');
    expect(detail.message).toBe(`Could not load ${src}: the file is larger than 20 MB`);
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).toContain(
      'the file is larger than 20 MB',
    );
    // the timer kept ticking: no task held the page for a whole second
    expect(freeze).toBeLessThan(1000);
  });
});

describe('a widget given a 10 MB junk file by src, under the cap', () => {
  it('reads it and names what is wrong with it, the page still running', async () => {
    // the junk's first line is its header: no column of a layout the widget reads
    const src = junk(10 * MiB);
    let result: Awaited<ReturnType<typeof mountError>> | undefined;
    const freeze = await longestFreeze(async () => {
      result = await mountError('usmx-homicide-trend', { src });
    });
    expect(result!.detail.code).toBe('invalid-data');
    expect(result!.detail.issues[0]).toMatchObject({ code: 'missing-column', row: 1 });
    expect(freeze).toBeLessThan(1000);
  });
});

describe('max-file-size', () => {
  it('lets a widget read a file up to the size it gives, and refuses a larger one', async () => {
    // homicides-long.csv is 408 bytes
    const src = fixture('homicides-long.csv');
    const { event } = await mount('usmx-homicide-trend', { src, 'max-file-size': '408' });
    expect(event.type).toBe('usmx-ready');
    const { detail } = await mountError('usmx-homicide-trend', { src, 'max-file-size': '400' });
    expect(detail.code).toBe('fetch-failed');
    expect(detail.message).toBe(`Could not load ${src}: the file is larger than 400 bytes`);
  });
});
