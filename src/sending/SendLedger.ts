import { PolicyInputError } from '../_lib/errors.js';
import {
  type Instant,
  isIterable,
  nameOf,
  type ParameterName,
  toCount,
  toEpochMs,
} from '../_lib/input.js';
import { readEvent } from './event.js';
import type { SendEvent, SendHistory } from './types.js';
import { excessWeight, SEND_WINDOW_MS } from './window.js';

/** The largest weight one recorded send can have (the weights are stored as 32-bit integers). */
const MAX_EVENT_WEIGHT = 0xffff_ffff;
const MIN_CAPACITY = 16;

/** A send as a {@link SendLedger} gives it back: its time as a `Date`, and its weight. */
export interface RecordedSend {
  /** When the message was sent. */
  readonly at: Date;
  /** Its weight: recipients, To, Cc and Bcc together (R-SEND-2). */
  readonly recipients: number;
  /**
   * The id it was recorded with, if any. Sends of the same time and weight are
   * interchangeable (a `release` gives back any one of them), and so are their ids.
   */
  readonly id?: string;
}

/** One recorded id: enough to find its slot again (events with equal time and weight are interchangeable). */
interface IdEntry {
  readonly at: number;
  readonly weight: number;
}

/**
 * An in-memory send history for one mailbox, answering `used(now)` and `retryAt(…)` in
 * O(log n) however many sends it holds and however large the limit: events are kept sorted by
 * time in typed arrays, with a Fenwick tree (binary indexed tree) of their weights.
 *
 * - `record(at, recipients, id?)`: O(log n) when sends are recorded in time order; a send that
 *   arrives late costs O(k) more, k being the number of sends held with a later time (they
 *   move up by one slot, and their tree nodes are recomputed at the next query).
 * - With an `id`, recording is idempotent (the same id twice counts once) and the send can be
 *   given back with `release(id)` if delivery fails.
 * - `prune(now)` drops what can never count again for any time ≥ `now`.
 * - About 20 bytes per send (8 for the time, 4 for the weight, 8 for the tree), plus growth
 *   headroom; an id adds a `Map` entry. See `docs/performance.md` for measured figures.
 *
 * Times are epoch milliseconds (integers), as everywhere in the library.
 *
 * @example
 * ```ts
 * const ledger = new SendLedger();
 * ledger.record(Date.parse('2026-01-01T08:00:00Z'), 450, 'msg-1');
 * ledger.record(Date.parse('2026-01-01T09:00:00Z'), 40, 'msg-2');
 * const now = Date.parse('2026-01-01T10:00:00Z');
 * ledger.used(now);                       // 490
 * ledger.retryAt(now, 20, 500);           // 2026-01-02T08:00:00.000Z
 * decideSend({ offer: 'ksuite-free', now, history: ledger, message: { recipients: 5 } }).allowed; // true
 * ```
 * @see R-SEND-1, R-SEND-2
 */
export class SendLedger implements SendHistory, Iterable<RecordedSend> {
  #times = new Float64Array(MIN_CAPACITY);
  #weights = new Uint32Array(MIN_CAPACITY);
  /** Fenwick tree over #weights, 1-based: #tree[i] sums the weights of slots (i − lowbit(i), i]. */
  #tree = new Float64Array(MIN_CAPACITY + 1);
  #size = 0;
  #total = 0;
  /** Tree nodes from this 1-based index on are stale; rebuilt before the next query. */
  #dirtyFrom = Number.POSITIVE_INFINITY;
  /** No query may ask about an instant before this one: older events were pruned. */
  #prunedAt = Number.NEGATIVE_INFINITY;
  #ids: Map<string, IdEntry> | undefined;

