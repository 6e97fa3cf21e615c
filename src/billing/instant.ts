/**
 * Instants in billing are read by the calendar's parser (one rule for the whole library: a real
 * date with `Z` or an offset, years 0001–9999, with a fast path for `toISOString()` output).
 */
import { toInstantMs, INSTANT_MESSAGE, instantSchema, type InstantInput } from '../calendar/schema.js';

export { INSTANT_MESSAGE, instantSchema, type InstantInput };

/** Milliseconds since the epoch of an instant input, or `NaN` when it is not one. @internal */
export function instantMs(value: unknown): number {
  return toInstantMs(value) ?? Number.NaN;
}
