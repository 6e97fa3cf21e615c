import type { EntityCheck } from '../portResults.js';

/*
 * What the import requires of the entities the ports give it, beyond `{ id, owner }`: enough
 * that every later step reads defined fields of the right type. A failed check becomes a
 * `PORT_CONTRACT_VIOLATION` (see portResults.ts).
 */

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const CAUSES: ReadonlySet<unknown> = new Set(['STALE_REFERENCE', 'AMOUNT_MISMATCH', 'CURRENCY_MISMATCH', 'UNKNOWN_REFERENCE']);

function appliedOutcomeProblem(o: unknown): string | undefined {
  if (!isObject(o)) return 'must be an object';
  switch (o.kind) {
    case 'settled':
      return typeof o.invoice === 'string' && typeof o.customer === 'string' ? undefined : 'settled needs invoice and customer';
    case 'credited':
      return typeof o.customer === 'string' && CAUSES.has(o.cause) ? undefined : 'credited needs customer and a cause';
    case 'unidentified':
    case 'already-reconciled':
      return undefined;
    default:
      return `has the unknown kind ${JSON.stringify(String(o.kind))}`;
  }
}

/** A payment record: `payment` an object, `outcome` one of the known kinds (a pending one with a valid plan, if any). */
export const paymentRecordCheck: EntityCheck = (value) => {
  if (!isObject(value.payment)) return '.payment must be an object';
  const outcome = value.outcome;
  if (isObject(outcome) && outcome.kind === 'pending') {
    const problem = outcome.planned === undefined ? undefined : appliedOutcomeProblem(outcome.planned);
    return problem === undefined ? undefined : `.outcome.planned ${problem}`;
  }
  const problem = appliedOutcomeProblem(outcome);
  return problem === undefined ? undefined : `.outcome ${problem}`;
};

/**
 * An invoice record: `invoice` an object with the fields the import reads itself (id, customer,
 * reference, settled, settledBy) of the right types, its id the entity's. Amounts and dates are checked by
 * `reconcile`, which reads every invoice anyway; the import reports what it refuses as a
 * contract violation of the invoice port too (see plan.ts).
 */
export const invoiceRecordCheck: EntityCheck = (value) => {
  const invoice = value.invoice;
  if (!isObject(invoice)) return '.invoice must be an invoice object';
  for (const field of ['id', 'customer', 'reference'] as const)
    if (typeof invoice[field] !== 'string') return `.invoice.${field} must be a string`;
  // The import plans by invoice id and writes by entity id: they must name the same invoice.
  if (invoice.id !== value.id) return `.invoice.id must be the entity's id (${JSON.stringify(value.id)})`;
  if (invoice.settled !== undefined && typeof invoice.settled !== 'boolean') return '.invoice.settled must be a boolean';
  if (invoice.settledBy !== undefined && typeof invoice.settledBy !== 'string') return '.invoice.settledBy must be a string';
  if (typeof invoice.amount !== 'object' || invoice.amount === null) return '.invoice.amount must be money';
  return undefined;
};

/** A prepaid ledger record: `ledger.balances` customer → currency → amount string, `creditedPayments` strings. */
export const ledgerRecordCheck: EntityCheck = (value) => {
  const ledger = value.ledger;
  if (!isObject(ledger) || !isObject(ledger.balances)) return '.ledger.balances must be an object';
  for (const byCurrency of Object.values(ledger.balances)) {
    if (!isObject(byCurrency) || !Object.values(byCurrency).every((a) => typeof a === 'string'))
      return '.ledger.balances must map each customer to currency → amount strings';
  }
  if (ledger.creditedPayments !== undefined && !isStringArray(ledger.creditedPayments))
    return '.ledger.creditedPayments must be an array of payment ids';
  return undefined;
};
