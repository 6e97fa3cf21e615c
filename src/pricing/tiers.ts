import { Dec, type Decimal } from '../money/decimal.js';
import type { TierBracket, Product } from './catalog.js';
import type { TierMode } from '../policy/catalog.js';

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
 * The two tier modes as an exhaustive table: a new mode in {@link TierMode} fails to compile until
 * it has a row. (A plain typed record rather than ts-pattern keeps the partner quote bundle small.)
 */
const OUTCOME_BY_MODE: { readonly [M in TierMode]: (shares: BracketShare[], quantity: number) => TierOutcome } = {
  volume: (shares, quantity) => {
    const top = shares[shares.length - 1] as BracketShare;
    return { kind: 'volume-tier', fraction: top.reduction, brackets: [{ ...top, from: 1, quantity }] };
  },
  graduated: (shares, quantity) => {
    const weighted = shares.reduce((sum, s) => sum.plus(s.reduction.times(s.quantity)), new Dec(0));
    return { kind: 'graduated-tier', fraction: weighted.dividedBy(quantity), brackets: shares };
  },
};

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
  return OUTCOME_BY_MODE[tiers.mode](shares, quantity);
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
