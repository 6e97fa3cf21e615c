import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { describeJson } from '../internal/jsonHint.js';
import { match, P } from 'ts-pattern';
import { HostPolicyError } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import type { Money } from '../money/money.js';
import { boundedMoneyJson, moneySchema, rateSchema, type MoneyInput, type RateInput } from '../money/schema.js';
import { Rate } from '../money/rate.js';
import { ZERO } from '../money/decimal.js';
import { isInMinorUnits, minorUnitsMessage } from '../money/wholeUnits.js';
import { catalogSchema } from '../policy/catalogSchema.js';
import { policyPart } from '../internal/policyPart.js';
import { compilePartnersPolicy } from './compiledPolicy.js';
import { INCENTIVE_DEFAULTS, type IncentivePolicyParts } from './policyParts.js';
import { instantSchema, paymentModeSchema, type PartnerPaymentMode } from './schema.js';

/** An order or renewal, as the incentive table reads it (PAR-09, PAR-10). */
export interface IncentiveOrder {
  readonly access: 'limited' | 'full';
  /** Required with full access, absent with limited access (PAR-06, PAR-07). */
  readonly paymentMode?: PartnerPaymentMode;
  /** Who places the order or renewal. With full access and "partner pays", a partner's order uses the partner's means. */
  readonly actor: 'client' | 'partner';
  /** Whether the partner manages the product (with full access it manages every product). */
  readonly managedByPartner: boolean;
  readonly publicPrice: MoneyInput;
  /** The partner's preferential (reseller) price of the same order, volume tier included. */
  readonly partnerPrice: MoneyInput;
  /**
   * The volume tier's reduction included in `partnerPrice` (PRC-02, e.g. `'25%'` for 35 web
   * hostings), if known. The PRC-04 cap applies to the partner discount alone, which "cumulates"
   * with the tier: with this field the partner part is `1 − partnerPrice / (publicPrice × (1 −
   * volumeReduction))`; without it, the whole reduction may reach the cap followed by the largest
   * tier reduction of the policy's catalog. At most that largest tier (`INVALID_INPUT` above it).
   */
  readonly volumeReduction?: RateInput;
  /** When the order or renewal was placed; required with `partnershipEndedAt` (PAR-16). */
  readonly orderedAt?: Date | string;
  /**
   * When the partnership ended (`PartnershipEnded.at`), if it did: an order placed at or after
   * that instant earns no incentive (PAR-16). Leave it out while the partnership lasts.
   */
  readonly partnershipEndedAt?: Date | string;
}

/** What the partner earns on one order: exactly one of cashback, discount or nothing. */
export type Incentive =
  | { readonly kind: 'cashback'; readonly amount: Money }
  | { readonly kind: 'discount'; readonly amount: Money }
  | { readonly kind: 'none' };

/**
 * A price as invoiced: not negative, in whole minor units of its currency. The cashback is the
 * difference of the two prices and is booked on the prepaid ledger (`bookIncentive`), which holds
 * no fraction of a centime; rounding a finer price is the caller's explicit choice (MON-03:
 * `Money#round`, as `quote` rounds each step half-up), never a silent one here.
 */
const price = describeJson(
  z.pipe(
    z.pipe(
      moneySchema,
      z.custom<Money>((m) => !(m as Money).isNegative(), 'must not be negative'),
    ),
    z.transform((m: Money, ctx) => {
      if (!isInMinorUnits(m.amount, m.currency))
        ctx.issues.push({ code: 'custom', message: `${minorUnitsMessage(m.currency)}, as invoiced: round it first (MON-03)`, input: m });
      return m;
    }),
  ),
  (render) => boundedMoneyJson(render, 'non-negative'),
);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const orderSchema = strictObject({
  access: z.enum(['limited', 'full']),
  paymentMode: z.optional(paymentModeSchema),
  actor: z.enum(['client', 'partner']),
  managedByPartner: z.boolean(),
  publicPrice: price,
  partnerPrice: price,
  volumeReduction: z.optional(rateSchema),
  orderedAt: z.optional(instantSchema),
  partnershipEndedAt: z.optional(instantSchema),
}).check(
  z.refine((o) => o.access !== 'full' || o.paymentMode !== undefined, {
    message: 'is required with full access (PAR-06, PAR-07)',
    path: ['paymentMode'],
  }),
  z.refine((o) => o.access !== 'limited' || o.paymentMode === undefined, {
    message: 'exists only with full access; leave it out for limited access (PAR-06, PAR-07)',
    path: ['paymentMode'],
  }),
  z.refine((o) => o.partnershipEndedAt === undefined || o.orderedAt !== undefined, {
    message: 'is required with partnershipEndedAt: the order is checked against the end of the partnership (PAR-16)',
    path: ['orderedAt'],
  }),
);

