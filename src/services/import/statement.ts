import * as z from 'zod/mini';
import { reconcile, paymentSchema, type Payment, type PaymentInput } from '../../billing/index.js';
import { parseInput } from '../../internal/parse.js';
import type { Policy } from '../../policy/index.js';
import type { AppliedOutcome, StoredPayment } from '../../ports/ports.js';
import type { Versioned } from '../../ports/repository.js';

/** The owner of a payment record while no customer is known: pending, without a customer of its own. */
const UNATTRIBUTED = 'unattributed';
/** The owner of an unidentified payment's record (BIL-04: kept, listed together). */
const UNIDENTIFIED = 'unidentified';

/** A payment of the statement, in the form the import works with. @internal */
export interface StatementPayment {
  readonly payment: Payment;
  /** Its JSON form, as stored in its payment record. */
  readonly json: PaymentInput;
}

/**
 * Validates the statement and returns its payments, deduplicated, in booking-time then id order:
 * the order in which they are applied. billing's `reconcile` with no invoices and no known
 * customer does all of it in one linear pass (every payment comes back unidentified, in that
 * order; an id listed twice with other contents is refused); only when it refuses the statement
 * does the detailed schema run, for an error that names the payment and field. @internal
 *
 * @example
 * ```ts
 * readStatement([p2, p1, p1], defaultPolicy).map((s) => s.payment.id); // ['P1', 'P2'] (booked in that order)
 * ```
 */
export function readStatement(payments: readonly PaymentInput[], policy: Policy): StatementPayment[] {
  let unique: readonly Payment[];
  try {
    unique = reconcile({ invoices: [], payments, policy }).unidentified;
  } catch (e) {
    parseInput(z.array(paymentSchema), payments, 'bank statement', 'BIL-04'); // the detailed error, if it is one of a payment
    throw e; // an id listed twice with other contents
  }
  return unique.map((payment) => ({ payment, json: paymentJSON(payment) }));
}

function paymentJSON(p: Payment): PaymentInput {
  return {
    id: p.id,
    amount: p.amount.toJSON(),
    bookedAt: p.bookedAt.toISOString(),
    ...(p.reference === undefined ? {} : { reference: p.reference }),
    ...(p.customer === undefined ? {} : { customer: p.customer }),
    ...(p.valueDate === undefined ? {} : { valueDate: p.valueDate.toISOString() }),
    ...(p.debtorName === undefined ? {} : { debtorName: p.debtorName }),
    ...(p.referenceType === undefined ? {} : { referenceType: p.referenceType }),
    ...(p.message === undefined ? {} : { message: p.message }),
    ...(p.debtorIban === undefined ? {} : { debtorIban: p.debtorIban }),
    ...(p.charges === undefined ? {} : { charges: p.charges.toJSON() }),
  };
}

/**
 * Whether a stored record is of this very payment (a bank never reuses an id for another one):
 * the same facts compared as values, so that a store that reorders keys or writes amounts in
 * another form (a JSON column) still recognises it. The comparison is billing's own: `reconcile`
 * refuses one id listed twice with different contents, and only that. @internal
 *
 * @example
 * ```ts
 * isSamePayment(stored.value, statementPayment); // true when the bank sent this payment before
 * ```
 */
export function isSamePayment(record: StoredPayment, payment: StatementPayment): boolean {
  if (JSON.stringify(record.payment) === JSON.stringify(payment.json)) return true; // as this import writes it: the usual case
  if ((record.payment as { id?: unknown }).id !== payment.payment.id) return false;
  try {
    reconcile({ invoices: [], payments: [record.payment, payment.payment] });
    return true;
  } catch {
    return false; // other contents, or a stored payment that is not one
  }
}

/**
 * The pending record of a payment, carrying the outcome planned for it (the intent log). @internal
 *
 * @example
 * ```ts
 * pendingRecord(p, { kind: 'unidentified' }).outcome; // { kind: 'pending', planned: { kind: 'unidentified' } }
 * ```
 */
export function pendingRecord(payment: StatementPayment, planned: AppliedOutcome): StoredPayment {
  return {
    id: payment.payment.id,
    owner: payment.payment.customer ?? UNATTRIBUTED,
    payment: payment.json,
    outcome: { kind: 'pending', planned },
  };
}

/**
 * The final record of a payment: listed under the customer it went to, or with the unidentified ones. @internal
 *
 * @example
 * ```ts
 * finalRecord(p, { kind: 'credited', customer: 'c1', cause: 'AMOUNT_MISMATCH' }).owner; // 'c1'
 * ```
 */
export function finalRecord(payment: StatementPayment, outcome: AppliedOutcome): StoredPayment {
  const owner =
    outcome.kind === 'settled' || outcome.kind === 'credited'
      ? outcome.customer
      : outcome.kind === 'unidentified'
        ? UNIDENTIFIED
        : (payment.payment.customer ?? UNATTRIBUTED);
  return { id: payment.payment.id, owner, payment: payment.json, outcome };
}

/** A payment of the statement not applied yet, with its stored record once there is one. @internal */
export interface OpenPayment extends StatementPayment {
  /** The pending record (`undefined`: none stored yet). */
  stored: Versioned<StoredPayment> | undefined;
}

/**
 * The outcome planned for an open payment by the import that stored its pending record, if any. @internal
 *
 * @example
 * ```ts
 * plannedOf({ ...p, stored: undefined }); // undefined: not claimed yet
 * ```
 */
export function plannedOf(open: OpenPayment): AppliedOutcome | undefined {
  const outcome = open.stored?.value.outcome;
  return outcome?.kind === 'pending' ? outcome.planned : undefined;
}
