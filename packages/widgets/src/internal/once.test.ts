import { expect, it } from 'vitest';
import { once } from './once.js';

it('loads once and gives every later call the same promise', async () => {
  let calls = 0;
  const load = once(async () => ++calls);
  const first = load();
  expect(load()).toBe(first);
  expect(await first).toBe(1);
  expect(await load()).toBe(1);
  expect(calls).toBe(1);
});

it('loads again after a failure', async () => {
  let calls = 0;
  const load = once(async () => {
    calls += 1;
    if (calls === 1) throw new Error('offline');
    return 'loaded';
  });
  await expect(load()).rejects.toThrow('offline');
  expect(await load()).toBe('loaded');
  expect(calls).toBe(2);
});

it('resolves a second time within microtasks, before any task runs', async () => {
  const load = once(() => import('./once.js'));
  await load();
  let taskRan = false;
  setTimeout(() => (taskRan = true), 0);
  await load();
  expect(taskRan).toBe(false);
});
