import * as z from 'zod/mini';
import { strictObject, variants } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { moneySchema, type Money, type MoneyInput } from '../money/index.js';
import { instantSchema } from './instant.js';
import { prepaidLedger } from './prepaidFunctions.js';
import type { PrepaidLedger, PrepaidLedgerInput } from './prepaidLedger.js';
import { isInMinorUnits, minorUnitsMessage } from './itemRules.js';
import { idSchema } from './schema.js';
import { checkRetry, termsText } from './entryTerms.js';

/** An incentive as `incentiveFor` (partners) returns it, or its JSON form. */
export type IncentiveInput = { readonly kind: 'cashback' | 'discount'; readonly amount: MoneyInput } | { readonly kind: 'none' };

/** Which order the incentive is for, which partner earns it, and when it is booked. */
export interface IncentiveBookingRequest {
  readonly partner: string;
  readonly order: string;
  readonly at: Date | string;
}

/** What {@link bookIncentive} did. */
export interface IncentiveBooking {
  readonly ledger: PrepaidLedger;
  /** The cashback credited now; `null` when nothing was (a discount, no incentive, or booked before). */
  readonly booked: Money | null;
  /** True when the ledger had already booked this order's cashback: nothing changed. */
  readonly alreadyBooked: boolean;
  /** The instant of the booking, as given. */
  readonly at: Date;
}

/**
 * An incentive's amount: zero (public price equals partner price) or more, in whole minor units
 * of its currency — a cashback enters the prepaid ledger, which holds no fraction of a centime.
 */
const notNegative = z.pipe(
  z.pipe(
    moneySchema,
    z.custom<Money>((m) => !(m as Money).isNegative(), 'must not be negative'),
  ),
  z.transform((m: Money, ctx) => {
    if (!isInMinorUnits(m.amount, m.currency)) ctx.issues.push({ code: 'custom', message: minorUnitsMessage(m.currency), input: m });
    return m;
  }),
);

/** @internal The boundary schemas, read by `hostpolicy/schemas`. */
export const incentiveSchema = variants('kind', [
  strictObject({ kind: z.literal('cashback'), amount: notNegative }),
  strictObject({ kind: z.literal('discount'), amount: notNegative }),
  strictObject({ kind: z.literal('none') }),
]);
/** @internal */
export const incentiveBookingSchema = strictObject({ partner: idSchema, order: idSchema, at: instantSchema });

/**
 * Books a partner's incentive for an order (PAR-09 as clarified: cashback ends as a credit on the
 * partner's prepaid account, BIL-05), once per order id: the ledger records the order, so
 * reporting the same order again, or retrying after a crash, changes nothing. A discount was
 * given on the order's price itself and books nothing; neither does `{ kind: 'none' }` (for
 * example an order after the partnership ended, PAR-16).
 *
 * @example
 * ```ts
 * const cashback = { kind: 'cashback' as const, amount: { amount: '138.88', currency: 'CHF' } };
 * const first = bookIncentive(emptyPrepaidLedger(), cashback, { partner: 'agency', order: 'O-1', at: '2026-11-23T09:00:00Z' });
 * first.ledger.balance('agency', 'CHF').toString(); // 'CHF 138.88'
 * bookIncentive(first.ledger, cashback, { partner: 'agency', order: 'O-1', at: '2026-11-24T09:00:00Z' }).alreadyBooked; // true
 * ```
 * An order booked before and reported again with another cashback (another partner or amount) is
 * not a retry: `DUPLICATE_ORDER`, since the second cashback would otherwise be lost without a word.
 *
 * @throws HostPolicyError `DUPLICATE_ORDER` (PAR-09) for a booked order reported with another
 *   cashback; InvalidInputError (`INVALID_INPUT`) for a malformed ledger, incentive or request.
 */
export function bookIncentive(ledger: PrepaidLedgerInput, incentive: IncentiveInput, request: IncentiveBookingRequest): IncentiveBooking {
  const current = prepaidLedger(ledger);
  const parsed = parseInput(incentiveSchema, incentive, 'incentive', 'PAR-09');
  const { partner, order, at } = parseInput(incentiveBookingSchema, request, 'incentive booking', 'PAR-09');
  if (current.hasBookedIncentive(order)) {
    // Reported again as a discount or none it books nothing either way; as another cashback it would be lost.
    if (parsed.kind === 'cashback') checkRetry(current, 'incentiveOrders', order, termsText(partner, parsed.amount));
    return { ledger: current, booked: null, alreadyBooked: true, at };
  }
  if (parsed.kind !== 'cashback') return { ledger: current, booked: null, alreadyBooked: false, at };
  const draft = current.draft();
  if (!parsed.amount.isZero()) draft.add(partner, parsed.amount.currency, parsed.amount.amount);
  draft.record('incentiveOrders', order);
  draft.recordTerms('incentiveOrders', order, termsText(partner, parsed.amount));
  return { ledger: draft.done(), booked: parsed.amount, alreadyBooked: false, at };
}
