import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { PolicyInputError } from '../_lib/errors.js';
import { SendLedger } from './SendLedger.js';
import { SEND_WINDOW_MS } from './window.js';

const H = 3_600_000;
const DAY = 24 * H;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

describe('SendLedger', () => {
  it('starts empty with no argument', () => {
    const ledger = new SendLedger();
    expect(ledger.size).toBe(0);
    expect(ledger.used(T0)).toBe(0);
    expect(ledger.retryAt(T0, 1, 500)).toEqual(new Date(T0));
    expect(ledger.retryAt(T0, 0, 0)).toEqual(new Date(T0));
    expect(ledger.retryAt(T0, 501, 500)).toBeNull();
    expect([...ledger]).toEqual([]);
  });

  it('answers the worked example of its TSDoc', () => {
    const ledger = new SendLedger();
    ledger.record(Date.parse('2026-01-01T08:00:00Z'), 450, 'msg-1');
    ledger.record(Date.parse('2026-01-01T09:00:00Z'), 40, 'msg-2');
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(ledger.used(now)).toBe(490);
    expect(ledger.retryAt(now, 20, 500)).toEqual(new Date('2026-01-02T08:00:00Z'));
    expect(ledger.retryAt(now, 10, 500)).toEqual(new Date(now));
  });

  it('counts an id once: recording is idempotent', () => {
    const ledger = new SendLedger();
    expect(ledger.record(T0, 10, 'a')).toBe(true);
    expect(ledger.record(T0 + H, 10, 'a')).toBe(false);
    expect(ledger.record(T0, 10)).toBe(true);
    expect(ledger.record(T0, 10)).toBe(true); // no id: two sends
    expect(ledger.used(T0 + H)).toBe(30);
    expect(ledger.size).toBe(3);
  });

  it('releases a send by id, once', () => {
    const ledger = new SendLedger();
    ledger.record(T0, 5, 'a');
    ledger.record(T0, 5, 'b');
    ledger.record(T0 + H, 7, 'c');
    expect(ledger.release('b')).toBe(true);
    expect(ledger.release('b')).toBe(false);
    expect(ledger.release('never-recorded')).toBe(false);
    expect(ledger.used(T0 + H)).toBe(12);
    // Sends of the same time and weight are interchangeable: 'a' may name either slot.
    expect([...ledger]).toEqual([
      { at: new Date(T0), recipients: 5, id: 'a' },
      { at: new Date(T0 + H), recipients: 7, id: 'c' },
    ]);
    expect(ledger.record(T0 + 2 * H, 1, 'b')).toBe(true); // a released id may be used again
  });

  it('is saved as JSON and read back with its ids, as its TSDoc shows', () => {
    const ledger = new SendLedger();
    ledger.record(T0, 5, 'a');
    ledger.record(T0 + H, 0, 'empty'); // listed for its id alone
    ledger.record(T0 + H, 0);
    ledger.record(T0 + 2 * H, 7);
    const saved = JSON.stringify([...ledger]);
    const again = SendLedger.from(
      JSON.parse(saved, (key, value) => (key === 'at' ? new Date(value) : value)),
    );
    expect([...again]).toEqual([...ledger]);
    expect(again.used(T0 + 3 * H)).toBe(12);
    expect(again.record(T0 + 3 * H, 1, 'a')).toBe(false);
    expect(again.record(T0 + 3 * H, 1, 'empty')).toBe(false);
    expect(again.release('a')).toBe(true);
  });

  it('keeps late sends in time order and answers as if they came in order', () => {
    const ledger = new SendLedger();
    ledger.record(T0 + 3 * H, 100);
    ledger.record(T0 + 1 * H, 200); // arrives late
    ledger.record(T0 + 2 * H, 150, 'x'); // late too
    ledger.record(T0 + 4 * H, 50);
    expect([...ledger].map((event) => event.at.getTime() - T0)).toEqual([H, 2 * H, 3 * H, 4 * H]);
    const now = T0 + 5 * H;
    expect(ledger.used(now)).toBe(500);
    // 30 more under 500 needs 30 freed: the 200 sent at +1 h leave at +25 h.
    expect(ledger.retryAt(now, 30, 500)).toEqual(new Date(T0 + H + DAY));
    expect(ledger.release('x')).toBe(true);
    expect(ledger.used(now)).toBe(350);
  });

  it('finds exactly how many sends must leave, for every size and every need', () => {
    // n sends of weight 1, one a minute; with all n counted, k more need the k oldest gone.
    for (let n = 1; n <= 40; n++) {
      const events = Array.from({ length: n }, (_, i) => ({ at: T0 + i * 60_000, recipients: 1 }));
      const ledger = SendLedger.from(events);
      const now = T0 + n * 60_000;
      for (let k = 1; k <= n; k++) {
        expect(ledger.retryAt(now, k, n)).toEqual(new Date(T0 + (k - 1) * 60_000 + DAY));
      }
      expect(ledger.retryAt(now, n + 1, n)).toBeNull();
    }
  });

  it('releases correctly from a settled tree, at every position', () => {
    const n = 37;
    const events = Array.from({ length: n }, (_, i) => ({
      at: T0 + i * H,
      recipients: i + 1,
      id: `m${i}`,
    }));
    const ledger = SendLedger.from(events);
    let live = [...events];
    const check = () => {
      for (let t = 0; t <= n + 25; t += 1) {
        const now = T0 + t * H;
        const expected = live
          .filter((e) => e.at > now - DAY)
          .reduce((sum, e) => sum + e.recipients, 0);
        expect(ledger.used(now)).toBe(expected);
      }
    };
    check();
    for (const i of [0, 36, 17, 1, 32, 15, 16, 8, 7]) {
      expect(ledger.release(`m${i}`)).toBe(true);
      live = live.filter((e) => e.id !== `m${i}`);
      check();
    }
  });

  it('accepts the largest weight it can store', () => {
    const ledger = new SendLedger();
    expect(ledger.record(T0, 2 ** 32 - 1)).toBe(true);
    expect(ledger.used(T0)).toBe(2 ** 32 - 1);
  });

  it('frees the ids of pruned sends and keeps no send older than the last prune', () => {
    const ledger = new SendLedger();
    ledger.record(T0, 1, 'old');
    ledger.record(T0 + DAY, 1, 'young');
    expect(ledger.prune(T0 + DAY)).toBe(1);
    expect(ledger.record(T0 - H, 1, 'old')).toBe(true); // the id is free, the send too old to keep
    expect(ledger.size).toBe(1);
    expect(ledger.record(T0 + DAY, 1, 'young')).toBe(false);
    expect(ledger.record(T0 + 2 * H, 1)).toBe(true);
    expect(ledger.size).toBe(2);
  });

  it('prunes what can never count again, and refuses questions about the past afterwards', () => {
    const ledger = new SendLedger();
    for (let hour = 0; hour < 48; hour++) ledger.record(T0 + hour * H, 1, `m${hour}`);
    const now = T0 + 48 * H;
    const used = ledger.used(now);
    expect(ledger.prune(now)).toBe(25); // hours 0..24 are at or before now − 24 h
    expect(ledger.size).toBe(23);
    expect(ledger.used(now)).toBe(used);
    expect(ledger.prune(now)).toBe(0);
    expect(ledger.release('m3')).toBe(false); // pruned with its send
    expect(ledger.record(T0 + 3 * H, 1, 'm3')).toBe(true); // its id is free again…
    expect(ledger.used(now)).toBe(used); // …and a send that old is not kept
    expect(ledger.release('m40')).toBe(true);
    expect(ledger.used(now)).toBe(used - 1);
    expect(() => ledger.used(now - 1)).toThrow(
      /^now: expected an instant at or after the last prune/,
    );
  });

  it('keeps neither a send too old to count nor its id, and lists only what it holds', () => {
    const ledger = new SendLedger();
    ledger.record(T0, 1, 'a');
    ledger.record(T0 + H, 2, 'b');
    ledger.record(T0 + 2 * H, 3, 'c');
    expect(ledger.prune(T0 + DAY)).toBe(1);
    expect([...ledger]).toEqual([
      { at: new Date(T0 + H), recipients: 2, id: 'b' },
      { at: new Date(T0 + 2 * H), recipients: 3, id: 'c' },
    ]);
    // Stamped exactly 24 h before the last prune: it can never count, so nothing is kept,
    // not even its id.
    expect(ledger.record(T0, 5, 'late')).toBe(true);
    expect(ledger.size).toBe(2);
    expect(ledger.record(T0, 5, 'late')).toBe(true);
    expect(ledger.release('late')).toBe(false);
    // An id still held is refused, however old the new send.
    expect(ledger.record(T0, 5, 'b')).toBe(false);
    expect(ledger.used(T0 + DAY)).toBe(5);
  });

  it('answers correctly as its storage grows between queries', () => {
    // Sends recorded one by one, a query after each: every growth of the typed arrays (16,
    // 24, 36, 54, 81…) comes after a query has built the whole tree, so the tree's copy must
    // keep every node. The sends an hour apart make the queries cut into them.
    const ledger = new SendLedger();
    for (let count = 1; count <= 100; count++) {
      ledger.record(T0 + count * H, 1);
      const now = T0 + (count + 12) * H; // the last 24 hours hold the sends of hours now−23…count
      const used = Math.min(count, 24 - 12);
      expect(ledger.used(now)).toBe(used);
      // One more send fits when the oldest counted one leaves: an hour-apart send at a time.
      expect(ledger.retryAt(now, 1, used)).toEqual(new Date(T0 + (count - used + 1) * H + DAY));
    }
  });

  it('lists only the sends it holds after a prune that keeps its storage', () => {
    // Six sends, two pruned: four are left in storage for sixteen, which is not shrunk, and
    // the slots past the fourth still hold what was there before.
    const ledger = new SendLedger();
    for (let hour = 0; hour < 6; hour++) ledger.record(T0 + hour * H, hour + 1);
    expect(ledger.prune(T0 + H + DAY)).toBe(2);
    expect([...ledger].map((send) => send.recipients)).toEqual([3, 4, 5, 6]);
    expect(ledger.used(T0 + H + DAY)).toBe(18);
  });

  it('shrinks its storage after a large prune and still answers correctly', () => {
    const ledger = new SendLedger();
    for (let i = 0; i < 10_000; i++) ledger.record(T0 + i * 60_000, 1);
    const now = T0 + 10_000 * 60_000;
    expect(ledger.prune(now)).toBe(10_000 - 1439);
    expect(ledger.used(now)).toBe(1439);
    ledger.record(now, 2);
    expect(ledger.used(now)).toBe(1441);
  });

  it('builds from events in any order, dropping repeated ids', () => {
    const ledger = SendLedger.from([
      { at: T0 + 2 * H, recipients: 3, id: 'b' },
      { at: new Date(T0), recipients: 2, id: 'a' },
      { at: T0 + H, recipients: 9, id: 'a' },
    ]);
    expect(ledger.size).toBe(2);
    expect(ledger.used(T0 + 3 * H)).toBe(5);
    expect(ledger.release('a')).toBe(true);
    expect(ledger.used(T0 + 3 * H)).toBe(3);
  });

  it('throws PolicyInputError naming the parameter for programmer mistakes', () => {
    const ledger = new SendLedger();
    expect(() => ledger.record(Number.NaN, 1)).toThrow(/^at: /);
    expect(() => ledger.record(new Date('nope'), 1)).toThrow(/^at: .*Invalid Date$/);
    expect(() => ledger.record(T0, -1)).toThrow(
      /^recipients: expected a non-negative integer; received -1$/,
    );
    expect(() => ledger.record(T0, 0.5)).toThrow(/^recipients: /);
    expect(() => ledger.record(T0, 2 ** 32)).toThrow(
      /^recipients: expected at most 4294967295 per send/,
    );
    expect(() => ledger.record(T0, 1, 42 as never)).toThrow(/^id: /);
    expect(() => ledger.used('today' as never)).toThrow(/^now: /);
    expect(() => ledger.retryAt(T0, -1, 10)).toThrow(/^weight: /);
    expect(() => ledger.retryAt(T0, 1, 1.5)).toThrow(/^limit: /);
    expect(() =>
      SendLedger.from([
        { at: T0, recipients: 1 },
        { at: T0, recipients: Number.NaN },
      ]),
    ).toThrow(/^events\[1\]\.recipients: /);
    expect(() => SendLedger.from([{ at: T0, recipients: 2 ** 32 }])).toThrow(
      /^events\[0\]\.recipients: expected at most 4294967295 per send/,
    );
    expect(() => SendLedger.from([undefined as never])).toThrow(PolicyInputError);
    // Not a plain TypeError from `for…of`: the parameter is named.
    expect(() => SendLedger.from({} as never)).toThrow(
      'events: expected an iterable of { at, recipients }; received an object',
    );
    expect(ledger.size).toBe(0);
  });

  it('keeps every answer a valid Date: a send’s 24 hours must end within the range a Date holds', () => {
    const last = 8.64e15 - SEND_WINDOW_MS; // the end of its window is the last instant there is
    const ledger = new SendLedger();
    ledger.record(last, 3);
    expect(ledger.retryAt(last, 1, 3)).toEqual(new Date(8.64e15));
    expect(() => ledger.record(last + 1, 1)).toThrow(
      'at: expected an instant at least 24 hours before the end of the Date range (+275760-09-13T00:00:00.000Z); received 8639999913600001',
    );
    expect(() => SendLedger.from([{ at: new Date(8.64e15), recipients: 1 }])).toThrow(
      /^events\[0\]\.at: expected an instant at least 24 hours before the end/,
    );
    expect(ledger.size).toBe(1);
  });
});

