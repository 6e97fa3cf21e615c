import { billingPolicyOf } from './billingPolicy.js';
import * as z from 'zod/mini';
import { decide, HostPolicyError, type Decision, type Reason, type RuleId, type SharedCode } from '../errors.js';
import { isInstance, parseInput } from '../internal/parse.js';
import { strictObject } from '../internal/checks.js';
import type { Money, MoneyInput } from '../money/index.js';
import type { PayoutMethod } from '../policy/index.js';
import { readInvoice } from './items.js';
import type { Invoice, InvoiceInput } from './model.js';
import { PrepaidLedger, type PrepaidLedgerInput } from './prepaidLedger.js';
import { idSchema, positiveMoneySchema, prepaidLedgerSchema } from './schema.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';
import { checkRetry, reuseOf, termsText } from './entryTerms.js';

let empty: PrepaidLedger | undefined;

/** What `settledBy` says of an invoice paid from the prepaid account. */
const PREPAID = 'prepaid';

/** @internal The shared empty ledger (ledgers are immutable). */
export function emptyLedger(): PrepaidLedger {
  empty ??= new PrepaidLedger(new Map(), new Set());
  return empty;
}

/**
 * A ledger with no accounts.
 * @example
 * ```ts
 * emptyPrepaidLedger().balance('c1', 'CHF').toString(); // 'CHF 0.00'
 * ```
 */
export function emptyPrepaidLedger(): PrepaidLedger {
  return emptyLedger();
}

/**
 * Reads a prepaid ledger from its JSON form (e.g. from storage).
 * @throws InvalidInputError (`INVALID_INPUT`) for a negative balance, an unknown currency, a bad id.
 * @example
 * ```ts
 * prepaidLedger({ balances: { c1: { CHF: '50.00' } } }).balance('c1', 'CHF').toString(); // 'CHF 50.00'
 * ```
 */
export function prepaidLedger(input: PrepaidLedgerInput): PrepaidLedger {
  return isInstance(input, PrepaidLedger) ? (input as PrepaidLedger) : parseInput(prepaidLedgerSchema, input, 'prepaid ledger', 'BIL-05');
}

function insufficient(ledger: PrepaidLedger, customer: string, amount: Money, rule: RuleId, what: string): Reason<SharedCode> | undefined {
  const balance = ledger.balance(customer, amount.currency);
  if (balance.compare(amount) >= 0) return undefined;
  return {
    code: 'INSUFFICIENT_PREPAID_BALANCE',
    rule,
    message:
      `The prepaid balance of ${customer} in ${amount.currency} is ${balance.toString()}, which does not cover ${what} of ` +
      `${amount.toString()}.`,
  };
}

/**
 * The invoice's id names another invoice the ledger paid (another customer or amount): paying this
 * one would pass for a retry of that payment and settle it without a debit (BIL-05). @internal
 */
export function reusedInvoiceId(ledger: PrepaidLedger, invoice: Invoice): Reason<SharedCode> | undefined {
  const reuse = reuseOf(ledger, 'paidInvoices', invoice.id, termsText(invoice.customer, invoice.amount));
  return reuse === undefined ? undefined : { code: 'DUPLICATE_INVOICE', rule: reuse.rule, message: reuse.message };
}

function invoiceReasons(ledger: PrepaidLedger, invoice: Invoice): Reason<SharedCode>[] {
  const reasons: Reason<SharedCode>[] = [];
  const reused = reusedInvoiceId(ledger, invoice);
  if (reused !== undefined) reasons.push(reused);
  if (invoice.settled)
    reasons.push({ code: 'INVOICE_ALREADY_SETTLED', rule: 'BIL-05', message: `Invoice ${invoice.id} is already settled.` });
  const short = insufficient(ledger, invoice.customer, invoice.amount, 'BIL-05', `invoice ${invoice.id}`);
  if (short !== undefined) reasons.push(short);
  return reasons;
}

