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
  // Built field by field in this order (the order of the stored document), without a spread per
  // optional field: one object per payment.
  const json: Record<string, unknown> = { id: p.id, amount: p.amount.toJSON(), bookedAt: p.bookedAt.toISOString() };
  if (p.reference !== undefined) json.reference = p.reference;
  if (p.customer !== undefined) json.customer = p.customer;
  if (p.valueDate !== undefined) json.valueDate = p.valueDate.toISOString();
  if (p.debtorName !== undefined) json.debtorName = p.debtorName;
  if (p.referenceType !== undefined) json.referenceType = p.referenceType;
  if (p.message !== undefined) json.message = p.message;
  if (p.debtorIban !== undefined) json.debtorIban = p.debtorIban;
  if (p.charges !== undefined) json.charges = p.charges.toJSON();
  return json as unknown as PaymentInput;
}

/**
 * Whether two JSON-like values have the same JSON text (`JSON.stringify(a) === JSON.stringify(b)`
 * for the values a payment's JSON form holds: strings, numbers, booleans, null, plain objects
 * and arrays), compared without building either text: same keys in the same order, same values.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const protoA: unknown = Object.getPrototypeOf(a);
  const protoB: unknown = Object.getPrototypeOf(b);
  if ((protoA !== Object.prototype && protoA !== null) || (protoB !== Object.prototype && protoB !== null)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i += 1) {
    const key = keysA[i] as string;
    if (key !== keysB[i]) return false;
    const va = (a as Record<string, unknown>)[key];
    const vb = (b as Record<string, unknown>)[key];
    if (va === undefined || vb === undefined || !sameJson(va, vb)) return false;
  }
  return true;
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
  if (sameJson(record.payment, payment.json)) return true; // as this import writes it: the usual case
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