describe('SendLedger properties', () => {
  const offset = fc.oneof(
    fc.integer({ min: 0, max: 3 * DAY }),
    fc.constantFrom(0, DAY, DAY - 1, DAY + 1),
  );
  const event = fc.record({
    at: offset.map((ms) => T0 + ms),
    recipients: fc.integer({ min: 0, max: 50 }),
  });
  const events = fc.array(event, { maxLength: 60 });
  const query = fc.record({
    now: fc.integer({ min: 0, max: 4 * DAY }).map((ms) => T0 + ms),
    weight: fc.integer({ min: 0, max: 80 }),
    limit: fc.integer({ min: 0, max: 400 }),
  });

  const usedAt = (list: readonly { at: number; recipients: number }[], t: number) =>
    list.filter((e) => e.at > t - DAY).reduce((sum, e) => sum + e.recipients, 0);

  /**
   * `retryAt`'s contract over the sends `held`: `null` when `weight > limit`, else the earliest
   * instant from `now` on at which `weight` more fits under `limit`.
   */
  const expectRetryAt = (
    retry: Date | null,
    held: readonly { at: number; recipients: number }[],
    now: number,
    weight: number,
    limit: number,
  ) => {
    if (weight > limit) {
      expect(retry).toBeNull();
      return;
    }
    const t = (retry as Date).getTime();
    expect(usedAt(held, t) + weight).toBeLessThanOrEqual(limit);
    if (t > now) expect(usedAt(held, t - 1) + weight).toBeGreaterThan(limit);
    else expect(t).toBe(now);
  };

  it('gives the same answers whatever order events are recorded in', () => {
    fc.assert(
      fc.property(
        events.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        ([list, shuffled], queries) => {
          const inOrder = new SendLedger();
          for (const e of [...list].sort((a, b) => a.at - b.at)) inOrder.record(e.at, e.recipients);
          const anyOrder = new SendLedger();
          for (const e of shuffled) anyOrder.record(e.at, e.recipients);
          const built = SendLedger.from(shuffled);
          for (const q of queries) {
            const expected = [inOrder.used(q.now), inOrder.retryAt(q.now, q.weight, q.limit)];
            expect([anyOrder.used(q.now), anyOrder.retryAt(q.now, q.weight, q.limit)]).toEqual(
              expected,
            );
            expect([built.used(q.now), built.retryAt(q.now, q.weight, q.limit)]).toEqual(expected);
            expect(expected[0]).toBe(usedAt(list, q.now));
          }
        },
      ),
    );
  });

  it('answers as the model does after each send recorded in time order', () => {
    // The common use: a send recorded as it happens, a question before the next one. Each
    // growth of the storage then comes after a query has built the whole tree.
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 400 }), (list, limit) => {
        const sorted = [...list].sort((a, b) => a.at - b.at);
        const ledger = new SendLedger();
        sorted.forEach((e, index) => {
          ledger.record(e.at, e.recipients);
          const now = e.at + DAY / 2;
          const held = sorted.slice(0, index + 1);
          expect(ledger.used(now)).toBe(usedAt(held, now));
          const weight = Math.min(limit, e.recipients);
          expectRetryAt(ledger.retryAt(now, weight, limit), held, now, weight, limit);
        });
      }),
    );
  });

  it('follows a model through records, releases, prunes and queries interleaved', () => {
    const op = fc.oneof(
      // Records weigh most, so that a run holds more than 16 sends (the storage's first
      // growth) with queries before and after.
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('record' as const),
          event,
          id: fc.option(fc.integer({ min: 0, max: 15 }).map(String), { nil: undefined }),
        }),
      },
      fc.record({
        kind: fc.constant('release' as const),
        id: fc.integer({ min: 0, max: 15 }).map(String),
      }),
      fc.record({
        kind: fc.constant('prune' as const),
        // Now and then a prune past most events, so that sends too old to keep are recorded.
        step: fc.oneof(fc.integer({ min: 0, max: DAY / 2 }), fc.constant(2 * DAY)),
      }),
      fc.record({ kind: fc.constant('query' as const), q: query }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 100 }), (ops) => {
        const ledger = new SendLedger();
        let live: { at: number; recipients: number; id?: string }[] = [];
        const ids = new Set<string>();
        let prunedAt = T0;
        for (const o of ops) {
          if (o.kind === 'record') {
            const fresh = o.id === undefined || !ids.has(o.id);
            expect(ledger.record(o.event.at, o.event.recipients, o.id)).toBe(fresh);
            if (!fresh) continue;
            if (o.id !== undefined) ids.add(o.id);
            if (o.event.at > prunedAt - DAY)
              live.push({ ...o.event, ...(o.id === undefined ? {} : { id: o.id }) });
            else if (o.id !== undefined) ids.delete(o.id); // too old to keep: nor is its id
          } else if (o.kind === 'release') {
            const index = live.findIndex((e) => e.id === o.id);
            expect(ledger.release(o.id)).toBe(index >= 0);
            if (index >= 0) live.splice(index, 1);
            ids.delete(o.id);
          } else if (o.kind === 'prune') {
            prunedAt += o.step;
            const dropped = live.filter((e) => e.at <= prunedAt - DAY);
            ledger.prune(prunedAt);
            for (const e of dropped) if (e.id !== undefined) ids.delete(e.id);
            live = live.filter((e) => e.at > prunedAt - DAY);
          } else {
            const now = Math.max(o.q.now, prunedAt);
            const used = usedAt(live, now);
            expect(ledger.used(now)).toBe(used);
            // What it lists: the sends held, oldest first, with their ids; released ones and
            // empty ones without an id left out (at equal times, in any order: a release gives
            // back one of the sends of its time and weight, whose ids are interchangeable).
            const byTime = (a: { at: number; recipients: number; id?: string }, b: typeof a) =>
              a.at - b.at || a.recipients - b.recipients || (a.id ?? '').localeCompare(b.id ?? '');
            const listed = [...ledger].map((e) => ({ ...e, at: e.at.getTime() }));
            const times = listed.map((e) => e.at);
            expect(times).toEqual([...times].sort((a, b) => a - b));
            expect(listed.sort(byTime)).toEqual(
              live.filter((e) => e.recipients > 0 || e.id !== undefined).sort(byTime),
            );
            // Read back, the list is the same ledger: it counts, and refuses an id, alike.
            const again = SendLedger.from([...ledger]);
            expect(again.used(now)).toBe(used);
            for (const id of ids) expect(again.record(now, 1, id)).toBe(false);
            const { weight, limit } = o.q;
            expectRetryAt(ledger.retryAt(now, weight, limit), live, now, weight, limit);
          }
        }
      }),
      // More runs than the default: the sequences that matter (a prune, then the same id twice)
      // are rare among all the interleavings, and one run costs under 1 ms (1.6 s for 2,000,
      // under CPU load).
      { numRuns: runs(2000) },
    );
  });
});
