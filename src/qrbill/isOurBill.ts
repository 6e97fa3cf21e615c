import * as z from 'zod/mini';
import { invoiceSchema } from '../billing/schema.js';
import type { Invoice, InvoiceInput } from '../billing/model.js';
import { decide, HostPolicyError, isHostPolicyError, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { listOf, strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { money } from '../money/index.js';
import { compactIban } from './iban.js';
import { parseQrBill } from './parse.js';

/**
 * What we know of our own bills: the accounts we receive on, and our invoices — given as a list,
 * or found by reference with `lookup` (read them from storage first, e.g. with
 * `invoices.findByReferences`, when that is asynchronous).
 */
export type OurBills =
  | { readonly accounts: readonly string[]; readonly invoices: readonly InvoiceInput[] }
  | { readonly accounts: readonly string[]; readonly lookup: (reference: string) => InvoiceInput | undefined };

/** Our accounts: a handful, each an IBAN as people write it. */
const accountsSchema = listOf(z.string().check(z.refine((s) => s.length > 0 && s.length <= 42, 'must be an IBAN')), 1, 100, 'accounts');
const listSchema = strictObject({ accounts: accountsSchema, invoices: listOf(invoiceSchema, 0, 1_000_000, 'invoices') });
const lookupSchema = strictObject({
  accounts: accountsSchema,
  lookup: z.custom<(reference: string) => unknown>((v) => typeof v === 'function', 'must be a function'),
});

const reason = (code: ReasonCode, message: string): Reason => ({ code, rule: 'BIL-07', message });

/** The invoice a reference names, through the caller's lookup (its answer is checked like any input). */
function lookedUp(lookup: (reference: string) => unknown, reference: string): Invoice | undefined {
  let found: unknown;
  try {
    found = lookup(reference);
  } catch (e) {
    if (isHostPolicyError(e)) throw e;
    throw new HostPolicyError(
      'LOOKUP_FAILED',
      `The invoice lookup failed for reference ${reference}: ${e instanceof Error ? e.message : 'unknown error'}`,
      { rule: 'BIL-07', cause: e },
    );
  }
  return found === undefined ? undefined : parseInput(invoiceSchema, found, 'invoice found by lookup', 'BIL-07');
}

/**
 * Tells a genuine bill of ours from one that is not (BIL-07: a reminder or bill that possibly did
 * not come from the provider): the payload must be a valid QR-bill (QRB-01..09), pay one of our
 * accounts, carry the reference of one of our invoices, and ask for exactly that invoice's amount.
 * Every failed condition is listed: `NOT_OUR_ACCOUNT`, `NOT_OUR_REFERENCE`, `NOT_OUR_AMOUNT`, or
 * the QR-bill's own errors.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a payload that is not a string or malformed
 *   accounts, invoices or lookup answers; HostPolicyError `LOOKUP_FAILED` when the lookup throws.
 * @example
 * ```ts
 * const ours = { accounts: ['CH44 3199 9123 0008 8901 2'], invoices: [{ id: 'I-3139', customer: 'c1',
 *   reference: '210000000003139471430009017', amount: { amount: '1949.75', currency: 'CHF' },
 *   issuedAt: '2026-06-18T00:00:00Z', dueAt: '2026-07-18T00:00:00Z' }] };
 * const payload = ['SPC', '0200', '1', 'CH4431999123000889012', 'S', 'Robert Schneider AG', 'Rue du Lac', '1268',
 *   '2501', 'Biel', 'CH', '', '', '', '', '', '', '', '1949.75', 'CHF', '', '', '', '', '', '', '',
 *   'QRR', '210000000003139471430009017', '', 'EPD'].join('\n');
 * isOurBill(payload, ours); // { allowed: true }
 * ```
 */
export function isOurBill(payload: string, ours: OurBills): Decision {
  const read = parseQrBill(payload);
  const byLookup = typeof ours === 'object' && ours !== null && Object.hasOwn(ours, 'lookup');
  const known = byLookup ? parseInput(lookupSchema, ours, 'our bills', 'BIL-07') : parseInput(listSchema, ours, 'our bills', 'BIL-07');
  if (!read.ok) return decide(read.errors.map(({ code, rule, message }) => ({ code, rule, message })));
  const bill = read.bill;
  const reasons: Reason[] = [];
  if (!known.accounts.some((a) => compactIban(a) === bill.account)) {
    reasons.push(reason('NOT_OUR_ACCOUNT', `The bill pays account ${bill.account}, which is not one of ours.`));
  }
  let invoice: Invoice | undefined;
  if (bill.reference !== undefined) {
    invoice =
      'lookup' in known
        ? lookedUp(known.lookup, bill.reference)
        : (known.invoices as Invoice[]).find((i) => i.reference === bill.reference);
    if (invoice !== undefined && invoice.reference !== bill.reference) invoice = undefined; // a lookup that answers another invoice
  }
  if (invoice === undefined) {
    reasons.push(
      reason(
        'NOT_OUR_REFERENCE',
        bill.reference === undefined
          ? 'The bill has no reference; every bill of ours carries its invoice’s reference.'
          : `The reference ${bill.reference} is not the reference of any of our invoices.`,
      ),
    );
  } else if (bill.amount === undefined) {
    reasons.push(
      reason(
        'NOT_OUR_AMOUNT',
        `The bill leaves the amount open; our bill for invoice ${invoice.id} asks for ${invoice.amount.toString()}.`,
      ),
    );
  } else if (!money(bill.amount.amount, bill.amount.currency).equals(invoice.amount)) {
    reasons.push(
      reason(
        'NOT_OUR_AMOUNT',
        `The bill asks for ${bill.amount.currency} ${bill.amount.amount}; our invoice ${invoice.id} is for ${invoice.amount.toString()}.`,
      ),
    );
  }
  return decide(reasons);
}
