import type { Money } from '../money/index.js';
import { type Issues, raise, readBankItemFields, readExtras, readItem, setBankItemOptionals } from './items.js';
import { DIRECTION_MESSAGE, ID_MESSAGE, isDirection, isId, isPath, PATH_MESSAGE, REVERSAL_KEYS } from './itemRules.js';
import type { Reversal } from './model.js';

/**
 * Validates one reversal (see `ReconcileInput.reversals`), as `readPayment` validates a payment:
 * every field checked, each problem an issue with its path, what reading throws an
 * `InvalidInputError`. `reversalSchema` (schema.ts) is the zod equivalent; a property test keeps
 * both in agreement. Reversals are few (a handful per statement), so there is no fast path.
 * The fields come in one order: `id`, `amount`, `bookedAt`, `direction`, then those given. @internal
 */
export function readReversal(v: unknown, path: readonly PropertyKey[], what = 'reversal'): Reversal {
  return readItem(v, path, what, REVERSAL_FRAME, readReversalFields);
}

const REVERSAL_FRAME = { noun: 'a reversal object', keys: REVERSAL_KEYS, rule: 'BIL-04' } as const;

function readReversalFields(v: Record<string, unknown>, path: readonly PropertyKey[], what: string, issues: Issues): Reversal {
  const { reverses, direction } = v;
  const fields = readBankItemFields(v, path, issues);
  if (reverses !== undefined && !isId(reverses)) issues.add(path, 'reverses', ID_MESSAGE);
  if (direction !== undefined && !isDirection(direction)) issues.add(path, 'direction', DIRECTION_MESSAGE);
  if (v['path'] !== undefined && !isPath(v['path'])) issues.add(path, 'path', PATH_MESSAGE);
  const extras = readExtras(v, path, issues, fields.reference, fields.amount);
  if (issues.list !== undefined) raise(what, issues, 'BIL-04');
  const reversal: { -readonly [K in keyof Reversal]: Reversal[K] } = {
    id: fields.id,
    amount: fields.amount as Money,
    bookedAt: fields.bookedAt as Date,
    direction: direction === 'credit' ? 'credit' : 'debit',
  };
  if (reverses !== undefined) reversal.reverses = reverses as string;
  setBankItemOptionals(reversal, fields);
  if (extras !== undefined) Object.assign(reversal, extras);
  if (v['path'] !== undefined) reversal.path = v['path'] as string;
  return reversal;
}

/** Whether two reversals of one id are the same reversal listed twice. @internal */
export function sameReversal(a: Reversal, b: Reversal): boolean {
  return (
    a.direction === b.direction &&
    a.reverses === b.reverses &&
    a.reference === b.reference &&
    a.referenceType === b.referenceType &&
    a.customer === b.customer &&
    a.amount.equals(b.amount) &&
    a.bookedAt.getTime() === b.bookedAt.getTime() &&
    a.valueDate?.getTime() === b.valueDate?.getTime() &&
    a.debtorName === b.debtorName &&
    a.message === b.message &&
    a.debtorIban === b.debtorIban &&
    sameCharges(a.charges, b.charges) &&
    a.path === b.path
  );
}

/** Charges compare as money (`2.5` = `2.50`), and none only equals none. @internal */
export function sameCharges(a: Money | undefined, b: Money | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.equals(b);
}