/** The four inputs of the table; a payment mode exists only with full access. */
export type IncentiveCase =
  | {
      readonly access: 'full';
      readonly paymentMode: PartnerPaymentMode;
      readonly actor: 'client' | 'partner';
      readonly managedByPartner: boolean;
    }
  | { readonly access: 'limited'; readonly paymentMode: 'none'; readonly actor: 'client' | 'partner'; readonly managedByPartner: boolean };

/**
 * The incentive table (PAR-09, PAR-10): access × payment mode × actor × managed-by-partner.
 * With full access the partner manages every product, so the last column is not read.
 */
function incentiveRow(c: IncentiveCase): 'cashback' | 'discount' | 'none' | 'refused' {
  return (
    match(c)
      // PAR-09
      .with({ access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: P.boolean }, () => 'cashback' as const)
      // PAR-09, the client's means
      .with({ access: 'full', paymentMode: 'client', actor: 'partner', managedByPartner: P.boolean }, () => 'cashback' as const)
      // PAR-09
      .with({ access: 'full', paymentMode: 'partner', actor: 'client', managedByPartner: P.boolean }, () => 'cashback' as const)
      // PAR-10, the partner's means
      .with({ access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: P.boolean }, () => 'discount' as const)
      // PAR-09
      .with({ access: 'limited', paymentMode: 'none', actor: 'client', managedByPartner: true }, () => 'cashback' as const)
      // PAR-09: not the partner's product
      .with({ access: 'limited', paymentMode: 'none', actor: 'client', managedByPartner: false }, () => 'none' as const)
      // Not an incentive question: such an order cannot exist (authorize refuses it, PAR-02).
      .with({ access: 'limited', paymentMode: 'none', actor: 'partner', managedByPartner: P.boolean }, () => 'refused' as const)
      .exhaustive()
  );
}

/** The table's 16 answers, filled as cases come up (matching is the slow part). */
const answers = new Map<string, ReturnType<typeof incentiveRow>>();

/**
 * The kind of incentive of a case, from the table.
 * @throws HostPolicyError `LIMITED_ACCESS_CANNOT_ORDER` (PAR-02) for an order by a limited-access partner.
 * @internal
 */