/**
 * Whether an open invoice can be paid from the prepaid account (BIL-05): the balance in the
 * invoice's currency must cover its exact amount, and the invoice's id must not name another
 * invoice the ledger paid (`DUPLICATE_INVOICE`: another customer or amount). Lists every failed condition.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed ledger or invoice.
 * @example
 * ```ts
 * canPayFromPrepaid({ balances: { c1: { CHF: '50.00' } } },
 *   { id: 'I1', customer: 'c1', reference: 'RF18539007547034', amount: { amount: '80.00', currency: 'CHF' },
 *     issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' });
 * // { allowed: false, reasons: [{ code: 'INSUFFICIENT_PREPAID_BALANCE', rule: 'BIL-05', ... }] }
 * ```
 */
export function canPayFromPrepaid(ledger: PrepaidLedgerInput, invoice: InvoiceInput): Decision {
  return decide(invoiceReasons(prepaidLedger(ledger), readInvoice(invoice, ['invoice'])));
}

/**
 * Pays an open invoice from the customer's prepaid account (BIL-05). Idempotent by invoice id:
 * the ledger records the invoices it paid, with their customer and amount, so a retry with the
 * same invoice (as it was before the payment, or as settled by `'prepaid'`) returns the ledger
 * unchanged instead of debiting it twice. Another invoice with that id (another customer or
 * amount) is not a retry: `DUPLICATE_INVOICE`, nothing debited and nothing settled. (A ledger
 * written before it kept terms takes such an invoice for a retry, as it did.)
 *
 * @returns the ledger after the debit and the invoice, settled by `'prepaid'`.
 * @throws HostPolicyError `INSUFFICIENT_PREPAID_BALANCE`, `INVOICE_ALREADY_SETTLED` (BIL-05: the
 *   invoice was settled otherwise) or `DUPLICATE_INVOICE` (BIL-05: the ledger paid another invoice
 *   with this id; `details.recorded` says which); InvalidInputError for malformed input.
 * @example
 * ```ts
 * const { ledger, invoice } = payInvoiceFromPrepaid({ balances: { c1: { CHF: '100.00' } } },
 *   { id: 'I1', customer: 'c1', reference: 'RF18539007547034', amount: { amount: '80.00', currency: 'CHF' },
 *     issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' });
 * ledger.balance('c1', 'CHF').toString(); // 'CHF 20.00'
 * invoice.settled;                        // true
 * ```
 */
