/**
 * Booking and value dates of a camt file as instants. A Swiss bank books on a Swiss day: a date
 * (`<Dt>2026-11-23</Dt>`) is midnight in Zurich, written with that day's offset
 * (`2026-11-23T00:00:00+01:00`); a date-time with an offset or `Z` is kept as it is; one without is
 * Zurich time. Files repeat the same few dates, so each text is read once.
 *
 * @internal
 * @module
 */
import { tzOffset } from '@date-fns/tz';
import { isoInstantMs, MAX_INSTANT, MIN_INSTANT } from '../calendar/isoInstant.js';

const BANK_ZONE = 'Europe/Zurich';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Distinct date texts remembered; a file with more (a crafted one) is read without the memo. */
const MEMO_LIMIT = 10_000;

const memo = new Map<string, string | null>();

/** The instant of a camt date or date-time text, or `undefined` when it is not a real one. */
export function bankInstant(text: string): string | undefined {
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const instant = readInstant(text);
  if (memo.size < MEMO_LIMIT) memo.set(text, instant ?? null);
  return instant;
}

function readInstant(text: string): string | undefined {
  if (DATE.test(text)) return zurichTime(`${text}T00:00:00`);
  if (LOCAL_TIME.test(text)) return zurichTime(text);
  return isoInstantMs(text) === undefined ? undefined : text;
}

/**
 * A wall-clock time in Zurich, with the offset in force then. In the hour repeated when the clocks
 * go back, the first occurrence (summer time) is meant; a time skipped when they go forward gets
 * the offset before the change.
 */
function zurichTime(local: string): string | undefined {
  const asUtc = isoInstantMs(`${local}Z`);
  if (asUtc === undefined) return undefined;
  const before = tzOffset(BANK_ZONE, new Date(asUtc - DAY_MS));
  const after = tzOffset(BANK_ZONE, new Date(asUtc + DAY_MS));
  // The larger offset is the earlier instant of a repeated wall time: tried first.
  const candidates = before >= after ? [before, after] : [after, before];
  const offset = candidates.find((o) => tzOffset(BANK_ZONE, new Date(asUtc - o * MINUTE_MS)) === o) ?? before;
  // Zurich's local mean times before 1894 (+00:34:08, +00:29:46) are no whole minutes, which no ISO
  // offset can say: the instant is then written in UTC. Either way it must lie in the years 0001–9999.
  const instant = asUtc - Math.round(offset * MINUTE_MS);
  if (instant < MIN_INSTANT || instant > MAX_INSTANT) return undefined;
  if (!Number.isInteger(offset)) return new Date(instant).toISOString();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
