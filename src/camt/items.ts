/**
 * From a read entry and transaction to what the caller gets: a payment, a reversal, a debit, or
 * a skipped item naming the path and the reason. Each check is one line of the table in
 * docs/camt.md ("Skipped"); the first that fails decides.
 *
 * @internal
 * @module
 */
import { isValidCreditorReference } from '../billing/creditorReference.js';
import { isCompactIban, MAX_MESSAGE_LENGTH } from '../billing/itemRules.js';
import { isValidQrReference } from '../billing/qrReference.js';
import { minorUnits } from '../money/currencies.js';
import { formatMinor, isAmount, readAmount, type ReadAmount } from './amount.js';
import type { CamtAmount, CamtDebit, CamtPayment, CamtReversal, CamtSkipped } from './model.js';
import type { EntryRecord, TransactionRecord } from './records.js';
import { SKIP_RULES } from './skipRules.js';

/** What became of one transaction. */
/** Where a transaction's id comes from: its own reference, its entry's, or its entry's and its position. */
export type IdSource = 'transaction' | 'entry' | 'position';

/** Gives the path of the transaction being read, built only when an item needs it. */
export interface TransactionPath {
  transactionPath(): string;
}

export type TransactionItem = { readonly idSource?: IdSource } & (
  | { readonly kind: 'payment'; readonly item: CamtPayment; readonly amount: ReadAmount }
  | { readonly kind: 'reversal'; readonly item: CamtReversal; readonly amount: ReadAmount }
  | { readonly kind: 'debit'; readonly item: CamtDebit; readonly amount: ReadAmount }
  | { readonly kind: 'skipped'; readonly item: CamtSkipped; readonly amount: ReadAmount | undefined }
);

/** `{ amount, currency }` of a read amount. */
export function camtAmount(read: ReadAmount): CamtAmount {
  return { amount: read.text, currency: read.currency };
}

/** A skipped item. */
export function skip(path: string, code: CamtSkipped['code'], reason: string, amount?: ReadAmount, id?: string): TransactionItem {
  const item: { -readonly [K in keyof CamtSkipped]: CamtSkipped[K] } = { path, code, rule: SKIP_RULES[code], reason };
  if (id !== undefined) item.id = id;
  if (amount !== undefined) item.amount = camtAmount(amount);
  return { kind: 'skipped', item, amount };
}

/**
 * The transaction `tx` (the `n`-th of `entry`, at `path`), or the entry itself when `tx` is
 * undefined (an entry without details). The entry's verdict is 'read'.
 */
