import { INSTANT_MESSAGE, toInstantMs, type InstantInput } from '../../calendar/schema.js';
import { invalidField, readError, readFields } from '../../internal/parse.js';
import { parseEvents, sortEvents, type ParsedEvent, type SlaEvent } from './events.js';
import { apply, cloneFold, startFold, type FoldState } from './fold.js';
import { slaPolicyOf, type SlaPolicy } from './policy.js';
import { foldStateOf, readClock, type SlaClock } from './result.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from '../policyParts.js';

/** The events of a ticket and the instant to read its clock at (default: its last event). */
export interface SlaClockRequest {
  readonly events: readonly SlaEvent[];
  readonly at?: InstantInput;
}

const WHAT = 'SLA clock request';
const RULE = 'SUP-03';

function readRequest(input: unknown): { events: ParsedEvent[]; at: number | undefined } {
  let list: boolean;
  try {
    list = Array.isArray(input);
  } catch (e) {
    throw readError(WHAT, e, [], RULE); // a revoked Proxy
  }
  if (list) return { events: parseEvents(input), at: undefined };
  const fields = readFields(input, ['events', 'at'], WHAT, RULE);
  const events = parseEvents(fields.events, ['events']);
  if (fields.at === undefined) return { events, at: undefined };
  const at = toInstantMs(fields.at);
  if (at === undefined) invalidField(WHAT, ['at'], INSTANT_MESSAGE, RULE);
  return { events, at };
}

function lastInstant(events: readonly ParsedEvent[], fallback: number): number {
  let last = fallback;
  for (const e of events) if (e.at > last) last = e.at;
  return last;
}

/** Applies sorted events up to `at`; returns whether all of them were applied. */
function foldUpTo(s: FoldState, sorted: readonly ParsedEvent[], from: number, at: number): boolean {
  for (let i = from; i < sorted.length; i += 1) {
    const e = sorted[i] as ParsedEvent;
    if (e.at > at) return false;
    apply(s, e);
  }
  return true;
}

/**
 * Freezes a clock; one read before some of its events (they were not applied) cannot be
 * continued, so its state is dropped from what {@link advanceSlaClock} accepts.
 */
const partial = new WeakSet<object>();
function remember(clock: SlaClock, complete: boolean): SlaClock {
  if (!complete) partial.add(clock);
  return Object.freeze(clock);
}

/**
 * The SLA clock of a support ticket: a pure, deterministic fold over its events, read at an
 * instant. Three metrics run in the business hours of the channel the ticket came by (SUP-02,
 * SUP-03), each with its target for the ticket's tier and priority (policy data, see
 * {@link defineSlaPolicy}):
 * - **first response**, from `received` to the first `staff-replied` (or `solved`);
 * - **next response**, from each `customer-replied` that follows a staff reply to the next
 *   staff reply (or `solved`);
 * - **resolution**, from `received` to `solved`; `reopened` continues it (the time used before
 *   stays used, the solved span does not count; policy `reopen: 'restart'` starts afresh).
 *
 * `waiting-on-customer` pauses the metrics (policy `pauseWhileWaiting`) until `customer-replied`
 * or `resumed`: a paused metric cannot breach. `tier-changed` and `priority-changed` measure
 * each open metric against its new target from its start instant (a breach under the old target
 * can go away, a new one can lie in the past). `schedule-changed` (a holiday added) switches the
 * calendar from that instant: time used stays used, what remains counts in the new hours.
 *
 * Events are applied by instant, then in the fixed order of `SLA_EVENT_TYPES`, so any order of
 * the same events gives the same clock; events after `at` are not applied. Pass the events alone
 * to read the clock at the last of them, or `{ events, at }`.
 *
 * @param policy a policy's support part ({@link SupportPolicyParts}, which gives the guarantees,
 *   at-risk share and hours; a whole `Policy` fits) or an {@link SlaPolicy} from
 *   {@link defineSlaPolicy}.
 * @example
 * ```ts
 * const clock = slaClock({
 *   events: [
 *     { type: 'received', at: '2026-03-27T17:00:00+01:00', channel: 'phone', tier: 'plus' },
 *     { type: 'waiting-on-customer', at: '2026-03-27T18:00:00+01:00' },
 *     { type: 'customer-replied', at: '2026-03-30T09:00:00+02:00' },
 *   ],
 *   at: '2026-03-30T10:00:00+02:00',
 * });
 * clock.firstResponse.state;  // 'running' (1 h used on Friday, 1 h on Monday: 2 h of 4 h left)
 * clock.firstResponse.dueAt;  // 2026-03-30T10:00:00.000Z (Monday 12:00: the weekend and the pause did not count)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule SUP-03) for a bad event (unknown type or
 *   field, bad instant, tier, priority or channel, a schedule not made by `weeklySchedule()`),
 *   no `received` event or more than one, an event before it, contradictory changes at one
 *   instant, more than 10,000 events, or `at` before the ticket was received.
 * @throws HostPolicyError `NO_OPENING` when the calendar never opens again.
 */
