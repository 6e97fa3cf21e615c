import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { AMOUNT_JSON } from '../money/amount.js';
import { nonNegativeAmountJson } from '../money/json.js';
import { Money, moneySchema } from '../money/index.js';
import { Dec, type Decimal } from '../money/decimal.js';
import { amountSchema, boundedMoneyJson, currencySchema } from '../money/schema.js';
import { instantSchema } from './instant.js';
import type { Invoice, Payment } from './model.js';
import { PrepaidLedger, type Balance } from './prepaidLedger.js';
import { referenceSchema } from './reference.js';

/** A non-empty identifier (invoice, payment, customer). */
export const idSchema = describeJson(
  z.string().check(z.refine((s) => s.length > 0 && s.length <= 200 && s.trim().length > 0, 'must be a non-empty string of at most 200 characters')),
  () => ({ type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' }),
);

/** Money above zero. */
export const positiveMoneySchema = describeJson(
  z.pipe(moneySchema, z.custom<Money>((m) => m instanceof Money && m.isPositive(), 'must be above zero')),
  (render) => boundedMoneyJson(render, 'positive'),
);

/**
 * zod schema of one invoice, parsed into an {@link Invoice}. `reconcile()` uses the equivalent
 * lean validator in `items.ts` for speed; a property test keeps both in agreement.
 */
export const invoiceSchema = z.pipe(
  z
    .object({
      id: idSchema,
      customer: idSchema,
      reference: referenceSchema,
      amount: positiveMoneySchema,
      issuedAt: instantSchema,
      dueAt: instantSchema,
      settled: z.optional(z.boolean()),
      settledBy: z.optional(idSchema),
    })
    .check(z.refine((i) => i.dueAt.getTime() >= i.issuedAt.getTime(), { message: 'must not be before issuedAt', path: ['dueAt'] })),
  z.transform(({ settled, settledBy, ...rest }): Invoice => ({ ...rest, settled: settled === true, ...(settledBy === undefined ? {} : { settledBy }) })),
);

/** zod schema of one payment, parsed into a {@link Payment}. */
export const paymentSchema = z.pipe(
  z.object({
    id: idSchema,
    reference: z.optional(referenceSchema),
    customer: z.optional(idSchema),
    amount: positiveMoneySchema,
    bookedAt: instantSchema,
    valueDate: z.optional(instantSchema),
    debtorName: z.optional(z.string()),
  }),
  z.transform((p): Payment => {
    const out: { -readonly [K in keyof Payment]: Payment[K] } = { id: p.id, amount: p.amount, bookedAt: p.bookedAt };
    if (p.reference !== undefined) out.reference = p.reference;
    if (p.customer !== undefined) out.customer = p.customer;
    if (p.valueDate !== undefined) out.valueDate = p.valueDate;
    if (p.debtorName !== undefined) out.debtorName = p.debtorName;
    return out;
  }),
);

const nonNegativeAmount = describeJson(
  z.pipe(amountSchema, z.custom<Decimal>((d) => d instanceof Dec && !d.isNegative(), 'must not be negative (BIL-05)')),
  () => nonNegativeAmountJson(AMOUNT_JSON.literal, AMOUNT_JSON.max, false),
);

/**
 * zod schema: a {@link PrepaidLedger} or its JSON form, parsed into a ledger. A ledger instance
 * is read through its JSON form (as `moneySchema` does for Money), so one path checks both.
 */
export const prepaidLedgerSchema = z.pipe(
  z.transform((v: unknown) => (v instanceof PrepaidLedger ? v.toJSON() : v)),
  z.pipe(
    z.object({
      balances: z.record(idSchema, z.record(currencySchema, nonNegativeAmount)),
      creditedPayments: z.optional(z.array(idSchema)),
    }),
    z.transform(({ balances, creditedPayments }): PrepaidLedger => {
      const map = new Map<string, Balance | undefined>();
      for (const [customer, byCurrency] of Object.entries(balances)) {
        let head: Balance | undefined;
        for (const [currency, amount] of Object.entries(byCurrency)) head = { currency, amount, next: head };
        map.set(customer, head);
      }
      return new PrepaidLedger(map, new Set(creditedPayments ?? []));
    }),
  ),
);
