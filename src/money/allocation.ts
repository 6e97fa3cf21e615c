import type { Decimal } from './decimal.js';
import { Wide } from './exact.js';

/**
 * Splits an integer number of units by non-negative ratios with the largest-remainder method:
 * every part gets the floor of its share, then the leftover units go one each to the parts with
 * the largest remainders (earlier parts first on ties). The parts always sum to `units` (MON-04).
 * Negative totals are split as their absolute value and negated, so the signs stay uniform.
 * The parts are Wide values (see exact.ts).
 */
export function allocateUnits(units: Decimal, ratios: readonly Decimal[]): Decimal[] {
  // Every step in Wide, whatever the caller's values (an operation rounds to its receiver's precision):
  // units of 430 digits times ratios of 430 digits are exact there, and so are their sums (MON-04).
  if (units.constructor !== Wide) return allocateUnits(new Wide(units), ratios);
  if (units.isNegative()) return allocateUnits(units.negated(), ratios).map((u) => u.negated());
  const total = ratios.reduce((sum, r) => sum.plus(r), new Wide(0));
  const shares = ratios.map((ratio, index) => {
    // Exact remainders (share mod total) rather than rounded quotients, so that ties really tie.
    const share = units.times(ratio);
    const remainder = share.mod(total);
    return { index, floor: share.minus(remainder).dividedBy(total), remainder };
  });
  let leftover = units.minus(shares.reduce((sum, s) => sum.plus(s.floor), new Wide(0))).toNumber();
  const parts = shares.map((s) => s.floor);
  const byRemainder = [...shares].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const share of byRemainder) {
    if (leftover <= 0) break;
    parts[share.index] = share.floor.plus(1);
    leftover -= 1;
  }
  return parts;
}

/**
 * {@link allocateUnits} with `parts` equal ratios, without them: every part gets the floor of
 * `units / parts`, and the first `units mod parts` parts one unit more (equal ratios tie on every
 * remainder, so earlier parts come first), negated for a negative total. Two values shared by
 * every part: linear and light up to the million parts that `split` accepts.
 */
export function splitUnits(units: Decimal, parts: number): Decimal[] {
  if (units.constructor !== Wide) return splitUnits(new Wide(units), parts); // exact, as in allocateUnits
  if (units.isNegative()) return splitUnits(units.negated(), parts).map((u) => u.negated());
  const remainder = units.mod(parts);
  const floor = units.minus(remainder).dividedBy(parts);
  const more = floor.plus(1);
  const extra = remainder.toNumber();
  return Array.from({ length: parts }, (_, i) => (i < extra ? more : floor));
}