export function slaClock(
  input: readonly SlaEvent[] | SlaClockRequest,
  policy: SupportPolicyParts | SlaPolicy = SUPPORT_DEFAULTS,
): SlaClock {
  const request = readRequest(input);
  const sla = slaPolicyOf(policy);
  const sorted = sortEvents(request.events);
  const first = sorted[0];
  if (first === undefined || first.type !== 'received') {
    invalidField(
      WHAT,
      ['events', first?.index ?? 0],
      first === undefined ? 'needs a received event' : "must start with the 'received' event: no event may come before it",
      RULE,
    );
  }
  let again: ParsedEvent | undefined;
  for (let i = 1; i < sorted.length && again === undefined; i += 1) if ((sorted[i] as ParsedEvent).rank === 0) again = sorted[i];
  if (again !== undefined) invalidField(WHAT, ['events', again.index], "is a second 'received' event: a ticket is received once", RULE);
  // Sorted by instant: the last event is the latest.
  const at = request.at ?? (sorted[sorted.length - 1] as ParsedEvent).at;
  if (at < first.at) invalidField(WHAT, ['at'], 'must not be before the ticket was received', RULE);
  const s = startFold(sla, first);
  const complete = foldUpTo(s, sorted, 1, at);
  return remember(readClock(s, at), complete);
}

/**
 * Continues a clock made by {@link slaClock} with new events (all at or after its last event),
 * without folding the old ones again, and reads it at `at` (default: the later of the clock's
 * instant and the last new event). Equal to `slaClock` over all the events; this is the fast path
 * for recomputing many open tickets, e.g. after a holiday is added:
 * `advanceSlaClock(clock, [{ type: 'schedule-changed', at, schedule }])`.
 *
 * @example
 * ```ts
 * const later = advanceSlaClock(clock, [{ type: 'staff-replied', at: '2026-03-30T10:30:00+02:00' }]);
 * later.firstResponse.state; // 'met'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule SUP-03) for a clock not made by `slaClock`
 *   (or read before some of its events), a bad event, a `received` event, an event before the
 *   clock's last event, or `at` before it.
 */
export function advanceSlaClock(clock: SlaClock, input: readonly SlaEvent[] | SlaClockRequest): SlaClock {
  const request = readRequest(input);
  return advanceParsed(clock, [], sortEvents(request.events), request.at);
}

/**
 * {@link advanceSlaClock} for many clocks at once: the events are read and checked once, then
 * applied to each clock (e.g. one `schedule-changed` to every open ticket when a holiday is
 * added). Returns the new clocks in the order given.
 *
 * @example
 * ```ts
 * const holiday = weeklySchedule({ ...email, closures: ['2026-12-24'] });
 * const updated = advanceSlaClocks(openClocks, [{ type: 'schedule-changed', at: '2026-12-01T08:00:00Z', schedule: holiday }]);
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule SUP-03) as {@link advanceSlaClock}, naming the
 *   clock's index in `clocks`; `clocks` must be a list (at most 10,000,000).
 */
export function advanceSlaClocks(clocks: readonly SlaClock[], input: readonly SlaEvent[] | SlaClockRequest): SlaClock[] {
  const request = readRequest(input);
  const sorted = sortEvents(request.events);
  let list: readonly unknown[];
  try {
    if (!Array.isArray(clocks) || clocks.length > MAX_CLOCKS)
      invalidField(WHAT, ['clocks'], `must be a list of at most ${MAX_CLOCKS} clocks made by slaClock()`, RULE);
    list = clocks;
  } catch (e) {
    throw readError(WHAT, e, ['clocks'], RULE);
  }
  const out = new Array<SlaClock>(list.length);
  for (let i = 0; i < list.length; i += 1) out[i] = advanceParsed(list[i], ['clocks', i], sorted, request.at);
  return out;
}

const MAX_CLOCKS = 10_000_000;

function advanceParsed(clock: unknown, path: readonly PropertyKey[], sorted: readonly ParsedEvent[], at: number | undefined): SlaClock {
  const base = partial.has(clock as object) ? undefined : foldStateOf(clock);
  if (base === undefined) {
    invalidField(
      WHAT,
      path.length === 0 ? ['clock'] : path,
      'must be a clock made by slaClock() from all of its events (not a copy, not read before its last event)',
      RULE,
    );
  }
  for (const e of sorted) {
    if (e.type === 'received') invalidField(WHAT, ['events', e.index], "a 'received' event cannot be added to a running clock", RULE);
    if (e.at < base.cursor)
      invalidField(
        WHAT,
        [...path, 'events', e.index, 'at'],
        `must not be before the clock's last event (${new Date(base.cursor).toISOString()})`,
        RULE,
      );
  }
  const when = at ?? lastInstant(sorted, (clock as SlaClock).at.getTime());
  if (when < base.cursor)
    invalidField(WHAT, [...path, 'at'], `must not be before the clock's last event (${new Date(base.cursor).toISOString()})`, RULE);
  const s = cloneFold(base);
  const complete = foldUpTo(s, sorted, 0, when);
  return remember(readClock(s, when), complete);
}
