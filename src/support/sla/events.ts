import type { CompiledSchedule } from '../../calendar/compiled.js';
import { compiledOf, type Schedule } from '../../calendar/schedule.js';
import { INSTANT_MESSAGE, toInstantMs, type InstantInput } from '../../calendar/schema.js';
import { invalidField, readError } from '../../internal/parse.js';
import { SUPPORT_TIERS, type SupportChannel, type SupportTier } from '../../policy/support.js';
import { parseEventFast } from './fastEvents.js';
import { SLA_PRIORITIES, type SlaPriority } from './policy.js';

/**
 * What can happen to a ticket, in the order applied when several share an instant: the ticket
 * arrives; its tier, priority or calendar changes; staff reply; staff set it to wait for the
 * customer; it is solved; it is reopened; the customer replies; it resumes. So a reply and a
 * customer message at one instant leave a next response due, a solve and a reopening leave the
 * ticket open, and a customer message that reopens a ticket opens a next-response cycle.
 */
export const SLA_EVENT_TYPES = [
  'received',
  'tier-changed',
  'priority-changed',
  'schedule-changed',
  'staff-replied',
  'waiting-on-customer',
  'solved',
  'reopened',
  'customer-replied',
  'resumed',
] as const;
export type SlaEventType = (typeof SLA_EVENT_TYPES)[number];

/** One event of a ticket. Every event may name the channel it happened on (informational, except on `received`). */
export type SlaEvent =
  | {
      readonly type: 'received';
      readonly at: InstantInput;
      readonly channel: SupportChannel;
      readonly tier: SupportTier;
      readonly priority?: SlaPriority;
    }
  | { readonly type: 'tier-changed'; readonly at: InstantInput; readonly tier: SupportTier; readonly channel?: SupportChannel }
  | { readonly type: 'priority-changed'; readonly at: InstantInput; readonly priority: SlaPriority; readonly channel?: SupportChannel }
  | { readonly type: 'schedule-changed'; readonly at: InstantInput; readonly schedule: Schedule; readonly channel?: SupportChannel }
  | {
      readonly type: 'reopened' | 'staff-replied' | 'waiting-on-customer' | 'customer-replied' | 'resumed' | 'solved';
      readonly at: InstantInput;
      readonly channel?: SupportChannel;
    };

/** An event after parsing. `value` is the tier, priority or channel index, or the schedule. */
export interface ParsedEvent {
  readonly type: SlaEventType;
  readonly rank: number;
  readonly at: number;
  readonly tier: SupportTier | undefined;
  readonly priority: SlaPriority | undefined;
  readonly channel: SupportChannel | undefined;
  readonly schedule: CompiledSchedule | undefined;
  /** Index in the caller's list, for error messages. */
  readonly index: number;
}

/** The most events one ticket may have. */
export const MAX_SLA_EVENTS = 10_000;

const RANK = new Map<string, number>(SLA_EVENT_TYPES.map((t, i) => [t, i]));
const CHANNELS: readonly string[] = ['phone', 'email'];
const COMMON = ['type', 'at', 'channel'];
const KEYS: Readonly<Record<SlaEventType, readonly string[]>> = {
  received: [...COMMON, 'tier', 'priority'],
  'tier-changed': [...COMMON, 'tier'],
  'priority-changed': [...COMMON, 'priority'],
  'schedule-changed': [...COMMON, 'schedule'],
  reopened: COMMON,
  'staff-replied': COMMON,
  'waiting-on-customer': COMMON,
  'customer-replied': COMMON,
  resumed: COMMON,
  solved: COMMON,
};
const WHAT = 'SLA events';
const RULE = 'SUP-03';

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function oneOf<T extends string>(v: unknown, key: string, values: readonly T[], path: PropertyKey[], required: boolean): T | undefined {
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    invalidField(
      WHAT,
      [...path, key],
      `${v === undefined ? 'is required: ' : ''}must be one of ${values.map((x) => `'${x}'`).join(', ')}`,
      RULE,
    );
  }
  return v as T;
}

/**
 * Reads a ticket's events with a hand-written check (this runs for each of a ticket's events on
 * every clock computation, so it avoids schema machinery; plain well-formed events take the fast
 * reader of fastEvents.ts): plain objects with exactly the keys of
 * their type, own properties only, instants as everywhere else. A list or event that cannot be
 * read (a revoked Proxy, a getter that throws) is `INVALID_INPUT` too.
 */
export function parseEvents(raw: unknown, first: readonly PropertyKey[] = []): ParsedEvent[] {
  // The index being read, for the path of an error (a path is built only when one is raised).
  let at = -1;
  try {
    if (!Array.isArray(raw) || Object.getPrototypeOf(raw) !== Array.prototype)
      invalidField(WHAT, [...first], 'must be a list of events', RULE);
    if (raw.length > MAX_SLA_EVENTS) invalidField(WHAT, [...first], `must have at most ${MAX_SLA_EVENTS} events`, RULE);
    const out: ParsedEvent[] = new Array<ParsedEvent>(raw.length);
    for (let i = 0; i < raw.length; i += 1) {
      at = i;
      if (!Object.hasOwn(raw, i)) invalidField(WHAT, [...first, i], 'is missing: the list has a hole here', RULE);
      const e: unknown = raw[i];
      out[i] = parseEventFast(e, i) ?? parseEventCareful(e, i, [...first, i]);
    }
    return out;
  } catch (e) {
    throw readError(WHAT, e, at < 0 ? [...first] : [...first, at], RULE);
  }
}