export function payInvoiceFromPrepaid(ledger: PrepaidLedgerInput, invoice: InvoiceInput): { ledger: PrepaidLedger; invoice: Invoice } {
  const current = prepaidLedger(ledger);
  const parsed = readInvoice(invoice, ['invoice']);
  const paid: Invoice = { ...parsed, settled: true, settledBy: PREPAID };
  if (current.hasPaidInvoice(parsed.id)) {
    // The same id with another customer or amount is another invoice, not a retry: DUPLICATE_INVOICE.
    checkRetry(current, 'paidInvoices', parsed.id, termsText(parsed.customer, parsed.amount));
    if (!parsed.settled || parsed.settledBy === PREPAID) return { ledger: current, invoice: paid };
  }
  const [first] = invoiceReasons(current, parsed);
  if (first !== undefined) throw new HostPolicyError(first.code, first.message, { rule: first.rule, details: { invoice: parsed.id } });
  const draft = current.draft();
  draft.debit(parsed.customer, parsed.amount, { invoice: parsed.id });
  return { ledger: draft.done(), invoice: paid };
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const creditSchema = strictObject({ customer: idSchema, amount: positiveMoneySchema, payment: z.optional(idSchema) });

/**
 * Credits the transfer of an order that was cancelled while the transfer was under way (BIL-09).
 * When the transfer's payment id is given, the credit is applied once: a payment the ledger
 * already credited (by this function or by a reconciliation) leaves it unchanged, and a later
 * reconciliation of that payment skips it. Without a payment id, every call credits. A payment id
 * this function credited before, given again with another customer or amount, is not a retry:
 * `DUPLICATE_PAYMENT` (an id credited by a reconciliation, or recorded by a ledger written before
 * the ledger kept terms, is taken for a retry as before).
 *
 * @throws HostPolicyError `DUPLICATE_PAYMENT` (BIL-09) for a payment id credited with other terms;
 *   InvalidInputError (`INVALID_INPUT`) for a zero or negative amount, one finer than the currency's minor
 *   unit (CHF 0.001), or a bad id.
 * @example
 * ```ts
 * creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, payment: 'P-7' })
 *   .balance('c1', 'CHF').toString(); // 'CHF 59.00'
 * ```
 */
export function creditCancelledOrder(
  ledger: PrepaidLedgerInput,
  transfer: { readonly customer: string; readonly amount: MoneyInput; readonly payment?: string },
): PrepaidLedger {
  const current = prepaidLedger(ledger);
  const { customer, amount, payment } = parseInput(creditSchema, transfer, 'cancelled order transfer', 'BIL-09');
  if (payment === undefined) {
    const draft = current.draft();
    draft.credit(customer, amount);
    return draft.done();
  }
  const terms = termsText(customer, amount);
  if (current.hasCredited(payment)) {
    checkRetry(current, 'creditedPayments', payment, terms);
    return current;
  }
  const draft = current.draft();
  draft.credit(customer, amount, payment);
  draft.recordTerms('creditedPayments', payment, terms);
  return draft.done();
}

/** A payout of a prepaid balance (BIL-09). */
export interface Payout {
  readonly customer: string;
  readonly amount: Money;
  readonly method: PayoutMethod;
  /** The caller's id of the payout, when one was given: the ledger makes each payout once. */
  readonly id?: string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const payoutSchema = strictObject({
  customer: idSchema,
  amount: positiveMoneySchema,
  method: z.enum(['bank-account', 'paypal']),
  id: z.optional(idSchema),
});

/**
 * Pays out part or all of a prepaid balance to a bank account or PayPal (BIL-09), never more than
 * the balance. The methods offered are policy data. Give the payout an `id` to make it
 * idempotent: a payout the ledger already made under that id is not debited again (the result
 * says `alreadyMade: true`, so the caller does not send the money twice either).
 *
 * A payout id given again with another customer, amount or method is not a retry: `DUPLICATE_PAYOUT`.
 *
 * @throws HostPolicyError `PAYOUT_ABOVE_BALANCE`, `PAYOUT_METHOD_NOT_OFFERED` or `DUPLICATE_PAYOUT` (BIL-09);
 *   InvalidInputError for a zero or negative amount, one finer than the currency's minor unit, or an unknown method.
 * @example
 * ```ts
 * const { ledger } = requestPayout({ balances: { c1: { CHF: '59.00' } } },
 *   { customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, method: 'paypal', id: 'PO-1' });
 * ledger.balance('c1', 'CHF').toString(); // 'CHF 0.00'
 * requestPayout(ledger, { customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, method: 'paypal', id: 'PO-1' })
 *   .alreadyMade; // true: the retry changes nothing
 * ```
 */
export function requestPayout(
  ledger: PrepaidLedgerInput,
  request: { readonly customer: string; readonly amount: MoneyInput; readonly method: PayoutMethod; readonly id?: string },
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): { ledger: PrepaidLedger; payout: Payout; alreadyMade: boolean } {
  const current = prepaidLedger(ledger);
  const { customer, amount, method, id } = parseInput(payoutSchema, request, 'payout request', 'BIL-09');
  const payout: Payout = { customer, amount, method, ...(id === undefined ? {} : { id }) };
  if (id !== undefined && current.hasPayout(id)) {
    checkRetry(current, 'payouts', id, termsText(customer, amount, method));
    return { ledger: current, payout, alreadyMade: true };
  }
  if (!billingPolicyOf(policy).data.payoutMethods.includes(method)) {
    throw new HostPolicyError('PAYOUT_METHOD_NOT_OFFERED', `Payouts to ${method} are not offered.`, {
      rule: 'BIL-09',
      details: { method },
    });
  }
  const short = insufficient(current, customer, amount, 'BIL-09', 'a payout');
  if (short !== undefined) {
    throw new HostPolicyError('PAYOUT_ABOVE_BALANCE', short.message, { rule: 'BIL-09', details: { customer, amount: amount.toJSON() } });
  }
  const draft = current.draft();
  draft.debit(customer, amount, id === undefined ? undefined : { payout: id });
  if (id !== undefined) draft.recordTerms('payouts', id, termsText(customer, amount, method));
  return { ledger: draft.done(), payout, alreadyMade: false };
}
