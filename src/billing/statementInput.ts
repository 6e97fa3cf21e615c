import { InvalidInputError, type InputIssue } from '../errors.js';
import { HOLE, isInstance, parseInput, readError, readFields } from '../internal/parse.js';
import { requirePolicyObject } from '../internal/policyPart.js';
import type { Payment } from './model.js';
import { emptyLedger } from './prepaidFunctions.js';
import { PrepaidLedger } from './prepaidLedger.js';
import { sameCharges } from './reversalItems.js';
import { prepaidLedgerSchema } from './schema.js';

/**
 * The input of a reconciliation as both readers of it see it: the engine (engine/reconcileStatement.ts)
 * and the reference reconcile (rules/referenceReconcile.ts). Both raise the same errors, so the
 * envelope, the messages about holes and duplicates, and "the same payment" live here. @internal
 */
export const WHAT = 'reconciliation input';

/** The envelope, checked; the items are still raw (each reader reads them one by one). */
export interface Statement {
  readonly invoices: readonly unknown[];
  readonly payments: readonly unknown[];
  /** Empty when left out. */
  readonly reversals: readonly unknown[];
  readonly prepaid: PrepaidLedger;
  readonly customers: readonly string[];
}

const ENVELOPE_KEYS = ['invoices', 'payments', 'reversals', 'prepaid', 'customers', 'policy'];

/**
 * Reads the envelope strictly, as parseInput reads other inputs: own properties of a plain object,
 * no unknown key (a misspelled `customer` would silently drop the known customers), no hole in
 * `customers`, and what reading throws (a getter, a revoked Proxy) is `INVALID_INPUT`. The items
 * are read one by one later, each checked the same way.
 */
export function readStatement(input: unknown): Statement {
  let fields: Record<string, unknown>;
  try {
    fields = envelopeFields(input);
  } catch (e) {
    throw readError(WHAT, e);
  }
  const { invoices, payments, reversals, prepaid, customers } = fields;
  const ledger =
    prepaid === undefined
      ? emptyLedger()
      : isInstance(prepaid, PrepaidLedger)
        ? (prepaid as PrepaidLedger)
        : parseInput(prepaidLedgerSchema, prepaid, 'prepaid ledger', 'BIL-05');
  return {
    invoices: invoices as unknown[],
    payments: payments as unknown[],
    reversals: (reversals as unknown[] | undefined) ?? [],
    prepaid: ledger,
    customers: (customers as string[] | undefined) ?? [],
  };
}

/** The envelope's fields, checked but for the prepaid ledger (parsed by its schema) and the items. */
function envelopeFields(input: unknown): Record<string, unknown> {
  const issues: InputIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new InvalidInputError(WHAT, [{ path: [], message: 'must be an object with invoices and payments', code: 'custom' }]);
  const fields = readFields(input, ENVELOPE_KEYS, WHAT);
  const { invoices, payments, reversals, customers } = fields;
  if (!Array.isArray(invoices)) issues.push({ path: ['invoices'], message: 'must be an array of invoices', code: 'custom' });
  if (!Array.isArray(payments)) issues.push({ path: ['payments'], message: 'must be an array of payments', code: 'custom' });
  if (reversals !== undefined && !Array.isArray(reversals))
    issues.push({ path: ['reversals'], message: 'must be an array of reversals', code: 'custom' });
  if (customers !== undefined) {
    if (!Array.isArray(customers)) issues.push({ path: ['customers'], message: 'must be an array of customer ids', code: 'custom' });
    // An index loop: `every` skips holes, and a hole would reach the index as `undefined`.
    else
      for (let i = 0; i < customers.length; i += 1) {
        const c: unknown = customers[i];
        if (!Object.hasOwn(customers, i)) issues.push({ path: ['customers', i], message: HOLE, code: 'custom' });
        else if (typeof c !== 'string' || c.length === 0)
          issues.push({ path: ['customers', i], message: 'must be a customer id (a non-empty string)', code: 'custom' });
      }
  }
  if (issues.length > 0) throw new InvalidInputError(WHAT, issues);
  // No rule reads it today (see ReconcileInput.policy), but a policy that is not one is a mistake.
  if (fields['policy'] !== undefined) requirePolicyObject(fields['policy']);
  return fields;
}

/** A hole in a list of items is an error at its index (not a missing item silently skipped). */
export function hole(list: readonly unknown[], i: number, path: string): void {
  if (!Object.hasOwn(list, i)) throw new InvalidInputError(WHAT, [{ path: [path, i], message: HOLE, code: 'custom' }]);
}

/** Two invoices with one id. `first`: the index of the earlier one. */
export function duplicateInvoiceId(i: number, id: string, first: number): never {
  return duplicate(['invoices', i, 'id'], `duplicate invoice id '${id}' (also invoices[${first}])`);
}

/** Two invoices with one reference (BIL-01). */
export function duplicateReference(i: number, first: number): never {
  return duplicate(['invoices', i, 'reference'], `every invoice has its own reference; invoices[${first}] has the same (BIL-01)`);
}

/** One payment id with two contents (the same payment listed twice is not an error). */
export function conflictingPayment(i: number, id: string): never {
  return duplicate(['payments', i, 'id'], `payment id '${id}' is listed twice with different contents`);
}

/** One reversal id with two contents (the same reversal listed twice is not an error). */
export function conflictingReversal(i: number, id: string): never {
  return duplicate(['reversals', i, 'id'], `reversal id '${id}' is listed twice with different contents`);
}

function duplicate(path: PropertyKey[], message: string): never {
  throw new InvalidInputError(WHAT, [{ path, message, code: 'custom' }], 'BIL-01');
}

/** Whether two payments of one id are the same payment listed twice. */
export function samePayment(a: Payment, b: Payment): boolean {
  return (
    a.reference === b.reference &&
    a.customer === b.customer &&
    a.amount.equals(b.amount) &&
    a.bookedAt.getTime() === b.bookedAt.getTime() &&
    a.valueDate?.getTime() === b.valueDate?.getTime() &&
    a.debtorName === b.debtorName &&
    a.referenceType === b.referenceType &&
    a.message === b.message &&
    a.debtorIban === b.debtorIban &&
    sameCharges(a.charges, b.charges)
  );
}