export function transactionItem(entry: EntryRecord, tx: TransactionRecord | undefined, n: number, at: TransactionPath): TransactionItem {
  const entryAmount = entry.amount as ReadAmount;
  let amount: ReadAmount;
  if (tx === undefined) amount = entryAmount;
  else {
    // A repeated amount leaves no amount to go by: the entry's BATCH_SUM_MISMATCH item carries the money.
    if (tx.repeated === 'Amt' || tx.repeated === 'AmtDtls/TxAmt/Amt')
      return skip(`${at.transactionPath()}/${tx.repeated}`, 'DUPLICATE_ELEMENT', repeatedReason(tx.repeated, 'transaction'));
    const text = tx.amountText ?? tx.detailAmountText;
    const currency = tx.amountText === undefined ? tx.detailCurrency : tx.currency;
    const field = tx.amountText === undefined && tx.detailAmountText !== undefined ? 'AmtDtls/TxAmt/Amt' : 'Amt';
    const read = readAmount(text, currency, 'the transaction amount');
    if (!isAmount(read)) return skip(`${at.transactionPath()}/${field}`, read.code, read.reason);
    if (read.currency !== entryAmount.currency)
      return skip(
        `${at.transactionPath()}/${field}`,
        'BAD_AMOUNT',
        `the transaction is in ${read.currency}, its entry in ${entryAmount.currency}`,
      );
    amount = read;
    if (tx.repeated !== undefined)
      return skip(`${at.transactionPath()}/${tx.repeated}`, 'DUPLICATE_ELEMENT', repeatedReason(tx.repeated, 'transaction'), amount);
  }
  const direction = tx?.direction ?? entry.direction;
  if (direction !== 'CRDT' && direction !== 'DBIT')
    return skip(
      `${at.transactionPath()}/CdtDbtInd`,
      'MISSING_DIRECTION',
      `the direction ${JSON.stringify(direction ?? '')} is neither CRDT nor DBIT`,
      amount,
    );
  const id = tx?.ref ?? (entry.ref === undefined ? undefined : tx === undefined ? entry.ref : `${entry.ref}/${n}`);
  if (id === undefined || id.trim() === '')
    return skip(
      at.transactionPath(),
      'MISSING_ID',
      'neither the transaction (Refs/AcctSvcrRef) nor its entry (AcctSvcrRef) has a bank reference',
      amount,
    );
  // ISO 20022 allows zero (a zero-value notification), but no money moved: reconcile() takes no payment or reversal of zero.
  if (amount.minor === 0 || amount.minor === 0n)
    return skip(
      `${at.transactionPath()}/${tx !== undefined && tx.amountText === undefined ? 'AmtDtls/TxAmt/Amt' : 'Amt'}`,
      'ZERO_AMOUNT',
      `the ${tx === undefined ? 'entry' : 'transaction'} amount ${amount.text} ${amount.currency} is zero: no money moved`,
      amount,
      id,
    );
  if (tx?.tooLong !== undefined) return skip(at.transactionPath(), 'VALUE_TOO_LONG', `${tx.tooLong}`, amount, id);
  const remittance = tx === undefined ? undefined : remittanceOf(tx);
  if (remittance?.message !== undefined && remittance.message.length > MAX_MESSAGE_LENGTH) {
    const why =
      `the remittance texts have ${remittance.message.length} characters together, ` + `a payment's message at most ${MAX_MESSAGE_LENGTH}`;
    return skip(`${at.transactionPath()}/RmtInf`, 'VALUE_TOO_LONG', why, amount, id);
  }
  const charges = tx === undefined ? undefined : readCharges(tx);
  if (charges !== undefined && !isAmount(charges)) return skip(`${at.transactionPath()}/Chrgs`, charges.code, charges.reason, amount, id);
  if (charges !== undefined && charges.currency !== amount.currency)
    return skip(
      `${at.transactionPath()}/Chrgs`,
      'BAD_AMOUNT',
      `the charges are in ${charges.currency}, the payment in ${amount.currency}`,
      amount,
      id,
    );
  const base = paymentOf(entry, tx, remittance, id, amount, charges);
  const idSource: IdSource = tx?.ref !== undefined ? 'transaction' : tx === undefined ? 'entry' : 'position';
  if (entry.isReversal) {
    const item = { ...base, direction: direction === 'DBIT' ? 'debit' : 'credit', path: at.transactionPath() } as const;
    return { kind: 'reversal', item, amount, idSource };
  }
  if (direction === 'DBIT') return { kind: 'debit', item: debitOf(base, tx, at.transactionPath()), amount, idSource };
  return { kind: 'payment', item: base, amount, idSource };
}

