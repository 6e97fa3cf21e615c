import type { Money, MoneyInput } from '../money/index.js';
import type { InstantInput } from './instant.js';

/**
 * An invoice as the library reads it (BIL-01, BIL-02): its own reference, an exact amount, and
 * whether it is settled. Values are plain data: `JSON.stringify` and back gives valid input.
 *
 * Its dates (and a {@link Payment}'s) are read-only `Date`s, shared by every invoice and payment
 * of the same instant: a setter throws `READONLY_INSTANT`; `new Date(d)` or date-fns give a copy
 * that can change.
 */
export interface Invoice {
  readonly id: string;
  readonly customer: string;
  /** The QR or creditor reference in compact form (no spaces, upper case). */
  readonly reference: string;
  readonly amount: Money;
  readonly issuedAt: Date;
  readonly dueAt: Date;
  readonly settled: boolean;
  /** What settled it: a payment id, or `'prepaid'` (BIL-05). Lets a second reconciliation skip it. */
  readonly settledBy?: string;
}

/** What callers pass for an invoice. */
export interface InvoiceInput {
  readonly id: string;
  readonly customer: string;
  /** A QR reference or a creditor reference; spaces and lower case are accepted. */
  readonly reference: string;
  readonly amount: MoneyInput;
  readonly issuedAt: InstantInput;
  readonly dueAt: InstantInput;
  readonly settled?: boolean;
  readonly settledBy?: string;
}

/** A payment received on the provider's account, as read from a bank statement. */
export interface Payment {
  readonly id: string;
  /** The reference the debtor gave, compact; absent when none was given. */
  readonly reference?: string;
  /** The customer, when the bank or the provider already attributed the payment. */
  readonly customer?: string;
  readonly amount: Money;
  /** When the bank booked it on the provider's account. */
  readonly bookedAt: Date;
  /** The value date the debtor's bank gave, when known. */
  readonly valueDate?: Date;
  readonly debtorName?: string;
}

/** What callers pass for a payment. */
export interface PaymentInput {
  readonly id: string;
  readonly reference?: string;
  readonly customer?: string;
  readonly amount: MoneyInput;
  readonly bookedAt: InstantInput;
  readonly valueDate?: InstantInput;
  readonly debtorName?: string;
}
