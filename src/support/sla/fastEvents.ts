import type { CompiledSchedule } from '../../calendar/compiled.js';
import { compiledOf } from '../../calendar/schedule.js';
import { toInstantMs } from '../../calendar/isoInstant.js';
import type { SupportChannel, SupportTier } from '../../policy/index.js';
import type { ParsedEvent, SlaEventType } from './events.js';
import type { SlaPriority } from './policy.js';

// Field bits, as in events.ts: type 1, at 2, channel 4, tier 8, priority 16, schedule 32.
const TYPE = 1;
const AT = 2;
const CHANNEL = 4;
const TIER = 8;
const PRIORITY = 16;
const SCHEDULE = 32;
const COMMON = TYPE | AT | CHANNEL;

function keyBit(k: string): number {
  switch (k) {
    case 'type':
      return TYPE;
    case 'at':
      return AT;
    case 'channel':
      return CHANNEL;
    case 'tier':
      return TIER;
    case 'priority':
      return PRIORITY;
    case 'schedule':
      return SCHEDULE;
    default:
      return 0;
  }
}

/** The rank of an event type (its index in SLA_EVENT_TYPES), −1 for anything else. */
function rankOf(type: unknown): number {
  switch (type) {
    case 'received':
      return 0;
    case 'tier-changed':
      return 1;
    case 'priority-changed':
      return 2;
    case 'schedule-changed':
      return 3;
    case 'staff-replied':
      return 4;
    case 'waiting-on-customer':
      return 5;
    case 'solved':
      return 6;
    case 'reopened':
      return 7;
    case 'customer-replied':
      return 8;
    case 'resumed':
      return 9;
    default:
      return -1;
  }
}

/** The fields each type may have, by rank. */
const ALLOWED: readonly number[] = [
  COMMON | TIER | PRIORITY,
  COMMON | TIER,
  COMMON | PRIORITY,
  COMMON | SCHEDULE,
  COMMON,
  COMMON,
  COMMON,
  COMMON,
  COMMON,
  COMMON,
];

const isChannel = (v: unknown): v is SupportChannel => v === 'phone' || v === 'email';
const isTier = (v: unknown): v is SupportTier => v === 'standard' || v === 'plus' || v === 'pro' || v === 'enterprise';
const isPriority = (v: unknown): v is SlaPriority => v === 'low' || v === 'normal' || v === 'high' || v === 'urgent';

/**
 * @internal One event read the quick way, or `undefined` when it is not plainly well-formed (then
 * the careful reader in events.ts reads it again and says what is wrong). The fields are read by
 * name; they count only if the object's own enumerable keys are exactly the fields found defined
 * (so none was inherited, none is unknown, none is set to `undefined`). On what it accepts it
 * gives what the careful reader gives (a property test compares both); an event with a getter is
 * read by both, so a getter may run twice.
 */
export function parseEventFast(e: unknown, index: number): ParsedEvent | undefined {
  if (typeof e !== 'object' || e === null || Object.getPrototypeOf(e) !== Object.prototype) return undefined;
  const o = e as { type?: unknown; at?: unknown; channel?: unknown; tier?: unknown; priority?: unknown; schedule?: unknown };
  const type = o.type;
  const rank = rankOf(type);
  if (rank < 0) return undefined;
  const keys = Object.keys(o);
  let own = 0;
  for (let i = 0; i < keys.length; i += 1) own |= keyBit(keys[i] as string);
  // Every key known and distinct (a bit per key), `type` and `at` among them, none the type may not have.
  if (keys.length !== popCount(own) || (own & (TYPE | AT)) !== (TYPE | AT) || (own & ~(ALLOWED[rank] as number)) !== 0) return undefined;
  // Only the own fields are read (an event of most types has two); none may be set to `undefined`.
  const rawAt = o.at;
  const channel = (own & CHANNEL) === 0 ? undefined : o.channel;
  const tier = (own & TIER) === 0 ? undefined : o.tier;
  const priority = (own & PRIORITY) === 0 ? undefined : o.priority;
  const schedule = (own & SCHEDULE) === 0 ? undefined : o.schedule;
  if ((own & CHANNEL) !== 0 && channel === undefined) return undefined;
  if ((own & PRIORITY) !== 0 && priority === undefined) return undefined;
  if ((own & SCHEDULE) !== 0 && schedule === undefined) return undefined;
  const at = toInstantMs(rawAt);
  if (at === undefined) return undefined;
  if (channel !== undefined ? !isChannel(channel) : rank === 0) return undefined;
  // received (0) and tier-changed (1) need a tier; priority-changed (2) needs a priority, received may have one.
  if (rank <= 1 && !isTier(tier)) return undefined;
  if ((rank === 2 || (rank === 0 && priority !== undefined)) && !isPriority(priority)) return undefined;
  let compiled: CompiledSchedule | undefined;
  if (rank === 3) {
    compiled = compiledOf(schedule);
    if (compiled === undefined) return undefined;
  }
  return {
    type: type as SlaEventType,
    rank,
    at,
    tier: rank <= 1 ? (tier as SupportTier) : undefined,
    priority: rank === 0 || rank === 2 ? (priority as SlaPriority | undefined) : undefined,
    channel: channel as SupportChannel | undefined,
    schedule: compiled,
    index,
  };
}

function popCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n += 1;
  return n;
}
