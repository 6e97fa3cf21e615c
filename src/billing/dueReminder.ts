import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { Money } from '../money/index.js';
import { billingPolicyOf } from './billingPolicy.js';
import { instantSchema, type InstantInput } from './instant.js';
import { readInvoice, readPayment } from './items.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput } from './model.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';

/** A reminder step that is due (BIL-08). */
export interface DueReminder {
  readonly step: number;
  readonly name: string;
  readonly daysAfterDue: number;
  /** The moment from which this step is due. */
  readonly dueSince: Date;
  /** The reminder fee in the invoice's currency, when the step has one. */
  readonly fee?: Money;
  /** True when the policy marks the step's figures as illustrative. */
  readonly illustrative: boolean;
}

/** Whether a known payment covers the invoice: its reference, exactly its amount and currency. @internal */
export function covers(payment: Payment, invoice: Invoice): boolean {
  return payment.reference === invoice.reference && payment.amount.equals(invoice.amount);
}

/**
 * Which reminder step is due for an invoice at `now` (BIL-08): the last step whose delay after the
 * due date has passed, counted in calendar days in the policy's time zone (Europe/Zurich by
 * default, so a DST change does not shift the day). `null` when none is due: before the first
 * step, when the invoice is settled, or while a payment covering it is known (its reference, its
 * exact amount and currency), even if not yet reconciled. The default steps are illustrative.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed invoice, payment or instant.
 * @example
 * ```ts
 * const invoice = { id: 'I1', customer: 'c1', reference: 'RF18539007547034',
 *   amount: { amount: '80.00', currency: 'CHF' }, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' };
 * dueReminder(invoice, [], '2026-04-15T08:00:00Z')?.step; // 1 (10 days after the due date, illustrative)
 * dueReminder(invoice, [], '2026-04-05T08:00:00Z');       // null
 * ```
 */
export function dueReminder(
  invoice: InvoiceInput,
  payments: readonly PaymentInput[],
  now: InstantInput,
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): DueReminder | null {
  const parsed = readInvoice(invoice, ['invoice'], 'reminder input');
  if (!Array.isArray(payments))
    throw new InvalidInputError('reminder input', [{ path: ['payments'], message: 'must be an array of payments', code: 'custom' }]);
  // Array.from visits every index: map would skip a hole, and with it a payment check.
  const known = Array.from(payments, (p, i) => readPayment(p, ['payments', i], 'reminder input'));
  const at = parseInput(instantSchema, now, 'reminder time').getTime();
  if (parsed.settled || known.some((p) => covers(p, parsed))) return null;
  const billing = billingPolicyOf(policy);
  const due = new TZDate(parsed.dueAt.getTime(), billing.data.timeZone);
  let result: DueReminder | null = null;
  for (const step of billing.steps) {
    const since = addDays(due, step.daysAfterDue);
    if (since.getTime() > at) break;
    const fee = step.fees.get(parsed.amount.currency);
    result = {
      step: step.step,
      name: step.name,
      daysAfterDue: step.daysAfterDue,
      dueSince: new Date(since.getTime()),
      illustrative: step.illustrative,
      ...(fee === undefined || fee.isZero() ? {} : { fee }),
    };
  }
  return result;
}
