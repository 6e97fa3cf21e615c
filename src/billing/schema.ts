import * as z from 'zod/mini';
import { oneOf, strictObject } from '../internal/checks.js';
import { isInstance } from '../internal/parse.js';
import { describeJson } from '../internal/jsonHint.js';
import { AMOUNT_JSON } from '../money/amount.js';
import { nonNegativeAmountJson } from '../money/json.js';
import { Money, moneySchema } from '../money/index.js';
import { Dec, type Decimal } from '../money/decimal.js';
import { amountSchema, boundedMoneyJson, currencySchema } from '../money/schema.js';
import { instantSchema } from './instant.js';
import type { Invoice, Payment, ReferenceType, Reversal } from './model.js';
import { ENTRY_KINDS, entryIds, entryTerms, isAnyPrepaidLedger, PrepaidLedger, TERM_KINDS, type Balance } from './prepaidLedger.js';
import { dataOf } from '../internal/brand.js';
import { referenceSchema } from './reference.js';
import {
  ABOVE_ZERO_MESSAGE,
  CHARGES_MESSAGE,
  DIRECTION_MESSAGE,
  DUE_MESSAGE,
  IBAN_MESSAGE,
  ID_MESSAGE,
  isAboveZero,
  isCompactIban,
  isDirection,
  isDueInOrder,
  isId,
  isInMinorUnits,
  isMessage,
  isName,
  isPath,
  isReferenceTypeOf,
  MAX_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PATH_LENGTH,
  MESSAGE_MESSAGE,
  minorUnitsMessage,
  NAME_MESSAGE,
  PATH_MESSAGE,
  REFERENCE_TYPE_MESSAGE,
} from './itemRules.js';

/** A non-empty identifier (invoice, payment, customer). */
export const idSchema = describeJson(z.string().check(z.refine(isId, ID_MESSAGE)), () => ({
  type: 'string',
  minLength: 1,
  maxLength: MAX_ID_LENGTH,
  pattern: '\\S',
}));

/** Money in whole minor units of its currency (itemRules.ts `isInMinorUnits`); the issue names the currency. */
const inMinorUnits = z.transform((m: Money, ctx) => {
  if (!isInMinorUnits(m.amount, m.currency)) ctx.issues.push({ code: 'custom', message: minorUnitsMessage(m.currency), input: m });
  return m;
});

/** Money above zero, in whole minor units of its currency. */
export const positiveMoneySchema = describeJson(
  z.pipe(
    z.pipe(
      moneySchema,
      z.custom<Money>((m) => m instanceof Money && isAboveZero(m.amount), ABOVE_ZERO_MESSAGE),
    ),
    inMinorUnits,
  ),
  (render) => boundedMoneyJson(render, 'positive'),
);

/**
 * zod schema of one invoice, parsed into an {@link Invoice}. `reconcile()` uses the equivalent
 * lean validator in `items.ts` for speed; both ask the rules of `itemRules.ts`, and a property
 * test keeps them in agreement.
 */
export const invoiceSchema = z.pipe(
  strictObject({
    id: idSchema,
    customer: idSchema,
    reference: referenceSchema,
    amount: positiveMoneySchema,
    issuedAt: instantSchema,
    dueAt: instantSchema,
    settled: z.optional(z.boolean()),
    settledBy: z.optional(idSchema),
  }).check(z.refine((i) => isDueInOrder(i.issuedAt.getTime(), i.dueAt.getTime()), { message: DUE_MESSAGE, path: ['dueAt'] })),
  z.transform(
    ({ settled, settledBy, ...rest }): Invoice => ({
      ...rest,
      settled: settled === true,
      ...(settledBy === undefined ? {} : { settledBy }),
    }),
  ),
);

/** Money of zero or more (a payment's charges). */
const chargesSchema = describeJson(
  z.pipe(
    z.pipe(
      moneySchema,
      z.custom<Money>((m) => m instanceof Money && (isAboveZero(m.amount) || m.amount.isZero()), CHARGES_MESSAGE),
    ),
    inMinorUnits,
  ),
  (render) => boundedMoneyJson(render, 'non-negative'),
);

