/**
 * What the camt reader must return for a described document (camtSpecDoc.ts), computed from the
 * description alone, by the contract in the lead's camt spec (issue 17), without the reader's code:
 * booked credits become payments (one per `TxDtls`, or per entry without details), reversals and
 * debits are reported apart, pending entries are skipped whole, and the totals per currency keep
 * entries = payments + reversals + debits + skipped, to the minor unit (decimal.js).
 *
 * Modelled skip codes: NOT_BOOKED, MISSING_ID, BATCH_SUM_MISMATCH, DUPLICATE_TRANSACTION,
 * REPEATED_TRANSACTION. A description outside that (an unreadable amount, a transaction in another
 * currency than its entry, an empty batch, a text over its ISO 20022 maximum) is refused with an
 * Error: this oracle does not guess what the reader does with it.
 *
 * Choices where the contract is silent (to be kept in step with the reader):
 * - a pending entry is one skipped item `…/Ntry[k]/Sts` with the entry's amount and AcctSvcrRef as id;
 * - a reversal or a debit is one item per `TxDtls` (path `…/TxDtls[n]`), or per entry without details
 *   (path `…/Ntry[k]`);
 * - MISSING_ID names the transaction `…/TxDtls[n]`, or the entry `…/Ntry[k]` without details;
 * - BATCH_SUM_MISMATCH is `…/Ntry[k]/Amt` with amount = entry − sum of its transactions, signed;
 *   in a batch entry it comes after an item without amount for `…/Ntry[k]/NtryDtls/Btch/TtlAmt`
 *   (the writer writes TtlAmt = the entry's amount, so both disagree); neither has an id;
 * - an id seen before (among payments, reversals and debits) is REPEATED_TRANSACTION when the item
 *   is equal to the first but for its path, else DUPLICATE_TRANSACTION; the later one is skipped,
 *   named by its id element (`…/TxDtls[n]/Refs/AcctSvcrRef` or `…/Ntry[k]/AcctSvcrRef`);
 * The path conventions are the reader's (src/camt/, checked 2026-12-02 on hand-made documents).
 * - `reason` is left empty: compare with {@link withoutReasons} on the reader's side.
 */
import { Decimal } from 'decimal.js';
import {
  SPEC_MINOR_UNITS,
  transactionsOf,
  type CamtSpecAmount,
  type CamtSpecDoc,
  type CamtSpecEntry,
  type CamtSpecTransaction,
} from './camtSpecDoc.js';

export interface ExpectedAmount {
  readonly amount: string;
  readonly currency: string;
}
export interface ExpectedPayment {
  readonly id: string;
  readonly amount: ExpectedAmount;
  readonly bookedAt: string;
  readonly valueDate?: string;
  readonly reference?: string;
  readonly referenceType?: 'QRR' | 'SCOR';
  readonly message?: string;
  readonly debtorName?: string;
  readonly debtorIban?: string;
  readonly charges?: ExpectedAmount;
}
export interface ExpectedReversal extends ExpectedPayment {
  readonly direction: 'debit' | 'credit';
  readonly path: string;
}
export interface ExpectedDebit {
  readonly id: string;
  readonly path: string;
  readonly amount: ExpectedAmount;
  readonly bookedAt: string;
  readonly valueDate?: string;
  readonly reference?: string;
  readonly message?: string;
  readonly creditorName?: string;
  readonly creditorIban?: string;
}
export type ExpectedSkipCode = 'NOT_BOOKED' | 'MISSING_ID' | 'BATCH_SUM_MISMATCH' | 'DUPLICATE_TRANSACTION' | 'REPEATED_TRANSACTION';
export interface ExpectedSkipped {
  readonly path: string;
  readonly code: ExpectedSkipCode;
  /** The rule of docs/rules.md (CMT) the code stands for. */
  readonly rule?: string;
  readonly reason: string;
  readonly id?: string;
  readonly amount?: ExpectedAmount;
}
/** docs/rules.md: NOT_BOOKED is CMT-02, ids CMT-04, batches CMT-06. */
const RULE_OF_SKIP: Readonly<Record<ExpectedSkipCode, string>> = {
  NOT_BOOKED: 'CMT-02',
  MISSING_ID: 'CMT-04',
  DUPLICATE_TRANSACTION: 'CMT-04',
  REPEATED_TRANSACTION: 'CMT-04',
  BATCH_SUM_MISMATCH: 'CMT-06',
};