export function incentiveKind(c: IncentiveCase): 'cashback' | 'discount' | 'none' {
  const key = `${c.access}|${c.paymentMode}|${c.actor}|${String(c.managedByPartner)}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = incentiveRow(c);
    answers.set(key, answer);
  }
  if (answer === 'refused') {
    throw new HostPolicyError(
      'LIMITED_ACCESS_CANNOT_ORDER',
      'A limited-access partner can neither order nor renew products for the client.',
      { rule: 'PAR-02' },
    );
  }
  return answer;
}

/**
 * What the partner earns on an order or renewal (PAR-09, PAR-10): a cashback (public price −
 * partner price, credited to its prepaid account), a discount (the same reseller reduction,
 * applied at order time when the partner pays with its own means), or nothing. Never both.
 * The amount is exact (not rounded); it is zero when both prices are equal. Both prices are in
 * whole minor units of their currency, as invoiced, so that a cashback is always one
 * `bookIncentive` books (the prepaid ledger holds no fraction of a centime): round a finer price
 * first, explicitly (MON-03, `Money#round`).
 *
 * PAR-16: with `partnershipEndedAt` (the instant of `endPartnership`'s event) and `orderedAt`,
 * an order placed at or after the end earns nothing (`{ kind: 'none' }`), whoever placed it; the
 * prices are still checked. An order placed before the end is read by the table as usual.
 *
 * @example
 * ```ts
 * incentiveFor({ access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: true,
 *                publicPrice: { amount: '347.20', currency: 'CHF' }, partnerPrice: { amount: '277.76', currency: 'CHF' } });
 * // { kind: 'discount', amount: CHF 69.44 }
 * // PAR-09: the source's pair, partner discount 20 % cumulated with the 25 % volume tier (−40 % in all)
 * incentiveFor({ access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: true,
 *                publicPrice: { amount: '347.20', currency: 'CHF' }, partnerPrice: { amount: '208.32', currency: 'CHF' },
 *                volumeReduction: '25%' });
 * // { kind: 'cashback', amount: CHF 138.88 } (the same without volumeReduction)
 * incentiveFor({ access: 'limited', actor: 'client', managedByPartner: false,
 *                publicPrice: { amount: '10', currency: 'CHF' }, partnerPrice: { amount: '8', currency: 'CHF' } });
 * // { kind: 'none' }
 * incentiveFor({ access: 'limited', actor: 'client', managedByPartner: true,
 *                publicPrice: { amount: '10', currency: 'CHF' }, partnerPrice: { amount: '8', currency: 'CHF' },
 *                orderedAt: '2026-12-02T08:00:00Z', partnershipEndedAt: '2026-12-01T12:00:00Z' });
 * // { kind: 'none' } (PAR-16: ordered after the partnership ended)
 * ```
 * @throws HostPolicyError `LIMITED_ACCESS_CANNOT_ORDER` (PAR-02) for an order by a limited-access
 *   partner placed while the partnership lasts.
 * @throws HostPolicyError `PARTNER_PRICE_ABOVE_PUBLIC` (PAR-09) when the partner price exceeds the public price.
 * The PRC-04 cap (`pricing.partnerDiscountCap`) is on the partner discount alone, which cumulates
 * with the volume tier ("Werden mit den gestaffelten Tarifen der Webhostings kumuliert"). Give
 * `volumeReduction` (the tier included in `partnerPrice`) to check the partner part exactly;
 * without it, the whole reduction may reach the cap followed by the largest tier reduction of the
 * policy's catalog (35 % then 25 %: 51.25 % with the default policy). The tier named is at most
 * that largest tier: a larger one is no tier the policy offers, and would lift the cap at will.
 *
 * @throws HostPolicyError `RATE_ABOVE_CAP` (PRC-04) when the partner discount exceeds
 *   `pricing.partnerDiscountCap` (see above).
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed catalog in the policy.
 * @throws HostPolicyError `CURRENCY_MISMATCH` (MON-02) when the two prices have different currencies.
 * @throws InvalidInputError (`INVALID_INPUT`) for negative prices, prices finer than their
 *   currency's minor unit (PAR-09), unknown currencies, a volume reduction that is not a rate or is
 *   above the largest volume tier of the policy's catalog (PRC-04), a payment
 *   mode missing with full access or given with limited access, an invalid instant, or
 *   `partnershipEndedAt` without `orderedAt`.
 */
export function incentiveFor(order: IncentiveOrder, policy: IncentivePolicyParts = INCENTIVE_DEFAULTS): Incentive {
  const o = parseInput(orderSchema, order, 'order', 'PAR-09');
  const c: IncentiveCase =
    o.access === 'full'
      ? { access: 'full', paymentMode: o.paymentMode ?? 'client', actor: o.actor, managedByPartner: o.managedByPartner }
      : { access: 'limited', paymentMode: 'none', actor: o.actor, managedByPartner: o.managedByPartner };
  if (o.partnershipEndedAt !== undefined && o.orderedAt !== undefined && o.orderedAt.getTime() >= o.partnershipEndedAt.getTime()) {
    partnerReduction(o.publicPrice, o.partnerPrice, policy, o.volumeReduction);
    return NOTHING;
  }
  return incentiveOf(c, o.publicPrice, o.partnerPrice, policy, o.volumeReduction);
}

/** No incentive. */
const NOTHING: Incentive = Object.freeze({ kind: 'none' });

/** @internal The typed core of {@link incentiveFor}. */
export function incentiveOf(
  c: IncentiveCase,
  publicPrice: Money,
  partnerPrice: Money,
  policy: IncentivePolicyParts = INCENTIVE_DEFAULTS,
  volumeReduction?: Rate,
): Incentive {
  const kind = incentiveKind(c);
  const amount = partnerReduction(publicPrice, partnerPrice, policy, volumeReduction);
  return kind === 'none' ? Object.freeze({ kind }) : Object.freeze({ kind, amount });
}

/** The largest volume-tier reduction of the policy's catalog, per catalog object (0 % without tiers). */
const largestTiers = new WeakMap<object, Rate>();

function largestTierReduction(policy: IncentivePolicyParts): Rate {
  const part = policyPart(policy, 'catalog');
  let largest = largestTiers.get(part);
  if (largest === undefined) {
    const catalog = parseInput(catalogSchema, part, 'policy.catalog');
    largest = new Rate(ZERO);
    for (const product of Object.values(catalog.products)) {
      for (const bracket of product.tiers?.brackets ?? []) {
        const r: Rate = bracket.reduction;
        if (r.compare(largest) > 0) largest = r;
      }
    }
    largestTiers.set(part, largest);
  }
  return largest;
}

/**
 * The reduction the partner discount cap (PRC-04) is checked against, and the largest it may be.
 * The cap is on the partner discount, which cumulates with the volume tier (PAR-09, "Werden mit
 * den gestaffelten Tarifen der Webhostings kumuliert"): with a known tier the partner part alone
 * is checked; without, the whole reduction against the cap followed by the largest tier.
 */
function capCheck(
  publicPrice: Money,
  partnerPrice: Money,
  cap: Rate,
  policy: IncentivePolicyParts,
  volumeReduction: Rate | undefined,
): { reduction: Rate; limit: Rate } {
  if (volumeReduction === undefined) {
    return {
      reduction: new Rate(publicPrice.minus(partnerPrice).amount.dividedBy(publicPrice.amount)),
      limit: cap.followedBy(largestTierReduction(policy)),
    };
  }
  const beforeTier = publicPrice.amount.times(volumeReduction.complement().fraction);
  const partnerPart = beforeTier.isZero() ? ZERO : beforeTier.minus(partnerPrice.amount).dividedBy(beforeTier);
  return { reduction: new Rate(partnerPart), limit: cap };
}

/** Public − partner price, after checking the prices against each other and the cap (PRC-04). */
function partnerReduction(publicPrice: Money, partnerPrice: Money, policy: IncentivePolicyParts, volumeReduction?: Rate): Money {
  if (publicPrice.currency !== partnerPrice.currency) {
    throw new HostPolicyError(
      'CURRENCY_MISMATCH',
      `The public price is in ${publicPrice.currency} and the partner price in ${partnerPrice.currency}.`,
      { rule: 'MON-02' },
    );
  }
  if (partnerPrice.compare(publicPrice) > 0) {
    throw new HostPolicyError(
      'PARTNER_PRICE_ABOVE_PUBLIC',
      `The partner price ${partnerPrice.toString()} is above the public price ${publicPrice.toString()}.`,
      {
        rule: 'PAR-09',
        details: { publicPrice: publicPrice.toJSON(), partnerPrice: partnerPrice.toJSON() },
      },
    );
  }
  if (volumeReduction !== undefined) {
    // A tier the policy does not offer would lift the cap at will (99 % gives a cashback of 99 %
    // of the price): the tier named is at most the largest of the policy's catalog (PRC-02, PRC-04).
    const largest = largestTierReduction(policy);
    if (volumeReduction.compare(largest) > 0) {
      invalidField(
        'order',
        ['volumeReduction'],
        // Exact percentages: Rate#toString rounds to two places, and 25.001 % would read "at most 25%, not 25%".
        `must be at most ${largest.percent.toString()}%, the largest volume tier of the policy's catalog (PRC-02), ` +
          `not ${volumeReduction.percent.toString()}%`,
        'PRC-04',
      );
    }
  }
  const reduction = publicPrice.minus(partnerPrice);
  const cap = compilePartnersPolicy(policy).discountCap;
  if (publicPrice.isZero()) return reduction;
  const check = capCheck(publicPrice, partnerPrice, cap, policy, volumeReduction);
  if (check.reduction.fraction.greaterThan(check.limit.fraction)) {
    const what =
      volumeReduction === undefined
        ? `a reduction above the ${cap.toString()} partner discount cap combined with the largest volume tier ` +
          `(${check.limit.toString()} in all)`
        : `a partner discount of ${check.reduction.toString()} on top of the ${volumeReduction.toString()} volume tier, above the ` +
          `${cap.toString()} cap`;
    throw new HostPolicyError('RATE_ABOVE_CAP', `The partner price gives ${what}.`, {
      rule: 'PRC-04',
      details: {
        publicPrice: publicPrice.toJSON(),
        partnerPrice: partnerPrice.toJSON(),
        cap: cap.toJSON(),
        limit: check.limit.toJSON(),
        ...(volumeReduction === undefined ? {} : { volumeReduction: volumeReduction.toJSON() }),
      },
    });
  }
  return reduction;
}