/** The fields of a payment, and those a reversal shares with it. */
const paymentFields = {
  id: idSchema,
  reference: z.optional(referenceSchema),
  customer: z.optional(idSchema),
  amount: positiveMoneySchema,
  bookedAt: instantSchema,
  valueDate: z.optional(instantSchema),
  debtorName: z.optional(describeJson(z.custom<string>(isName, NAME_MESSAGE), () => ({ type: 'string', maxLength: MAX_NAME_LENGTH }))),
  referenceType: z.optional(oneOf<ReferenceType>(['QRR', 'SCOR'], 'reference type')),
  message: z.optional(
    describeJson(z.custom<string>(isMessage, MESSAGE_MESSAGE), () => ({ type: 'string', maxLength: MAX_MESSAGE_LENGTH })),
  ),
  debtorIban: z.optional(
    describeJson(z.custom<string>(isCompactIban, IBAN_MESSAGE), () => ({
      type: 'string',
      minLength: 5,
      maxLength: 34,
      pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]+$',
    })),
  ),
  charges: z.optional(chargesSchema),
};

/** A payment's fields agree: the reference type with the reference, the charges' currency with the amount's. */
type FitsFields = { readonly reference?: string | undefined; readonly referenceType?: string | undefined };
type ChargesFields = { readonly amount: Money; readonly charges?: Money | undefined };
const typeFitsReference = z.refine<FitsFields>(
  (p: { readonly reference?: string | undefined; readonly referenceType?: string | undefined }) =>
    p.referenceType === undefined || isReferenceTypeOf(p.referenceType, p.reference),
  { message: REFERENCE_TYPE_MESSAGE, path: ['referenceType'] },
);
const chargesInCurrency = z.refine<ChargesFields>(
  (p: { readonly amount: Money; readonly charges?: Money | undefined }) =>
    p.charges === undefined || p.charges.currency === p.amount.currency,
  { message: CHARGES_MESSAGE, path: ['charges'] },
);

/** The optional fields of a parsed payment or reversal, set only when present, in this order (one object shape per set of fields). */
function setOptional<T extends object>(out: T, p: Readonly<Record<string, unknown>>, keys: readonly string[]): T {
  for (const key of keys) if (p[key] !== undefined) (out as Record<string, unknown>)[key] = p[key];
  return out;
}

const PAYMENT_OPTIONAL = ['reference', 'customer', 'valueDate', 'debtorName', 'referenceType', 'message', 'debtorIban', 'charges'];

/** zod schema of one payment, parsed into a {@link Payment}. */
export const paymentSchema = z.pipe(
  strictObject(paymentFields).check(typeFitsReference, chargesInCurrency),
  z.transform((p): Payment => setOptional<Payment>({ id: p.id, amount: p.amount, bookedAt: p.bookedAt }, p, PAYMENT_OPTIONAL)),
);

/**
 * zod schema of one reversal, parsed into a {@link Reversal}: `direction` defaults to `'debit'`;
 * the fields come in the order of `reconcile()`'s reader.
 *
 * @example
 * ```ts
 * reversalSchema.parse({ id: 'R-1', amount: { amount: '5', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z' }).direction; // 'debit'
 * reversalSchema.safeParse({ id: 'R-1', amount: { amount: '5', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z', reversed: 'P-1' })
 *   .success; // false: an unknown key
 * ```
 */
export const reversalSchema = z.pipe(
  strictObject({
    ...paymentFields,
    reverses: z.optional(idSchema),
    direction: z.optional(
      describeJson(z.custom<'debit' | 'credit'>(isDirection, DIRECTION_MESSAGE), () => ({ type: 'string', enum: ['debit', 'credit'] })),
    ),
    path: z.optional(describeJson(z.custom<string>(isPath, PATH_MESSAGE), () => ({ type: 'string', maxLength: MAX_PATH_LENGTH }))),
  }).check(typeFitsReference, chargesInCurrency),
  z.transform(
    (r): Reversal =>
      setOptional<Reversal>({ id: r.id, amount: r.amount, bookedAt: r.bookedAt, direction: r.direction ?? 'debit' }, r, [
        'reverses',
        ...PAYMENT_OPTIONAL,
        'path',
      ]),
  ),
);

const nonNegativeAmount = describeJson(
  z.pipe(
    amountSchema,
    z.custom<Decimal>((d) => d instanceof Dec && !d.isNegative(), 'must not be negative (BIL-05)'),
  ),
  () => nonNegativeAmountJson(AMOUNT_JSON.literal, AMOUNT_JSON.max, false),
);

/**
 * Reads a record keyed by caller data (customer ids, currencies): own enumerable keys only, and
 * any string is a key — `'__proto__'` too, which `JSON.parse` makes an own key that a plain
 * object assignment (and zod's `z.record`) would turn into a prototype and lose. An object with
 * a prototype other than `Object.prototype` or `null` is refused: its inherited keys are not
 * data. Issues keep their path.
 */