/** An own field's value; `undefined` when absent. An inherited one is refused. */
function ownField(e: Record<string, unknown>, key: string, path: readonly PropertyKey[]): unknown {
  const value = e[key];
  if (value === undefined || Object.hasOwn(e, key)) return value;
  return invalidField(WHAT, [...path, key], 'is inherited: only own properties are read', RULE);
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n += 1;
  return n;
}

const FIELD_BITS: Readonly<Record<string, number>> = { type: 1, at: 2, channel: 4, tier: 8, priority: 16, schedule: 32 };
const ALLOWED_BITS = Object.fromEntries(
  Object.entries(KEYS).map(([t, keys]) => [t, keys.reduce((bits, k) => bits | (FIELD_BITS[k] as number), 0)]),
) as unknown as Readonly<Record<SlaEventType, number>>;

/**
 * @internal One event, read carefully: every key must be an own field of the event's type; an
 * inherited enumerable key is refused; what is wrong is said with its path. Events go through
 * `parseEventFast` first (fastEvents.ts), which reads plain, well-formed events at a fraction of
 * the cost and leaves everything else to this one.
 */
export function parseEventCareful(e: unknown, index: number, path: PropertyKey[]): ParsedEvent {
  if (!isPlain(e)) invalidField(WHAT, path, 'must be a plain object { type, at, … }', RULE);
  // Fast path: the known fields read directly, each checked to be the object's own, and the
  // number of own keys compared with the number found; anything else takes the careful path.
  const type = ownField(e, 'type', path);
  const rawAt = ownField(e, 'at', path);
  const rawChannel = ownField(e, 'channel', path);
  const rawTier = ownField(e, 'tier', path);
  const rawPriority = ownField(e, 'priority', path);
  const rawSchedule = ownField(e, 'schedule', path);
  const present =
    (type === undefined ? 0 : 1) |
    (rawAt === undefined ? 0 : 2) |
    (rawChannel === undefined ? 0 : 4) |
    (rawTier === undefined ? 0 : 8) |
    (rawPriority === undefined ? 0 : 16) |
    (rawSchedule === undefined ? 0 : 32);
  let unknownKey: string | undefined;
  if (Object.keys(e).length !== bitCount(present)) unknownKey = Object.keys(e).find((k) => !Object.hasOwn(FIELD_BITS, k));
  const rank = typeof type === 'string' ? RANK.get(type) : undefined;
  if (rank === undefined) invalidField(WHAT, [...path, 'type'], `must be one of ${SLA_EVENT_TYPES.map((t) => `'${t}'`).join(', ')}`, RULE);
  const t = type as SlaEventType;
  if (unknownKey !== undefined || (present & ~ALLOWED_BITS[t]) !== 0) {
    const key = unknownKey ?? Object.keys(FIELD_BITS).find((k) => (present & ~ALLOWED_BITS[t] & (FIELD_BITS[k] as number)) !== 0) ?? '';
    invalidField(WHAT, [...path, key.slice(0, 50)], `is not a field of a '${t}' event (fields: ${KEYS[t].join(', ')})`, RULE);
  }
  const at = toInstantMs(rawAt);
  if (at === undefined) invalidField(WHAT, [...path, 'at'], INSTANT_MESSAGE, RULE);
  const channel = oneOf(rawChannel, 'channel', CHANNELS, path, t === 'received') as SupportChannel | undefined;
  const tier = t === 'received' || t === 'tier-changed' ? oneOf(rawTier, 'tier', SUPPORT_TIERS, path, true) : undefined;
  const priority =
    t === 'received' || t === 'priority-changed'
      ? oneOf(rawPriority, 'priority', SLA_PRIORITIES, path, t === 'priority-changed')
      : undefined;
  let schedule: CompiledSchedule | undefined;
  if (t === 'schedule-changed') {
    schedule = compiledOf(rawSchedule);
    if (schedule === undefined)
      invalidField(WHAT, [...path, 'schedule'], 'must be a Schedule made by weeklySchedule() or alwaysOpen()', RULE);
  }
  return { type: t, rank, at, tier, priority, channel, schedule, index };
}

function payloadRank(e: ParsedEvent): number {
  if (e.tier !== undefined && e.type === 'tier-changed') return SUPPORT_TIERS.indexOf(e.tier);
  if (e.priority !== undefined && e.type === 'priority-changed') return SLA_PRIORITIES.indexOf(e.priority);
  return 0;
}

/**
 * Events in the order the clock applies them: by instant, then by type (see
 * {@link SLA_EVENT_TYPES}); so any order of the same events gives the same clock. Changes that
 * contradict each other at one instant (two tiers, two priorities, two calendars) are refused:
 * no order of them would be more right than another.
 */
function order(a: ParsedEvent, b: ParsedEvent): number {
  return a.at - b.at || a.rank - b.rank || payloadRank(a) - payloadRank(b);
}

export function sortEvents(events: ParsedEvent[]): ParsedEvent[] {
  let inOrder = true;
  for (let i = 1; i < events.length && inOrder; i += 1) inOrder = order(events[i - 1] as ParsedEvent, events[i] as ParsedEvent) <= 0;
  // Events usually come stored in order: then no copy and no sort.
  const sorted = inOrder ? events : [...events].sort(order);
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1] as ParsedEvent;
    const b = sorted[i] as ParsedEvent;
    if (
      a.at === b.at &&
      a.type === b.type &&
      (a.tier !== b.tier || a.priority !== b.priority || a.schedule !== b.schedule) &&
      a.type !== 'received'
    ) {
      invalidField(WHAT, [b.index], `contradicts event ${a.index}: two different '${a.type}' events at the same instant`, RULE);
    }
  }
  return sorted;
}
