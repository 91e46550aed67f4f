// Quota benchmarks: decideSend over a SendLedger against a naive scan of the same history.
import { execFileSync } from 'node:child_process';
import { decideSend, SendLedger, sendPolicyFor } from '../dist/esm/index.js';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');
const BATCH = 1000; // decisions per timed iteration: one decision is below the timer's resolution

/** A long-lived mailbox: about 1,000 sends a day, 1–3 recipients each, nothing pruned. */
function longLivedHistory(count) {
  const events = new Array(count);
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < count; i++) {
    events[i] = {
      at: T0 + Math.floor(i * 86.4 * 1000 + random() * 60_000),
      recipients: 1 + Math.floor(random() * 3),
    };
  }
  return events;
}

/** A naive scan written as a user would: filter the window, sum, then sort for retryAt. */
function naiveUsed(events, now) {
  let used = 0;
  for (const event of events) if (event.at > now - DAY) used += event.recipients;
  return used;
}

export function quotaTasks() {
  const tasks = [];
  const setups = {};
  for (const count of [1_000, 100_000, 1_000_000]) {
    const events = longLivedHistory(count);
    const ledger = SendLedger.from(events);
    const last = events[events.length - 1].at;
    const nows = Array.from({ length: BATCH }, (_, i) => last + 1 + i * 1000);
    setups[count] = { events, ledger };
    tasks.push({
      group: 'long-lived mailbox',
      name: `decideSend over SendLedger, n=${count.toExponential(0)}`,
      key: `ledger-${count}`,
      perIteration: BATCH,
      fn: () => {
        for (const now of nows)
          decideSend({ offer: 'mail-premium', now, history: ledger, message: { recipients: 2 } });
      },
    });
    tasks.push({
      group: 'long-lived mailbox',
      name: `decideSend over an array (naive scan), n=${count.toExponential(0)}`,
      key: `array-${count}`,
      perIteration: 1,
      fn: () =>
        decideSend({
          offer: 'mail-premium',
          now: nows[0],
          history: events,
          message: { recipients: 2 },
        }),
    });
  }
  // A window packed with 10^5 sends under a large override: the decision is a refusal, so
  // retryAt must search the window.
  const packedCount = 100_000;
  const packed = Array.from({ length: packedCount }, (_, i) => ({
    at: T0 + Math.floor((i * DAY) / packedCount),
    recipients: 1,
  }));
  const packedLedger = SendLedger.from(packed);
  const policy = sendPolicyFor('ksuite-enterprise', {
    dailySendLimit: packedCount,
    maxRecipientsPerMessage: 1000,
  });
  const packedNows = Array.from({ length: BATCH }, (_, i) => T0 + DAY - 1 - i);
  tasks.push({
    group: 'packed window (override limit 100,000)',
    name: 'decideSend over SendLedger, 1e5 in the window, refused with retryAt',
    key: 'packed-ledger',
    perIteration: BATCH,
    fn: () => {
      for (const now of packedNows)
        decideSend({ offer: policy, now, history: packedLedger, message: { recipients: 500 } });
    },
  });
  tasks.push({
    group: 'packed window (override limit 100,000)',
    name: 'decideSend over an array, 1e5 in the window, refused with retryAt',
    key: 'packed-array',
    perIteration: 1,
    fn: () =>
      decideSend({
        offer: policy,
        now: packedNows[0],
        history: packed,
        message: { recipients: 500 },
      }),
  });
  tasks.push({
    group: 'reference',
    name: 'naive used() loop alone, n=1e6',
    key: 'naive-loop-1e6',
    perIteration: 1,
    fn: () => naiveUsed(setups[1_000_000].events, setups[1_000_000].events.at(-1).at),
  });
  return tasks;
}

/**
 * Bytes per recorded send of a ledger of `count` sends, measured in a fresh process (so that no
 * garbage of the other benchmarks is collected in between).
 */
export function ledgerMemory(count, withIds) {
  const script = new URL('./memory.mjs', import.meta.url);
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', script.pathname, String(count), String(withIds)],
    {
      encoding: 'utf8',
    },
  );
  return { count, withIds, bytesPerSend: Number(output) };
}

export function quotaSummary(results) {
  const ns = (key) => results.get(key);
  return [
    ['cost at 1e6 / cost at 1e3 (goal ≤ 3)', ns('ledger-1000000') / ns('ledger-1000')],
    [
      'decideSend over an array / over SendLedger at 1e6 (goal ≥ 1000)',
      ns('array-1000000') / ns('ledger-1000000'),
    ],
    [
      'bare naive used() loop / decideSend over SendLedger at 1e6',
      ns('naive-loop-1e6') / ns('ledger-1000000'),
    ],
    ['naive / SendLedger, packed window of 1e5', ns('packed-array') / ns('packed-ledger')],
    ['packed window / cost at 1e3', ns('packed-ledger') / ns('ledger-1000')],
  ];
}
