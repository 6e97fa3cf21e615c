import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { describeJson } from '../internal/jsonHint.js';
import { match, P } from 'ts-pattern';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { Money } from '../money/money.js';
import { boundedMoneyJson, moneySchema, type MoneyInput } from '../money/schema.js';
import { defaultPolicy, type Policy } from '../policy/defaultPolicy.js';
import { compilePartnersPolicy } from './compiledPolicy.js';
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
  /** The partner's preferential (reseller) price of the same order. */
  readonly partnerPrice: MoneyInput;
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

const price = describeJson(
  z.pipe(moneySchema, z.custom<Money>((m) => !(m as Money).isNegative(), 'must not be negative')),
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
    orderedAt: z.optional(instantSchema),
    partnershipEndedAt: z.optional(instantSchema),
  })
  .check(
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
  | { readonly access: 'full'; readonly paymentMode: PartnerPaymentMode; readonly actor: 'client' | 'partner'; readonly managedByPartner: boolean }
  | { readonly access: 'limited'; readonly paymentMode: 'none'; readonly actor: 'client' | 'partner'; readonly managedByPartner: boolean };

/**
 * The incentive table (PAR-09, PAR-10): access × payment mode × actor × managed-by-partner.
 * With full access the partner manages every product, so the last column is not read.
 */
function incentiveRow(c: IncentiveCase): 'cashback' | 'discount' | 'none' | 'refused' {
  return match(c)
    .with({ access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: P.boolean }, () => 'cashback' as const) // PAR-09
    .with({ access: 'full', paymentMode: 'client', actor: 'partner', managedByPartner: P.boolean }, () => 'cashback' as const) // PAR-09, the client's means
    .with({ access: 'full', paymentMode: 'partner', actor: 'client', managedByPartner: P.boolean }, () => 'cashback' as const) // PAR-09
    .with({ access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: P.boolean }, () => 'discount' as const) // PAR-10, the partner's means
    .with({ access: 'limited', paymentMode: 'none', actor: 'client', managedByPartner: true }, () => 'cashback' as const) // PAR-09
    .with({ access: 'limited', paymentMode: 'none', actor: 'client', managedByPartner: false }, () => 'none' as const) // PAR-09: not the partner's product
    // Not an incentive question: such an order cannot exist (authorize refuses it, PAR-02).
    .with({ access: 'limited', paymentMode: 'none', actor: 'partner', managedByPartner: P.boolean }, () => 'refused' as const)
    .exhaustive();
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
    throw new HostPolicyError('LIMITED_ACCESS_CANNOT_ORDER', 'A limited-access partner can neither order nor renew products for the client.', { rule: 'PAR-02' });
  }
  return answer;
}

/**
 * What the partner earns on an order or renewal (PAR-09, PAR-10): a cashback (public price −
 * partner price, credited to its prepaid account), a discount (the same reseller reduction,
 * applied at order time when the partner pays with its own means), or nothing. Never both.
 * The amount is exact (not rounded); it is zero when both prices are equal.
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
 * @throws HostPolicyError `PARTNER_DISCOUNT_ABOVE_CAP` (PRC-04) when the reduction exceeds `pricing.partnerDiscountCap`.
 * @throws HostPolicyError `CURRENCY_MISMATCH` (MON-02) when the two prices have different currencies.
 * @throws InvalidInputError (`INVALID_INPUT`) for negative prices, unknown currencies, a payment
 *   mode missing with full access or given with limited access, an invalid instant, or
 *   `partnershipEndedAt` without `orderedAt`.
 */
export function incentiveFor(order: IncentiveOrder, policy: Policy = defaultPolicy): Incentive {
  const o = parseInput(orderSchema, order, 'order', 'PAR-09');
  const c: IncentiveCase =
    o.access === 'full'
      ? { access: 'full', paymentMode: o.paymentMode ?? 'client', actor: o.actor, managedByPartner: o.managedByPartner }
      : { access: 'limited', paymentMode: 'none', actor: o.actor, managedByPartner: o.managedByPartner };
  if (o.partnershipEndedAt !== undefined && o.orderedAt !== undefined && o.orderedAt.getTime() >= o.partnershipEndedAt.getTime()) {
    partnerReduction(o.publicPrice, o.partnerPrice, policy);
    return NOTHING;
  }
  return incentiveOf(c, o.publicPrice, o.partnerPrice, policy);
}

/** No incentive. */
const NOTHING: Incentive = Object.freeze({ kind: 'none' });

/** @internal The typed core of {@link incentiveFor}. */
export function incentiveOf(c: IncentiveCase, publicPrice: Money, partnerPrice: Money, policy: Policy = defaultPolicy): Incentive {
  const kind = incentiveKind(c);
  const amount = partnerReduction(publicPrice, partnerPrice, policy);
  return kind === 'none' ? Object.freeze({ kind }) : Object.freeze({ kind, amount });
}

/** Public − partner price, after checking the prices against each other and the cap (PRC-04). */
function partnerReduction(publicPrice: Money, partnerPrice: Money, policy: Policy): Money {
  if (publicPrice.currency !== partnerPrice.currency) {
    throw new HostPolicyError('CURRENCY_MISMATCH', `The public price is in ${publicPrice.currency} and the partner price in ${partnerPrice.currency}.`, { rule: 'MON-02' });
  }
  if (partnerPrice.compare(publicPrice) > 0) {
    throw new HostPolicyError('PARTNER_PRICE_ABOVE_PUBLIC', `The partner price ${partnerPrice.toString()} is above the public price ${publicPrice.toString()}.`, {
      rule: 'PAR-09',
      details: { publicPrice: publicPrice.toJSON(), partnerPrice: partnerPrice.toJSON() },
    });
  }
  const reduction = publicPrice.minus(partnerPrice);
  const cap = compilePartnersPolicy(policy).discountCap;
  if (!publicPrice.isZero() && reduction.amount.dividedBy(publicPrice.amount).greaterThan(cap.fraction)) {
    throw new HostPolicyError('PARTNER_DISCOUNT_ABOVE_CAP', `The partner price gives a reduction above the ${cap.toString()} cap.`, {
      rule: 'PRC-04',
      details: { publicPrice: publicPrice.toJSON(), partnerPrice: partnerPrice.toJSON(), cap: cap.toJSON() },
    });
  }
  return reduction;
}
