import { setTimeout as sleep } from 'node:timers/promises';
import { caseTimelineProjection } from '../src';
import { appendCases } from '../src/testing/case-histories';
import { harnessOnFreshDatabase } from './support/projection-harness';

const h = harnessOnFreshDatabase();

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(20);
  }
};

test('one worker feeds a projection while another stands by, and takes over when the first stops', async () => {
  const [first] = h.start([caseTimelineProjection]);
  await until(() => first.status().state === 'live');
  const [second] = h.start([caseTimelineProjection]);
  await until(() => second.status().state === 'standby');

  const { last } = await appendCases(h.store, 20, 3);
  await h.caughtUp(last!);
  expect(first.status().eventsApplied).toBeGreaterThan(0);
  expect(second.status().eventsApplied).toBe(0);

  await first.stop();
  await until(() => second.status().state === 'live');
  const more = await appendCases(h.store, 5, 4);
  await h.caughtUp(more.last!);
  expect(second.status().eventsApplied).toBe(more.events);
  const { rows } = await h.pool.query('SELECT count(*)::int AS n FROM rm_case_timeline');
  expect(rows[0].n).toBe(first.status().eventsApplied + more.events);
});
