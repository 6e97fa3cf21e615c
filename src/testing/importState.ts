import { isMoney, money, Money, parseMoney } from '../money/index.js';
import type { PaymentInput } from '../billing/index.js';
import type { Ports } from '../ports/ports.js';

/** One stored entity as plain JSON, with its version. */
export interface StoredEntry {
  readonly id: string;
  readonly version: number;
  readonly value: unknown;
}

/** Everything an import leaves in the store, as plain JSON sorted by id: comparable with `toEqual`. */
export interface ImportState {
  readonly invoices: readonly StoredEntry[];
  readonly prepaidLedgers: readonly StoredEntry[];
  readonly payments: readonly StoredEntry[];
}

type ImportStatePorts = Pick<Ports, 'invoices' | 'payments' | 'prepaidLedgers'>;

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const entries = (records: readonly { version: number; value: { id: string } }[]): StoredEntry[] =>
  records
    .map((r) => ({ id: r.value.id, version: r.version, value: plain(r.value) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The invoices, prepaid ledgers and payment records of a store, as plain JSON sorted by id, so
 * that the state after an interrupted and retried import can be compared with the state after an
 * import without faults.
 *
 * @example
 * ```ts
 * const state = await importState(ports);
 * state.payments.every((p) => (p.value as { outcome: { kind: string } }).outcome.kind !== 'pending'); // nothing left pending
 * ```
 * @throws what the ports' `list` throws.
 */
export async function importState(ports: ImportStatePorts): Promise<ImportState> {
  return {
    invoices: entries(await ports.invoices.list()),
    prepaidLedgers: entries(await ports.prepaidLedgers.list()),
    payments: entries(await ports.payments.list()),
  };
}

const add = (totals: Map<string, Money>, m: Money): void => {
  totals.set(m.currency, (totals.get(m.currency) ?? money(0, m.currency)).plus(m));
};
// A Money of another copy of the library (isMoney) is read through its JSON form by parseMoney.
const amountOf = (m: { amount: unknown; currency: string } | Money): Money =>
  m instanceof Money ? m : isMoney(m) ? parseMoney(m) : money(String(m.amount), m.currency);

/**
 * Where the money of these payments is, per currency: invoices they settled, every prepaid
 * balance, and payments kept unidentified. With prepaid balances that were zero before, it must
 * equal {@link receivedMoney} of the same payments, to the cent.
 *
 * @example
 * ```ts
 * const held = await heldMoney(ports, new Set(statement.map((p) => p.id)));
 * held.get('CHF')?.equals(receivedMoney(statement).get('CHF')!); // true: money conserved
 * ```
 * @throws what the ports' `list` throws.
 */
export async function heldMoney(ports: ImportStatePorts, paymentIds: ReadonlySet<string>): Promise<Map<string, Money>> {
  const totals = new Map<string, Money>();
  for (const { value } of await ports.invoices.list()) {
    const { settledBy, amount } = value.invoice;
    if (settledBy !== undefined && paymentIds.has(settledBy)) add(totals, amountOf(amount as Money));
  }
  for (const { value } of await ports.prepaidLedgers.list()) {
    for (const byCurrency of Object.values(value.ledger.balances))
      for (const [currency, amount] of Object.entries(byCurrency)) add(totals, money(amount, currency));
  }
  for (const { value } of await ports.payments.list()) {
    if (value.outcome.kind === 'unidentified' && paymentIds.has(value.id)) add(totals, amountOf(value.payment.amount as Money));
  }
  return totals;
}

/**
 * The money of a statement's payments per currency (each payment id once).
 *
 * @example
 * ```ts
 * const statement = [{ id: 'P1', amount: { amount: '5.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' }];
 * receivedMoney(statement).get('CHF')?.toString(); // 'CHF 5.00'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an amount that is not money.
 */
export function receivedMoney(payments: readonly PaymentInput[]): Map<string, Money> {
  const totals = new Map<string, Money>();
  for (const p of new Map(payments.map((p) => [p.id, p])).values()) add(totals, amountOf(p.amount as Money));
  return totals;
}