/** Why an entry or transaction with an element given twice is skipped. */
export function repeatedReason(field: string, owner: 'entry' | 'transaction'): string {
  return `the ${owner} has ${field} twice, where ISO 20022 allows it once: which one is meant cannot be told`;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What the payer wrote: a valid reference with its type, and the message. */
interface Remittance {
  readonly reference?: string;
  readonly referenceType?: 'QRR' | 'SCOR';
  readonly message?: string;
}

/**
 * The reference, its type and the message of a transaction. A reference that is neither a valid QR
 * reference nor a valid creditor reference (a payer's typo: a wrong check digit) cannot name an
 * invoice: the payment goes without one, to be identified by hand (BIL-04), and the text as given
 * starts its message. A type the reference does not have is left out.
 */
function remittanceOf(tx: TransactionRecord): Remittance {
  const r: Writable<Remittance> = {};
  const given = tx.reference === undefined ? '' : compact(tx.reference);
  const isQr = given !== '' && isValidQrReference(given);
  const isCreditor = given !== '' && !isQr && isValidCreditorReference(given);
  let message = tx.message?.trim() ?? '';
  // Two references (RmtInf/Strd repeats) name no single invoice: none is taken, all start the message.
  if (tx.otherReferences !== undefined) {
    const all = `references ${given}, ${compact(tx.otherReferences)} (more than one)`;
    r.message = message === '' ? all : `${all} ${message}`;
    return r;
  }
  if (isQr || isCreditor) {
    r.reference = given;
    const type = tx.referenceProprietary?.trim() === 'QRR' ? 'QRR' : tx.referenceCode?.trim() === 'SCOR' ? 'SCOR' : undefined;
    if ((type === 'QRR' && isQr) || (type === 'SCOR' && isCreditor)) r.referenceType = type;
  } else if (given !== '') message = `reference ${given} (not a valid QR or creditor reference)${message === '' ? '' : ` ${message}`}`;
  if (message !== '') r.message = message;
  return r;
}

function paymentOf(
  entry: EntryRecord,
  tx: TransactionRecord | undefined,
  remittance: Remittance | undefined,
  id: string,
  amount: ReadAmount,
  charges: ReadAmount | undefined,
): CamtPayment {
  const p: Writable<CamtPayment> = { id: id.trim(), amount: camtAmount(amount), bookedAt: entry.bookedAt };
  if (entry.valueAt !== undefined) p.valueDate = entry.valueAt;
  if (tx === undefined) return p;
  if (remittance?.reference !== undefined) p.reference = remittance.reference;
  if (remittance?.referenceType !== undefined) p.referenceType = remittance.referenceType;
  if (remittance?.message !== undefined) p.message = remittance.message;
  const debtorName = tx.debtorName?.trim();
  if (debtorName !== undefined && debtorName !== '') p.debtorName = debtorName;
  // An account that is not IBAN-shaped (another scheme in Othr) is not an IBAN: left out.
  const debtorIban = tx.debtorIban === undefined ? '' : compact(tx.debtorIban);
  if (isCompactIban(debtorIban)) p.debtorIban = debtorIban;
  if (charges !== undefined) p.charges = camtAmount(charges);
  return p;
}

function debitOf(payment: CamtPayment, tx: TransactionRecord | undefined, path: string): CamtDebit {
  const d: Writable<CamtDebit> = { id: payment.id, path, amount: payment.amount, bookedAt: payment.bookedAt };
  if (payment.valueDate !== undefined) d.valueDate = payment.valueDate;
  if (payment.reference !== undefined) d.reference = payment.reference;
  if (payment.message !== undefined) d.message = payment.message;
  const name = tx?.creditorName?.trim();
  if (name !== undefined && name !== '') d.creditorName = name;
  const iban = tx?.creditorIban === undefined ? '' : compact(tx.creditorIban);
  if (iban !== '') d.creditorIban = iban;
  return d;
}

/** The charges of a transaction: the total when given, else the sum of the records; undefined when none. */
function readCharges(tx: TransactionRecord): ReturnType<typeof readAmount> | undefined {
  if (tx.chargesTotal !== undefined) return readAmount(tx.chargesTotal, tx.chargesCurrency, 'the charges');
  if (tx.chargeRecords.length === 0) return undefined;
  let total: ReadAmount | undefined;
  for (const [text, currency] of tx.chargeRecords) {
    const read = readAmount(text, currency, 'a charge');
    if (!isAmount(read)) return read;
    if (total !== undefined && total.currency !== read.currency)
      return { code: 'BAD_AMOUNT', reason: `charges in ${total.currency} and ${read.currency}` };
    total = total === undefined ? read : addAmounts(total, read);
  }
  return total;
}

function addAmounts(a: ReadAmount, b: ReadAmount): ReadAmount {
  const minor = BigInt(a.minor) + BigInt(b.minor);
  return { text: formatMinor(minor, minorUnits(a.currency) ?? 0), currency: a.currency, minor };
}

/** A reference or IBAN without spaces, upper case (most are already). */
export function compact(s: string): string {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x61 && c <= 0x7a) || c > 0x7e) return s.replace(/\s+/g, '').toUpperCase();
  }
  return s;
}