function ownRecord<V>(
  key: z.ZodMiniType<string>,
  value: z.ZodMiniType<V>,
  what: string,
): z.ZodMiniType<ReadonlyMap<string, V>, Readonly<Record<string, unknown>>> {
  return z.pipe(
    z.custom<Readonly<Record<string, unknown>>>((v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const proto = Object.getPrototypeOf(v) as unknown;
      return proto === Object.prototype || proto === null;
    }, `must be a plain object of ${what} (inherited keys are not read)`),
    z.transform((input, ctx) => {
      const out = new Map<string, V>();
      for (const k of Object.keys(input)) {
        const checked = key.safeParse(k);
        if (!checked.success) {
          const why = checked.error.issues[0]?.message ?? 'is not valid';
          ctx.issues.push({ code: 'custom', message: `key ${JSON.stringify(k.slice(0, 50))} ${why}`, input: k, path: [k] });
          continue;
        }
        const v = Object.getOwnPropertyDescriptor(input, k)?.value;
        const parsed = value.safeParse(v);
        if (parsed.success) out.set(k, parsed.data);
        else
          for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v, path: [k, ...issue.path] } as z.core.$ZodRawIssue);
      }
      return out;
    }),
  );
}

const balancesSchema = describeJson(
  ownRecord(idSchema, ownRecord(currencySchema, nonNegativeAmount, 'balances by currency'), 'balances by customer'),
  (render) => ({
    type: 'object',
    propertyNames: render(idSchema),
    additionalProperties: {
      type: 'object',
      propertyNames: render(currencySchema),
      additionalProperties: nonNegativeAmountJson(AMOUNT_JSON.literal, AMOUNT_JSON.max, false),
    },
  }),
);

/** A list of entry ids (payments credited, invoices paid, payouts made), read with its holes as errors. */
const idList = z.optional(z.array(idSchema));

/** The longest terms text a ledger keeps: an id (200), a currency, an amount (31 digits and a point) and a method. */
const MAX_TERMS_LENGTH = 300;
const TERMS_MESSAGE = `must be a text of 1 to ${MAX_TERMS_LENGTH} characters (what the entry was, e.g. 'c1: CHF 59.00')`;
const termsText = describeJson(
  z.custom<string>((v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_TERMS_LENGTH, TERMS_MESSAGE),
  () => ({ type: 'string', minLength: 1, maxLength: MAX_TERMS_LENGTH }),
);
const termsById = z.optional(
  describeJson(ownRecord(idSchema, termsText, 'terms by id'), (render) => ({
    type: 'object',
    propertyNames: render(idSchema),
    additionalProperties: render(termsText),
  })),
);
const termsSchema = z.optional(
  strictObject({ creditedPayments: termsById, payouts: termsById, incentiveOrders: termsById, paidInvoices: termsById }),
);

/**
 * zod schema: a {@link PrepaidLedger} or its JSON form, parsed into a ledger. A ledger instance
 * is read through its JSON form (as `moneySchema` does for Money), so one path checks both; so is
 * a ledger of another copy of the library, which becomes one of this copy.
 */
export const prepaidLedgerSchema = z.pipe(
  z.transform((v: unknown) =>
    isInstance(v, PrepaidLedger) ? (v as PrepaidLedger).toJSON() : isAnyPrepaidLedger(v) ? dataOf(v as object) : v,
  ),
  z.pipe(
    strictObject({
      balances: balancesSchema,
      creditedPayments: idList,
      paidInvoices: idList,
      payouts: idList,
      incentiveOrders: idList,
      reversals: idList,
      reversedPayments: idList,
      ownCustomerCredits: idList,
      staleCreditReferences: idList,
      terms: termsSchema,
    }),
    z.transform((json): PrepaidLedger => {
      const { balances, creditedPayments } = json;
      const map = new Map<string, Balance | undefined>();
      for (const [customer, byCurrency] of balances) {
        let head: Balance | undefined;
        for (const [currency, amount] of byCurrency) head = { currency, amount, next: head };
        map.set(customer, head);
      }
      const entries = entryIds();
      for (const kind of ENTRY_KINDS) for (const id of json[kind] ?? []) entries[kind].add(id);
      const terms = entryTerms();
      for (const kind of TERM_KINDS) for (const [id, text] of json.terms?.[kind] ?? []) terms[kind].set(id, text);
      return new PrepaidLedger(map, new Set(creditedPayments ?? []), [], entries, terms);
    }),
  ),
);
