import { match } from 'ts-pattern';
import { Dec, type Decimal } from '../money/decimal.js';
import type { TierBracket, Product } from './catalog.js';

/** How many units fall in one bracket of a graduated table, and its reduction. */
export interface BracketShare {
  readonly from: number;
  /** The last unit of the bracket that this quantity reaches. */
  readonly to: number;
  readonly quantity: number;
  readonly reduction: Decimal;
}

/** The tier reduction for a quantity, as the fraction of the (already discounted) amount. */
export interface TierOutcome {
  readonly kind: 'volume-tier' | 'graduated-tier';
  /** Average reduction over all units: for volume mode the bracket's rate. */
  readonly fraction: Decimal;
  readonly brackets: readonly BracketShare[];
}

/**
 * The tier reduction reached by `quantity` (PRC-02), or undefined when no bracket applies.
 * Volume mode prices every unit at the bracket the total quantity reaches; graduated mode prices
 * each unit at its own bracket, so the reduction is the quantity-weighted average.
 */
export function tierOutcome(product: Product, quantity: number): TierOutcome | undefined {
  const tiers = product.tiers;
  if (tiers === undefined) return undefined;
  const shares = bracketShares(tiers.brackets, quantity);
  if (shares.length === 0) return undefined;
  return match(tiers.mode)
    .with('volume', (): TierOutcome => {
      const top = shares[shares.length - 1] as BracketShare;
      return { kind: 'volume-tier', fraction: top.reduction, brackets: [{ ...top, from: 1, quantity }] };
    })
    .with('graduated', (): TierOutcome => {
      const weighted = shares.reduce((sum, s) => sum.plus(s.reduction.times(s.quantity)), new Dec(0));
      return { kind: 'graduated-tier', fraction: weighted.dividedBy(quantity), brackets: shares };
    })
    .exhaustive();
}

/** The brackets reached by `quantity`, with how many units fall in each. */
function bracketShares(brackets: readonly TierBracket[], quantity: number): BracketShare[] {
  const shares: BracketShare[] = [];
  brackets.forEach((bracket, i) => {
    if (bracket.from > quantity) return;
    const next = brackets[i + 1];
    const to = Math.min(quantity, next === undefined ? quantity : next.from - 1);
    shares.push({ from: bracket.from, to, quantity: to - bracket.from + 1, reduction: bracket.reduction.fraction });
  });
  return shares;
}