export interface ExpectedCount {
  readonly count: number;
  readonly amount: string;
}
export interface ExpectedTotals {
  readonly entries: ExpectedCount;
  readonly payments: ExpectedCount;
  readonly reversals: ExpectedCount;
  readonly debits: ExpectedCount;
  readonly skipped: ExpectedCount;
}
export interface ExpectedCamtDocument {
  readonly message: 'camt.053' | 'camt.054';
  readonly version: '001.04' | '001.08';
  readonly messageId: string;
  readonly createdAt: string;
  readonly account?: string;
  readonly statements: readonly { readonly id: string; readonly account?: string; readonly createdAt?: string; readonly entries: number }[];
  readonly totals: Readonly<Record<string, ExpectedTotals>>;
  readonly payments: readonly ExpectedPayment[];
  readonly reversals: readonly ExpectedReversal[];
  readonly debits: readonly ExpectedDebit[];
  readonly skipped: readonly ExpectedSkipped[];
}

type Kind = 'payments' | 'reversals' | 'debits' | 'skipped';

/**
 * The result the reader must give for the described document.
 *
 * @example
 * ```ts
 * expectedOf({ message: 'camt.054', version: '001.08', messageId: 'M1', createdAt: '2026-11-23T08:00:00+01:00',
 *   account: 'CH9300762011623852957', entries: [{ status: 'BOOK', direction: 'CRDT', amount: { amount: '10.5',
 *   currency: 'CHF' }, bookingDate: '2026-11-23', acctSvcrRef: 'E1' }] }).payments;
 * // [{ id: 'E1', amount: { amount: '10.50', currency: 'CHF' }, bookedAt: '2026-11-23T00:00:00+01:00' }]
 * ```
 * @throws Error when the description is outside what this oracle models (see the module comment).
 */
