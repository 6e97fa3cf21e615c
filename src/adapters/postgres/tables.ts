import { HostPolicyError } from '../../errors.js';
import { referenceKey } from '../../ports/invoices.js';
import type { Entity } from '../../ports/repository.js';
import { run, type SqlPool } from './client.js';
import { storable, wellFormed, type Column, type Table } from './repository.js';

/*
 * The tables of the schema (migrations.ts) and the typed columns the adapter extracts from each
 * stored value. An extraction never refuses a value the memory adapter would store: a field that
 * is missing or not of the expected form gives `null` (the repository contract stores entities of
 * any shape through every port); only the ledger's balance rule refuses (BIL-05).
 */

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own field of an object (`undefined` for anything else), one or two levels down; no rest array per call. */
const own = (at: unknown, key: string): unknown => (isObject(at) && Object.hasOwn(at, key) ? at[key] : undefined);
const field = (v: unknown, key: string, inner?: string): unknown => (inner === undefined ? own(v, key) : own(own(v, key), inner));
/** A decimal numeral PostgreSQL's numeric takes as it is (bounded quantifiers: no backtracking). */
const DECIMAL = /^-?\d{1,40}(\.\d{1,40})?$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && storable(v) ? v : null);
const decimal = (v: unknown): string | null =>
  typeof v === 'string' && DECIMAL.test(v) ? v : typeof v === 'number' && Number.isFinite(v) && DECIMAL.test(String(v)) ? String(v) : null;
/** An instant as the UTC ISO string of the Date it denotes (years 1–9999), so PostgreSQL reads what JavaScript read. */
const instant = (v: unknown): string | null => {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'string' && ISO_INSTANT.test(v) ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) && !iso.startsWith('0000') ? iso : null;
};
const amountOf = (m: unknown): { amount: string | null; currency: string | null } => {
  const json = isObject(m) && typeof (m as { toJSON?: unknown }).toJSON === 'function' ? (m as { toJSON: () => unknown }).toJSON() : m;
  return { amount: decimal(field(json, 'amount')), currency: text(field(json, 'currency')) };
};
const column = (name: string, type: Column['type'], extract: Column['extract'], unique = false): Column => ({
  name,
  type,
  extract,
  unique,
});

/** The compact reference of a stored invoice, if it has one that can be stored. @internal */
export function invoiceReferenceKey(value: unknown): string | null {
  const reference = field(value, 'invoice', 'reference');
  if (typeof reference !== 'string' || !wellFormed(reference) || reference.length > MAX_REFERENCE_INPUT) return null;
  const key = referenceKey(reference);
  return storable(key) ? key : null;
}
/** A reference longer than this is no reference (a QR reference has 27 characters): not indexed. */
const MAX_REFERENCE_INPUT = 5000;

/** Tables of ports without typed columns of their own. @internal */
export const plainTable = (name: string): Table => ({ name, columns: [] });

/** Invoices: compact reference (unique, BIL-01), customer, amount, whether and by which payment settled. @internal */
export const invoiceTable: Table = {
  name: 'hp_invoices',
  columns: [
    column('reference_key', 'text', invoiceReferenceKey, true),
    column('customer', 'text', (v) => text(field(v, 'invoice', 'customer'))),
    column('amount', 'numeric', (v) => amountOf(field(v, 'invoice', 'amount')).amount),
    column('currency', 'text', (v) => amountOf(field(v, 'invoice', 'amount')).currency),
    column('settled', 'boolean', (v) => field(v, 'invoice', 'settled') === true),
    column('settled_by', 'text', (v) => text(field(v, 'invoice', 'settledBy'))),
  ],
  async duplicate(db: SqlPool, value: Entity, cause: unknown): Promise<HostPolicyError | undefined> {
    const key = invoiceReferenceKey(value);
    if (key === null) return undefined;
    const rows = await run(db, 'SELECT id FROM hp_invoices WHERE reference_key = $1 AND id <> $2', [key, value.id], 'put');
    const holder = rows[0]?.id;
    if (typeof holder !== 'string') return undefined;
    return new HostPolicyError(
      'DUPLICATE_REFERENCE',
      `Invoice ${holder} already has the reference ${key}: every invoice has its own (BIL-01).`,
      {
        rule: 'BIL-01',
        ...(cause === undefined ? {} : { cause }),
        details: { id: value.id, reference: key, heldBy: holder },
      },
    );
  },
};

const OUTCOMES: ReadonlySet<unknown> = new Set(['pending', 'settled', 'credited', 'unidentified', 'already-reconciled']);

/** Payment records: outcome, amount, booking instant, the invoice settled, the customer. @internal */
export const paymentTable: Table = {
  name: 'hp_payments',
  columns: [
    column('outcome', 'text', (v) => {
      const kind = field(v, 'outcome', 'kind');
      return OUTCOMES.has(kind) ? (kind as string) : null;
    }),
    column('amount', 'numeric', (v) => amountOf(field(v, 'payment', 'amount')).amount),
    column('currency', 'text', (v) => amountOf(field(v, 'payment', 'amount')).currency),
    column('booked_at', 'timestamptz', (v) => instant(field(v, 'payment', 'bookedAt'))),
    column('invoice_id', 'text', (v) => (field(v, 'outcome', 'kind') === 'settled' ? text(field(v, 'outcome', 'invoice')) : null)),
    column('customer', 'text', (v) => text(field(v, 'outcome', 'customer')) ?? text(field(v, 'payment', 'customer'))),
  ],
};

/** The smallest balance of a ledger, `null` when it has none. */
function minBalance(v: unknown): string | null {
  const balances = field(v, 'ledger', 'balances');
  if (!isObject(balances)) return null;
  let least: string | null = null;
  for (const byCurrency of Object.values(balances)) {
    if (!isObject(byCurrency)) continue;
    for (const amount of Object.values(byCurrency)) {
      const d = decimal(amount);
      if (d !== null && (least === null || compareDecimal(d, least) < 0)) least = d;
    }
  }
  return least;
}

/** Compares two decimal numerals exactly, by sign, then integer digits, then fraction digits. */
function compareDecimal(a: string, b: string): number {
  const neg = (s: string): boolean => s.startsWith('-') && /[1-9]/.test(s);
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const parts = (s: string): [string, string] => {
    const [i = '0', f = ''] = s.replace('-', '').split('.');
    return [i.replace(/^0+(?=\d)/, ''), f.replace(/0+$/, '')];
  };
  const [ai, af] = parts(a);
  const [bi, bf] = parts(b);
  const magnitude =
    ai.length !== bi.length
      ? ai.length - bi.length
      : ai !== bi
        ? ai < bi
          ? -1
          : 1
        : af === bf
          ? 0
          : af.padEnd(bf.length, '0') < bf.padEnd(af.length, '0')
            ? -1
            : 1;
  return neg(a) ? -magnitude : magnitude;
}

/** Prepaid ledgers: the smallest balance, never negative (a CHECK; refused here first, BIL-05). @internal */
export const ledgerTable: Table = {
  name: 'hp_prepaid_ledgers',
  columns: [column('min_balance', 'numeric', minBalance)],
  check(value) {
    const least = minBalance(value);
    if (least !== null && compareDecimal(least, '0') < 0) {
      throw new HostPolicyError(
        'INSUFFICIENT_PREPAID_BALANCE',
        `A prepaid balance of ${least} cannot be stored: no balance is ever negative (BIL-05).`,
        {
          rule: 'BIL-05',
          details: { balance: least },
        },
      );
    }
  },
};
