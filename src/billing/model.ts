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
  /** The kind of `reference` the bank reported: `QRR` (a QR reference) or `SCOR` (a creditor reference). */
  readonly referenceType?: ReferenceType;
  /** The debtor's unstructured remittance text (at most 500 characters). */
  readonly message?: string;
  /** The debtor's IBAN, compact (no spaces, upper case; at most 34 characters). */
  readonly debtorIban?: string;
  /** Charges the bank reported for the payment, in its currency, kept apart from `amount` (what was credited). */
  readonly charges?: Money;
}

/**
 * The kind of a payment's reference as a bank file names it (ISO 20022 `CdtrRefInf/Tp`): `QRR`
 * a QR reference, `SCOR` an ISO 11649 creditor reference.
 */
export type ReferenceType = 'QRR' | 'SCOR';

/** What callers pass for a payment; a `CamtPayment` of `hostpolicy/camt` is one as it is. */
export interface PaymentInput {
  readonly id: string;
  readonly reference?: string;
  readonly customer?: string;
  readonly amount: MoneyInput;
  readonly bookedAt: InstantInput;
  readonly valueDate?: InstantInput;
  readonly debtorName?: string;
  /** Needs `reference`, of that kind: `QRR` a QR reference, `SCOR` a creditor reference. */
  readonly referenceType?: ReferenceType;
  /** At most 500 characters. */
  readonly message?: string;
  /** A compact IBAN: two letters, two digits, then letters and digits, at most 34 in all. */
  readonly debtorIban?: string;
  /** Zero or more, in the currency of `amount`. */
  readonly charges?: MoneyInput;
}

/**
 * A booking the bank took back (ISO 20022 `RvslInd`): never a payment. A `debit` reversal
 * returns an earlier credit, a payment received; a `credit` reversal returns an earlier debit of
 * the provider's, which reconcile knows nothing of. See `reconcile()`'s `reversals`.
 *
 * @example
 * ```ts
 * const { reversal } = reconcile({ invoices: [], payments: [], reversals: [{ id: 'R-1', reference: 'RF18 5390 0754 7034',
 *   amount: { amount: '5.00', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z' }] }).reversed[0]!;
 * reversal.reference;  // 'RF18539007547034'
 * reversal.direction;  // 'debit'
 * ```
 */
export interface Reversal {
  readonly id: string;
  /** The id of the payment it takes back, when the caller knows it. */
  readonly reverses?: string;
  /** The reference of the payment taken back, compact. */
  readonly reference?: string;
  readonly referenceType?: ReferenceType;
  /** The customer whose prepaid account the payment was credited to, when the caller knows it. */
  readonly customer?: string;
  readonly amount: Money;
  readonly bookedAt: Date;
  readonly valueDate?: Date;
  readonly debtorName?: string;
  readonly message?: string;
  readonly debtorIban?: string;
  readonly charges?: Money;
  readonly direction: 'debit' | 'credit';
  /** Where it is in the bank file (a `CamtReversal`'s XML path), kept as given. */
  readonly path?: string;
}

/**
 * What callers pass for a reversal: the fields of a {@link PaymentInput} but `customer` (which
 * names the account the payment was credited to, if the caller knows it), and `reverses`,
 * `direction` (default `'debit'`) and `path`. A `CamtReversal` of `hostpolicy/camt` is one as it is.
 *
 * @example
 * ```ts
 * const reversal: ReversalInput = { id: 'R-1', reverses: 'P-1', amount: { amount: '120.00', currency: 'CHF' },
 *                                   bookedAt: '2026-03-25T00:00:00+01:00' };
 * reversal.direction; // undefined: a debit, the return of a payment received
 * ```
 */
export interface ReversalInput {
  readonly id: string;
  readonly reverses?: string;
  readonly reference?: string;
  readonly referenceType?: ReferenceType;
  readonly customer?: string;
  readonly amount: MoneyInput;
  readonly bookedAt: InstantInput;
  readonly valueDate?: InstantInput;
  readonly debtorName?: string;
  readonly message?: string;
  readonly debtorIban?: string;
  readonly charges?: MoneyInput;
  readonly direction?: 'debit' | 'credit';
  /** At most 1,000 characters. */
  readonly path?: string;
}
