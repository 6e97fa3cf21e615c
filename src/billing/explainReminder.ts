import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { InvalidInputError, type Reason, type RuleId } from '../errors.js';
import { isOurBill } from '../qrbill/isOurBill.js';
import { parseQrBill } from '../qrbill/parse.js';
import { parseInput, readFields } from '../internal/parse.js';
import type { Money, MoneyInput } from '../money/index.js';
import { instantSchema, type InstantInput } from './instant.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput } from './model.js';
import type { PrepaidLedgerInput } from './prepaidLedger.js';
import { decidePayment } from './rules/paymentRules.js';
import { reconcile, type CreditedPayment, type Reconciliation } from './reconcile.js';
import { referenceSchema } from './reference.js';
import { idSchema, positiveMoneySchema } from './schema.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';

/** The causes a questioned reminder can have (BIL-06, BIL-07). */
export type ReminderCauseCode =
  | 'NO_PAYMENT'
  | 'STALE_REFERENCE'
  | 'AMOUNT_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'CREDITED_TO_PREPAID'
  | 'CROSSED_PAYMENT'
  | 'NOT_OUR_INVOICE';

/** One cause, with the payment it is about when there is one. */
export interface ReminderCause extends Reason {
  readonly code: ReminderCauseCode;
  readonly payment?: string;
}

/** The reminder as the customer received it. */
export interface ReminderInput {
  readonly customer: string;
  readonly sentAt: InstantInput;
  /** The invoice id the reminder names. */
  readonly invoice?: string;
  /** The reference printed on the reminder. */
  readonly reference?: string;
  /** The amount the reminder asks for. */
  readonly amount?: MoneyInput;
  /** The payload of the QR-bill the reminder carries (the text of its Swiss QR Code): checked with `isOurBill`. */
  readonly qrBill?: string;
}

