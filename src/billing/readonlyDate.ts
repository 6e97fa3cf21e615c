import { HostPolicyError } from '../errors.js';

/** Every mutator of `Date.prototype` (`setYear` is the legacy one browsers and Node still have). */
const SETTERS = [
  'setTime',
  'setMilliseconds',
  'setUTCMilliseconds',
  'setSeconds',
  'setUTCSeconds',
  'setMinutes',
  'setUTCMinutes',
  'setHours',
  'setUTCHours',
  'setDate',
  'setUTCDate',
  'setMonth',
  'setUTCMonth',
  'setFullYear',
  'setUTCFullYear',
  'setYear',
] as const;

/**
 * The prototype of a `Date` whose setters throw. Billing's invoices and payments share one per
 * distinct instant (see {@link InstantCache}), so a setter would silently move every invoice due
 * that day; it raises `READONLY_INSTANT` instead. Copies are ordinary dates: `new Date(d)`,
 * date-fns (through its `constructDateFrom` hook) and libraries that call `new d.constructor(…)`
 * all get a `Date`. A prototype swapped onto a plain `Date` rather than a subclass: constructing
 * a derived class costs about twice a plain `new Date` in V8, and `reconcile()` makes millions.
 */
const readonlyPrototype = Object.create(Date.prototype) as Date;

function refuse(this: Date): never {
  throw new HostPolicyError(
    'READONLY_INSTANT',
    `the instant ${String(Date.prototype.toJSON.call(this))} belongs to an invoice or payment and cannot be changed; copy it first ` +
      'with new Date(d)',
  );
}
const fixed = (value: unknown): PropertyDescriptor => ({ value, writable: false, enumerable: false, configurable: false });
for (const name of SETTERS) Object.defineProperty(readonlyPrototype, name, fixed(refuse));
Object.defineProperty(readonlyPrototype, 'constructor', fixed(Date));
Object.defineProperty(
  readonlyPrototype,
  Symbol.for('constructDateFrom'),
  fixed((value: Date | number | string) => new Date(value)),
);
Object.freeze(readonlyPrototype);

/** Slots of the cache: a power of two, a few times the distinct days of a year's statements. */
const CACHE_SLOTS = 4096;
/** `hash >>> SLOT_SHIFT` keeps the top 12 bits of a 32-bit hash: a slot of the 4096. */
const SLOT_SHIFT = 32 - Math.log2(CACHE_SLOTS);
const DAY_MS = 86_400_000;

/**
 * Read-only dates by instant, one per distinct instant as long as it stays in its slot: an
 * invoice file repeats a few hundred issue and due days, so a million invoices need a few hundred
 * dates instead of two million (a `Date` takes 112 bytes of heap on Node 20, more than the
 * invoice object itself). A fixed table of slots, not a Map: memory stays bounded when every
 * instant is distinct (booking times), and a miss costs one comparison. @internal
 */
export class InstantCache {
  readonly #slots: (Date | undefined)[] = new Array<Date | undefined>(CACHE_SLOTS);
  /** Each slot's instant (NaN: empty), compared before the Date is touched: a miss reads no Date. */
  readonly #instants = new Float64Array(CACHE_SLOTS).fill(Number.NaN);

  /** A read-only `Date` of `ms` milliseconds since the epoch (a valid instant). */
  date(ms: number): Date {
    // Fibonacci hashing of the day number: consecutive days land in distinct slots, so a year of
    // issue and due days never evict each other. The time of day is mixed in for other instants.
    const day = Math.floor(ms / DAY_MS);
    const slot = Math.imul((day + Math.imul(ms - day * DAY_MS, 0x27d4eb2d)) | 0, 0x9e3779b1) >>> SLOT_SHIFT;
    if (this.#instants[slot] === ms) return this.#slots[slot] as Date;
    const fresh = readonlyDate(ms);
    this.#slots[slot] = fresh;
    this.#instants[slot] = ms;
    return fresh;
  }
}

/** A read-only `Date` of `ms` milliseconds since the epoch, not shared. @internal */
export function readonlyDate(ms: number): Date {
  return Object.setPrototypeOf(new Date(ms), readonlyPrototype) as Date;
}

/** Whether `value` is one of billing's read-only dates. @internal */
export function isReadonlyDate(value: unknown): boolean {
  return value instanceof Date && Object.getPrototypeOf(value) === readonlyPrototype;
}