export function expectedOf(doc: CamtSpecDoc): ExpectedCamtDocument {
  const statementName = doc.message === 'camt.053' ? 'Stmt' : 'Ntfctn';
  const payments: ExpectedPayment[] = [];
  const reversals: ExpectedReversal[] = [];
  const debits: ExpectedDebit[] = [];
  const skipped: ExpectedSkipped[] = [];
  const sums = new Map<string, Record<Kind | 'entries', { count: number; amount: Decimal }>>();
  const seen = new Map<string, string>(); // id -> the first item's contents, without its path
  const sumOf = (currency: string) => {
    let s = sums.get(currency);
    if (s === undefined) {
      const zero = () => ({ count: 0, amount: new Decimal(0) });
      s = { entries: zero(), payments: zero(), reversals: zero(), debits: zero(), skipped: zero() };
      sums.set(currency, s);
    }
    return s;
  };
  const add = (kind: Kind | 'entries', amount: ExpectedAmount): void => {
    const s = sumOf(amount.currency)[kind];
    s.count += 1;
    s.amount = s.amount.plus(amount.amount);
  };
  const skip = (item: ExpectedSkipped): void => {
    skipped.push({ ...item, rule: RULE_OF_SKIP[item.code] });
    if (item.amount !== undefined) add('skipped', item.amount);
  };
  /** Records an item unless its id was seen before; then it is skipped as repeated or duplicate. */
  const keep = (kind: Exclude<Kind, 'skipped'>, item: ExpectedPayment | ExpectedReversal | ExpectedDebit, idPath: string): void => {
    const { path: _path, ...contents } = item as ExpectedPayment & { path?: string };
    const key = `${kind}:${canonical(contents)}`;
    const first = seen.get(item.id);
    if (first !== undefined) {
      const code = first === key ? 'REPEATED_TRANSACTION' : 'DUPLICATE_TRANSACTION';
      skip({ path: idPath, code, reason: '', id: item.id, amount: item.amount });
      return;
    }
    seen.set(item.id, key);
    if (kind === 'payments') payments.push(item as ExpectedPayment);
    else if (kind === 'reversals') reversals.push(item as ExpectedReversal);
    else debits.push(item as ExpectedDebit);
    add(kind, item.amount);
  };

  doc.entries.forEach((entry, k) => {
    const entryPath = `${statementName}[1]/Ntry[${k + 1}]`;
    const entryAmount = normalised(entry.amount);
    add('entries', entryAmount);
    const transactions = transactionsOf(entry);
    if (entry.batch !== undefined && transactions.length === 0) throw new Error(`${entryPath}: an empty batch is not modelled`);
    checkText(entryPath, 'AcctSvcrRef', entry.acctSvcrRef, 35);
    if (entry.status !== 'BOOK') {
      skip({ path: `${entryPath}/Sts`, code: 'NOT_BOOKED', reason: '', ...opt('id', entry.acctSvcrRef), amount: entryAmount });
      return;
    }
    const kind = entry.reversal === true ? 'reversals' : entry.direction === 'DBIT' ? 'debits' : 'payments';
    const dates = { bookedAt: zurichMidnight(entry.bookingDate), ...opt('valueDate', entry.valueDate && zurichMidnight(entry.valueDate)) };
    if (transactions.length === 0) {
      if (entry.acctSvcrRef === undefined) {
        skip({ path: entryPath, code: 'MISSING_ID', reason: '', amount: entryAmount });
        return;
      }
      const item = itemOf(kind, entry, { id: entry.acctSvcrRef, amount: entryAmount, ...dates }, undefined, entryPath);
      keep(kind, item, `${entryPath}/AcctSvcrRef`);
      return;
    }
    let sum = new Decimal(0);
    transactions.forEach((tx, n) => {
      const path = `${entryPath}/NtryDtls/TxDtls[${n + 1}]`;
      const amount = normalised(tx.amount);
      if (amount.currency !== entryAmount.currency)
        throw new Error(`${path}: a transaction in another currency than its entry is not modelled`);
      sum = sum.plus(amount.amount);
      checkTexts(path, tx);
      const id = tx.acctSvcrRef ?? (entry.acctSvcrRef === undefined ? undefined : `${entry.acctSvcrRef}/${n + 1}`);
      if (id === undefined) {
        skip({ path, code: 'MISSING_ID', reason: '', amount });
        return;
      }
      keep(kind, itemOf(kind, entry, { id, amount, ...dates }, tx, path), tx.acctSvcrRef === undefined ? path : `${path}/Refs/AcctSvcrRef`);
    });
    const difference = new Decimal(entryAmount.amount).minus(sum);
    if (!difference.isZero()) {
      if (entry.batch !== undefined) skip({ path: `${entryPath}/NtryDtls/Btch/TtlAmt`, code: 'BATCH_SUM_MISMATCH', reason: '' });
      skip({
        path: `${entryPath}/Amt`,
        code: 'BATCH_SUM_MISMATCH',
        reason: '',
        amount: { amount: difference.toFixed(digitsOf(entryAmount.currency)), currency: entryAmount.currency },
      });
    }
  });

  const totals: Record<string, ExpectedTotals> = Object.create(null) as Record<string, ExpectedTotals>;
  for (const [currency, s] of sums) {
    const count = (c: { count: number; amount: Decimal }): ExpectedCount => ({
      count: c.count,
      amount: c.amount.toFixed(digitsOf(currency)),
    });
    totals[currency] = {
      entries: count(s.entries),
      payments: count(s.payments),
      reversals: count(s.reversals),
      debits: count(s.debits),
      skipped: count(s.skipped),
    };
  }
  const statementId = doc.statementId ?? `${doc.messageId}-1`;
  return {
    message: doc.message,
    version: doc.version,
    messageId: doc.messageId,
    createdAt: doc.createdAt,
    account: doc.account,
    statements: [{ id: statementId, account: doc.account, createdAt: doc.createdAt, entries: doc.entries.length }],
    totals,
    payments,
    reversals,
    debits,
    skipped,
  };
}

interface Core {
  readonly id: string;
  readonly amount: ExpectedAmount;
  readonly bookedAt: string;
  readonly valueDate?: string;
}

function itemOf(
  kind: Exclude<Kind, 'skipped'>,
  entry: CamtSpecEntry,
  core: Core,
  tx: CamtSpecTransaction | undefined,
  path: string,
): ExpectedPayment | ExpectedReversal | ExpectedDebit {
  const reference = tx?.reference?.replaceAll(' ', '').toUpperCase();
  const texts = [...(tx?.ustrd ?? []), ...(tx?.addtlRmtInf === undefined ? [] : [tx.addtlRmtInf])];
  const message = texts.length === 0 ? undefined : texts.join(' ');
  if (kind === 'debits') {
    return {
      ...core,
      path,
      ...opt('reference', reference),
      ...opt('message', message),
      ...opt('creditorName', tx?.creditorName),
      ...opt('creditorIban', tx?.creditorIban),
    };
  }
  const payment: ExpectedPayment = {
    ...core,
    ...opt('reference', reference),
    ...opt('referenceType', tx?.referenceType),
    ...opt('message', message),
    ...opt('debtorName', tx?.debtorName),
    ...opt('debtorIban', tx?.debtorIban),
    ...opt('charges', tx?.charges === undefined ? undefined : chargesOf(tx.charges)),
  };
  return kind === 'payments' ? payment : { ...payment, direction: entry.direction === 'CRDT' ? 'credit' : 'debit', path };
}