/** The options of {@link explainReminder}. */
export interface ExplainReminderInput {
  readonly reminder: ReminderInput;
  readonly invoices: readonly InvoiceInput[];
  readonly payments: readonly PaymentInput[];
  readonly prepaid?: PrepaidLedgerInput;
  /** Our accounts (IBAN or QR-IBAN): needed when the reminder carries a QR-bill. */
  readonly accounts?: readonly string[];
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const reminderSchema = strictObject({
  customer: idSchema,
  sentAt: instantSchema,
  invoice: z.optional(idSchema),
  reference: z.optional(referenceSchema),
  amount: z.optional(positiveMoneySchema),
  qrBill: z.optional(z.string()),
}).check(
  z.refine((r) => r.invoice !== undefined || r.reference !== undefined || r.qrBill !== undefined, {
    message: 'needs the invoice id, the reference or the QR-bill the reminder shows',
    path: ['invoice'],
  }),
);

interface Facts {
  readonly invoice?: Invoice;
  readonly payment?: Payment;
  readonly balance?: Money;
}

/** The wording and rule of each cause: one exhaustive table (adding a code fails to compile until handled). */
function describe(code: ReminderCauseCode, f: Facts): ReminderCause {
  const inv = f.invoice === undefined ? 'the invoice' : `invoice ${f.invoice.id}`;
  const pay =
    f.payment === undefined
      ? 'a payment'
      : `payment ${f.payment.id} (${f.payment.amount.toString()}, booked ${f.payment.bookedAt.toISOString()})`;
  const { rule, message } = match<ReminderCauseCode, { rule: RuleId; message: string }>(code)
    .with('NO_PAYMENT', () => ({ rule: 'BIL-07', message: `No payment for ${inv} has been received.` }))
    .with('STALE_REFERENCE', () => ({
      rule: 'BIL-03',
      message:
        `${cap(pay)} repeats the reference of an invoice that is already paid (a standing order?); each invoice has its own reference, ` +
        `so it did not settle ${inv}.`,
    }))
    .with('AMOUNT_MISMATCH', () => ({
      rule: 'BIL-04',
      message: `${cap(pay)} does not have the exact amount of ${inv} (${f.invoice?.amount.toString() ?? ''}).`,
    }))
    .with('CURRENCY_MISMATCH', () => ({
      rule: 'BIL-04',
      message: `${cap(pay)} is not in the currency of ${inv} (${f.invoice?.amount.currency ?? ''}).`,
    }))
    .with('CREDITED_TO_PREPAID', () => ({
      rule: 'BIL-05',
      message:
        f.balance !== undefined && f.invoice !== undefined && f.balance.compare(f.invoice.amount) >= 0
          ? `The money is on the prepaid account (balance ${f.balance.toString()}); ${inv} can be paid from it.`
          : `The money was credited to the prepaid account (balance in ${f.invoice?.amount.currency ?? 'the invoice currency'}: ` +
            `${f.balance?.toString() ?? 'none'}).`,
    }))
    .with('CROSSED_PAYMENT', () => ({ rule: 'BIL-06', message: `The reminder crossed ${pay}: it was booked after the reminder went out.` }))
    .with('NOT_OUR_INVOICE', () => ({
      rule: 'BIL-07',
      message: 'The reminder matches none of the customer’s invoices: it possibly did not come from the provider (phishing).',
    }))
    .exhaustive();
  return { code, rule, message, ...(f.payment === undefined ? {} : { payment: f.payment.id }) };
}

/**
 * Payments that an earlier reconciliation credited (the caller passed its result back in): their
 * cause is found again by the same table, against the invoice as it stood when the payment was
 * booked (open unless another payment booked before it had settled it).
 */
function earlierCredits(result: Reconciliation, payments: ReadonlyMap<string, Payment>): CreditedPayment[] {
  const byReference = new Map(result.invoices.map((i) => [i.reference, i]));
  const out: CreditedPayment[] = [];
  for (const payment of result.alreadyReconciled) {
    if (!result.prepaid.hasCredited(payment.id)) continue;
    const invoice = payment.reference === undefined ? undefined : byReference.get(payment.reference);
    const settler = invoice?.settledBy === undefined ? undefined : payments.get(invoice.settledBy);
    const settledBefore = invoice?.settled === true && (settler === undefined || settler.bookedAt.getTime() <= payment.bookedAt.getTime());
    const { outcome, cause } = decidePayment({
      seen: 'new',
      invoice: invoice === undefined ? 'none' : settledBefore ? 'settled' : 'open',
      sameCurrency: invoice !== undefined && invoice.amount.currency === payment.amount.currency,
      sameAmount: invoice?.amount.amount.equals(payment.amount.amount) === true,
      knownCustomer: payment.customer !== undefined,
    });
    const customer = payment.customer ?? invoice?.customer;
    if (customer !== undefined && outcome !== 'settle' && cause !== undefined) out.push({ payment, customer, cause });
  }
  return out;
}

/** NOT_OUR_INVOICE, with what tells the reminder's QR-bill from ours. */
function notOurBill(reasons: readonly Reason[]): ReminderCause {
  const base = describe('NOT_OUR_INVOICE', {});
  return { ...base, message: `${base.message} Its QR-bill is not ours: ${reasons.map((r) => r.message).join(' ')}` };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Explains why a customer received a reminder they question (BIL-06, BIL-07): the invoice it
 * names is looked up among the customer's invoices (by id or reference, and amount when given),
 * the payments are reconciled, and every cause found is listed:
 * `NOT_OUR_INVOICE` (matches none of the customer's invoices: possibly phishing), `CROSSED_PAYMENT`
 * (the payment that settled it, or one for it, was booked after the reminder was sent),
 * `STALE_REFERENCE`, `AMOUNT_MISMATCH`, `CURRENCY_MISMATCH` (a payment of the customer did not
 * settle it), `CREDITED_TO_PREPAID` (such money, or an earlier balance covering the invoice, is on
 * the prepaid account), or `NO_PAYMENT`. An empty list means the invoice was settled before the
 * reminder went out. When the reminder carries a QR-bill (`reminder.qrBill`, with our `accounts`),
 * the bill is checked first with `isOurBill`: a bill that is not ours (another account, a reference
 * or amount of none of our invoices, or no valid QR-bill at all) is `NOT_OUR_INVOICE`, with why.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for malformed input (see {@link reconcile}).
 * @example
 * ```ts
 * explainReminder({
 *   reminder: { customer: 'c1', sentAt: '2026-04-10T06:00:00Z', invoice: 'I1' },
 *   invoices: [{ id: 'I1', customer: 'c1', reference: 'RF18539007547034',
 *     amount: { amount: '80.00', currency: 'CHF' }, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' }],
 *   payments: [{ id: 'P1', reference: 'RF18539007547034', amount: { amount: '80.00', currency: 'CHF' },
 *     bookedAt: '2026-04-10T09:00:00Z' }],
 * }).causes.map((c) => c.code); // ['CROSSED_PAYMENT']
 * ```
 */
export function explainReminder(input: ExplainReminderInput, policy: BillingPolicyParts = BILLING_DEFAULTS): { causes: ReminderCause[] } {
  // Read strictly (a misspelled `prepaid` would be ignored); each field has its own validator.
  const {
    reminder: rawReminder,
    invoices,
    payments,
    prepaid,
    accounts,
  } = readFields(input, ['reminder', 'invoices', 'payments', 'prepaid', 'accounts'], 'reminder input', 'BIL-07');
  const parsedReminder = parseInput(reminderSchema, rawReminder, 'reminder', 'BIL-07');
  let reminder: typeof parsedReminder = parsedReminder;
  if (parsedReminder.qrBill !== undefined) {
    // The bill decides what the reminder is about; one that is not ours is the whole answer (BIL-07).
    if (accounts === undefined)
      throw new InvalidInputError(
        'reminder input',
        [{ path: ['accounts'], message: 'is needed to check the QR-bill of the reminder (our IBANs)', code: 'custom' }],
        'BIL-07',
      );
    const decision = isOurBill(parsedReminder.qrBill, {
      accounts: accounts as readonly string[],
      invoices: invoices as readonly InvoiceInput[],
    });
    if (!decision.allowed) return { causes: [notOurBill(decision.reasons)] };
    const bill = parseQrBill(parsedReminder.qrBill);
    if (bill.ok) reminder = { ...parsedReminder, reference: bill.bill.reference as string };
  }
  const result = reconcile({
    invoices: invoices as ExplainReminderInput['invoices'],
    payments: payments as ExplainReminderInput['payments'],
    ...(prepaid === undefined ? {} : { prepaid: prepaid as NonNullable<ExplainReminderInput['prepaid']> }),
    customers: [reminder.customer],
    policy,
  });
  const target = result.invoices.find(
    (i) =>
      i.customer === reminder.customer &&
      (reminder.invoice === undefined || i.id === reminder.invoice) &&
      (reminder.reference === undefined || i.reference === reminder.reference) &&
      (reminder.amount === undefined || i.amount.equals(reminder.amount)),
  );
  if (target === undefined) return { causes: [describe('NOT_OUR_INVOICE', {})] };

  const byId = new Map<string, Payment>();
  for (const p of [...result.settled.map((s) => s.payment), ...result.credited.map((c) => c.payment), ...result.alreadyReconciled])
    byId.set(p.id, p);
  const sent = reminder.sentAt.getTime();
  const causes: ReminderCause[] = [];

  if (target.settled) {
    const payment = target.settledBy === undefined ? undefined : byId.get(target.settledBy);
    if (payment !== undefined && payment.bookedAt.getTime() > sent) causes.push(describe('CROSSED_PAYMENT', { invoice: target, payment }));
    return { causes };
  }

  // Payments of this customer that did not settle the invoice, and why (BIL-03, BIL-04).
  let creditedSome = false;
  for (const { payment, customer, cause } of [...result.credited, ...earlierCredits(result, byId)]) {
    if (customer !== reminder.customer) continue;
    const aboutTarget = payment.reference === target.reference;
    const code = match(cause)
      .with('STALE_REFERENCE', () => 'STALE_REFERENCE' as const)
      .with('AMOUNT_MISMATCH', () => (aboutTarget ? ('AMOUNT_MISMATCH' as const) : undefined))
      .with('CURRENCY_MISMATCH', () => (aboutTarget ? ('CURRENCY_MISMATCH' as const) : undefined))
      .with('UNKNOWN_REFERENCE', () => undefined)
      .exhaustive();
    if (code !== undefined) causes.push(describe(code, { invoice: target, payment }));
    if (aboutTarget && payment.bookedAt.getTime() > sent) causes.push(describe('CROSSED_PAYMENT', { invoice: target, payment }));
    creditedSome = true;
  }
  const balance = result.prepaid.balance(reminder.customer, target.amount.currency);
  if (creditedSome || balance.compare(target.amount) >= 0) causes.push(describe('CREDITED_TO_PREPAID', { invoice: target, balance }));
  if (causes.length === 0) causes.push(describe('NO_PAYMENT', { invoice: target }));
  return { causes };
}