  /**
   * A ledger holding `events` (in any order), built in O(n log n).
   *
   * @param events - past sends; an id seen twice counts once
   * @throws {PolicyInputError} when an event's time or recipients are invalid (the message names
   *   the event's index), or a time is in the last 24 hours of the range a `Date` holds
   * @example
   * ```ts
   * const ledger = SendLedger.from([{ at: new Date('2026-01-01T08:00:00Z'), recipients: 3 }]);
   * ledger.size; // 1
   * ```
   */
  static from(events: Iterable<SendEvent>): SendLedger {
    if (!isIterable(events)) {
      throw new PolicyInputError('events', 'an iterable of { at, recipients }', events);
    }
    const ledger = new SendLedger();
    const rows: [at: number, weight: number][] = [];
    let index = 0;
    const path = (field?: string) => `events[${index}]${field === undefined ? '' : `.${field}`}`;
    for (const event of events) {
      const [at, weight, id] = readEvent(event, path);
      checkWeight(weight, () => path('recipients'));
      index++;
      if (id !== undefined && !ledger.#claimId(id, at, weight)) continue;
      rows.push([at, weight]);
    }
    rows.sort((a, b) => a[0] - b[0]);
    ledger.#reserve(rows.length);
    for (const [at, weight] of rows) {
      ledger.#times[ledger.#size] = at;
      ledger.#weights[ledger.#size++] = weight;
      ledger.#total += weight;
    }
    ledger.#dirtyFrom = 1;
    return ledger;
  }

  /** The number of sends held (released ones included until pruned). */
  get size(): number {
    return this.#size;
  }

  /**
   * Records an admitted send. One stamped at or before `now − 24 h` of the last `prune` can
   * never count again: it is not kept, and neither is its id.
   *
   * @param at - when it was sent
   * @param recipients - its weight (R-SEND-2), an integer from 0 to 4,294,967,295
   * @param id - optional message id; a second record with the same id is ignored
   * @returns `false` when `id` was recorded already (nothing changed), `true` otherwise
   * @throws {PolicyInputError} for an invalid time (or one in the last 24 hours of the range a
   *   `Date` holds: its 24 hours would end past it) or recipient count
   */
  record(at: Instant, recipients: number, id?: string): boolean {
    const [atMs, weight, key] = readEvent({ at, recipients, id }, (field) => field ?? 'event');
    checkWeight(weight, 'recipients');
    // A send that can never count again is not kept, and neither is its id (an id still held
    // is refused all the same).
    if (atMs <= this.#prunedAt - SEND_WINDOW_MS) return key === undefined || !this.#ids?.has(key);
    if (key !== undefined && !this.#claimId(key, atMs, weight)) return false;
    this.#reserve(this.#size + 1);
    // Sends after `slot` move up by one (none when sends arrive in time order); the tree is
    // rebuilt from `slot` on at the next query, in O(sends moved + log² n).
    const slot = this.#upperBound(atMs);
    this.#times.copyWithin(slot + 1, slot, this.#size);
    this.#weights.copyWithin(slot + 1, slot, this.#size);
    this.#times[slot] = atMs;
    this.#weights[slot] = weight;
    this.#size++;
    this.#total += weight;
    this.#dirtyFrom = Math.min(this.#dirtyFrom, slot + 1);
    return true;
  }

  /**
   * Gives back the quota of a send recorded with `id` (for example when delivery failed).
   *
   * @returns `true` when a send with that id was held and is now released
   */
  release(id: string): boolean {
    const entry = this.#ids?.get(id);
    if (entry === undefined) return false;
    this.#ids?.delete(id);
    let slot = this.#upperBound(entry.at - 1);
    while (slot < this.#size && this.#times[slot] === entry.at) {
      if (this.#weights[slot] === entry.weight) {
        this.#weights[slot] = 0;
        this.#total -= entry.weight;
        // Nodes from #dirtyFrom on are rebuilt from #weights anyway: updating them is harmless.
        this.#add(slot + 1, -entry.weight);
        return true;
      }
      slot++;
    }
    return false; // the send had been pruned already
  }

  /**
   * Recipients counted at `now`: the sends stamped after `now − 24 h` (future ones included).
   * O(log n).
   *
   * @throws {PolicyInputError} for an invalid `now`, or one earlier than the last `prune`
   */
  used(now: Instant): number {
    const nowMs = this.#readNow(now);
    return this.#total - this.#prefix(this.#upperBound(nowMs - SEND_WINDOW_MS));
  }

  /**
   * The earliest instant `t ≥ now` at which `used(t) + weight ≤ limit` if nothing else were
   * sent, or `null` when `weight > limit`. O(log n).
   *
   * @throws {PolicyInputError} for an invalid `now`, `weight` or `limit`
   */
  retryAt(now: Instant, weight: number, limit: number): Date | null {
    const nowMs = this.#readNow(now);
    toCount(weight, 'weight');
    toCount(limit, 'limit');
    if (weight > limit) return null;
    const before = this.#prefix(this.#upperBound(nowMs - SEND_WINDOW_MS));
    const excess = excessWeight(this.#total - before, weight, limit);
    if (excess === 0) return new Date(nowMs);
    const slot = this.#lowerBoundPrefix(before + excess);
    return new Date((this.#times[slot] as number) + SEND_WINDOW_MS);
  }

  /**
   * Drops the sends that can never count again at `now` or later (stamped at or before
   * `now − 24 h`), and the ids of those sends. Queries about an instant before `now` are refused
   * afterwards.
   *
   * @returns the number of sends dropped
   */
  prune(now: Instant): number {
    const nowMs = this.#readNow(now);
    this.#prunedAt = nowMs;
    const cut = this.#upperBound(nowMs - SEND_WINDOW_MS);
    if (cut === 0) return 0;
    this.#total -= this.#prefix(cut);
    this.#times.copyWithin(0, cut, this.#size);
    this.#weights.copyWithin(0, cut, this.#size);
    this.#size -= cut;
    if (this.#ids !== undefined) {
      for (const [id, entry] of this.#ids) {
        if (entry.at <= nowMs - SEND_WINDOW_MS) this.#ids.delete(id);
      }
    }
    if (this.#size * 4 < this.#times.length) this.#resize(this.#size + (this.#size >> 1));
    this.#dirtyFrom = 1;
    return cut;
  }

  /**
   * The sends held, oldest first, with their ids (released ones are left out, and sends of no
   * recipient that have no id): what `SendLedger.from` takes back, so that a ledger saved as
   * JSON and read again counts, and refuses a repeated id, as it did.
   *
   * @example
   * ```ts
   * const saved = JSON.stringify([...ledger]);
   * const again = SendLedger.from(JSON.parse(saved, (key, value) => (key === 'at' ? new Date(value) : value)));
   * ```
   */
  *[Symbol.iterator](): IterableIterator<RecordedSend> {
    // The ids of each time and weight, for the slots of that time and weight to take one each.
    const ids = new Map<string, string[]>();
    for (const [id, { at, weight }] of this.#ids ?? []) {
      const key = `${at} ${weight}`;
      const list = ids.get(key);
      if (list === undefined) ids.set(key, [id]);
      else list.push(id);
    }
    for (let slot = 0; slot < this.#size; slot++) {
      const at = new Date(this.#times[slot] as number);
      const recipients = this.#weights[slot] as number;
      const id = ids.get(`${at.getTime()} ${recipients}`)?.pop();
      if (id !== undefined) yield { at, recipients, id };
      else if (recipients > 0) yield { at, recipients };
    }
  }

  #readNow(now: Instant): number {
    const nowMs = toEpochMs(now, 'now');
    if (nowMs < this.#prunedAt) {
      throw new PolicyInputError(
        'now',
        `an instant at or after the last prune (${new Date(this.#prunedAt).toISOString()})`,
        now,
      );
    }
    this.#rebuild();
    return nowMs;
  }

  #claimId(id: string, at: number, weight: number): boolean {
    this.#ids ??= new Map();
    if (this.#ids.has(id)) return false;
    this.#ids.set(id, { at, weight });
    return true;
  }

  /** First slot whose time is > `ms` (slots are sorted by time). */
  #upperBound(ms: number): number {
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#times[mid] as number) <= ms) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Sum of the weights of the first `count` slots. */
  #prefix(count: number): number {
    let sum = 0;
    for (let node = count; node > 0; node -= node & -node) sum += this.#tree[node] as number;
    return sum;
  }

  #add(node: number, delta: number): void {
    for (; node <= this.#size; node += node & -node) {
      this.#tree[node] = (this.#tree[node] as number) + delta;
    }
  }

  /** Smallest slot whose prefix sum (itself included) is ≥ `target`; needs weights ≥ 0. */
  #lowerBoundPrefix(target: number): number {
    let node = 0;
    let rest = target;
    for (let step = this.#size && 1 << (31 - Math.clz32(this.#size)); step > 0; step >>= 1) {
      const next = node + step;
      if (next <= this.#size && (this.#tree[next] as number) < rest) {
        node = next;
        rest -= this.#tree[next] as number;
      }
    }
    return node; // 0-based slot of 1-based node + 1
  }

  /** Recomputes the stale tree nodes from #dirtyFrom on, in O(k + log² n). */
  #rebuild(): void {
    const from = this.#dirtyFrom;
    if (from > this.#size) {
      this.#dirtyFrom = Number.POSITIVE_INFINITY;
      return;
    }
    // running[j] = sum of the first (from − 1 + j) weights
    const running = new Float64Array(this.#size - from + 2);
    running[0] = this.#prefix(from - 1); // uses only nodes < from, still valid
    for (let node = from; node <= this.#size; node++) {
      running[node - from + 1] =
        (running[node - from] as number) + (this.#weights[node - 1] as number);
    }
    for (let node = from; node <= this.#size; node++) {
      const low = node - (node & -node);
      const lowSum = low >= from - 1 ? (running[low - from + 1] as number) : this.#prefix(low);
      this.#tree[node] = (running[node - from + 1] as number) - lowSum;
    }
    this.#dirtyFrom = Number.POSITIVE_INFINITY;
  }

  #reserve(count: number): void {
    if (count > this.#times.length) {
      this.#resize(Math.max(count, this.#times.length + (this.#times.length >> 1)));
    }
  }

  #resize(capacity: number): void {
    const length = Math.max(MIN_CAPACITY, capacity);
    const times = new Float64Array(length);
    times.set(this.#times.subarray(0, this.#size));
    const weights = new Uint32Array(length);
    weights.set(this.#weights.subarray(0, this.#size));
    const tree = new Float64Array(length + 1);
    tree.set(this.#tree.subarray(0, this.#size + 1));
    this.#times = times;
    this.#weights = weights;
    this.#tree = tree;
  }
}

/** Weights are stored as 32-bit integers. */
function checkWeight(weight: number, parameter: ParameterName): void {
  if (weight > MAX_EVENT_WEIGHT) {
    throw new PolicyInputError(nameOf(parameter), 'at most 4294967295 per send', weight);
  }
}