function chargesOf(charges: CamtSpecAmount | readonly CamtSpecAmount[]): ExpectedAmount | undefined {
  const list: readonly CamtSpecAmount[] = Array.isArray(charges) ? charges : [charges as CamtSpecAmount];
  const first = list[0];
  if (first === undefined) return undefined;
  if (list.some((c) => c.currency !== first.currency)) throw new Error('charges in several currencies are not modelled');
  const total = list.reduce((sum, c) => sum.plus(normalised(c).amount), new Decimal(0));
  return { amount: total.toFixed(digitsOf(first.currency)), currency: first.currency };
}

/** An amount as the reader gives it: in the currency's minor units ('100.5' CHF -> '100.50'). */
function normalised(a: CamtSpecAmount): ExpectedAmount {
  const digits = digitsOf(a.currency);
  if (!/^\d{1,18}(\.\d+)?$/.test(a.amount)) throw new Error(`amount ${a.amount}: not modelled (not a plain non-negative decimal)`);
  const fraction = a.amount.split('.')[1] ?? '';
  if (fraction.length > digits) throw new Error(`amount ${a.amount} ${a.currency}: more decimals than the currency has is not modelled`);
  if (a.amount.replace('.', '').replace(/^0+/, '').length > 18) throw new Error(`amount ${a.amount}: over 18 digits is not modelled`);
  return { amount: new Decimal(a.amount).toFixed(digits), currency: a.currency };
}

function digitsOf(currency: string): number {
  const digits = SPEC_MINOR_UNITS[currency];
  if (digits === undefined) throw new Error(`currency ${currency}: not one the descriptions use`);
  return digits;
}

function checkTexts(path: string, tx: CamtSpecTransaction): void {
  checkText(path, 'Refs/AcctSvcrRef', tx.acctSvcrRef, 35);
  checkText(path, 'Ref', tx.reference, 35);
  checkText(path, 'AddtlRmtInf', tx.addtlRmtInf, 140);
  checkText(path, 'Dbtr/Nm', tx.debtorName, 140);
  checkText(path, 'Cdtr/Nm', tx.creditorName, 140);
  checkText(path, 'DbtrAcct/Id/IBAN', tx.debtorIban, 34);
  checkText(path, 'CdtrAcct/Id/IBAN', tx.creditorIban, 34);
  for (const u of tx.ustrd ?? []) checkText(path, 'Ustrd', u, 140);
}

/** ISO 20022 counts characters: code points, not UTF-16 units. */
function checkText(path: string, name: string, value: string | undefined, max: number): void {
  if (value !== undefined && [...value].length > max) throw new Error(`${path}/${name}: a text over ${max} characters is not modelled`);
}

/**
 * Midnight of a day in Europe/Zurich with that day's offset, by the EU summer-time rule (since 1996):
 * summer time from the last Sunday of March, 01:00 UTC, to the last Sunday of October, 01:00 UTC.
 * At midnight, the March change day is still winter (+01:00) and the October one still summer.
 *
 * @example
 * ```ts
 * zurichMidnight('2026-03-29'); // '2026-03-29T00:00:00+01:00'
 * zurichMidnight('2026-10-25'); // '2026-10-25T00:00:00+02:00'
 * ```
 */
export function zurichMidnight(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`date ${date}: not YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1996 || year > 2099) throw new Error(`date ${date}: outside the years this rule covers`);
  const lastSunday = (m: number): number => {
    const last = new Date(Date.UTC(year, m, 0)); // the last day of month m (1-based)
    return last.getUTCDate() - last.getUTCDay();
  };
  const key = month * 100 + day;
  const summer = key > 300 + lastSunday(3) && key <= 1000 + lastSunday(10);
  return `${date}T00:00:00${summer ? '+02:00' : '+01:00'}`;
}

/** The same document with every skipped item's `reason` removed, for comparing with the reader's result. */
export function withoutReasons<T extends { readonly skipped: readonly { readonly reason: string }[] }>(
  doc: T,
): Omit<T, 'skipped'> & { readonly skipped: readonly Omit<T['skipped'][number], 'reason'>[] } {
  type Rest = Omit<T['skipped'][number], 'reason'>;
  return { ...doc, skipped: doc.skipped.map(({ reason: _reason, ...rest }) => rest as Rest) };
}

/** JSON with the keys of every object sorted: equal contents give equal text. */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
    .join(',')}}`;
}

/** `{ [key]: value }` when the value is defined, else nothing (exactOptionalPropertyTypes). */
function opt<K extends string, V>(key: K, value: V | undefined | ''): { [P in K]?: V } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: V });
}
