/**
 * The camt reader: follows the scanner's element events along the path tree, keeps the values of
 * the entry and transaction being read, and hands out payments, reversals, debits and skipped items
 * as each transaction ends. Both {@link parseCamt} and {@link readCamt} drive it; they differ only in
 * how bytes arrive, so they cannot disagree.
 *
 * @internal
 * @module
 */
import { formatMinor, isAmount, MinorSum, readAmount, type ReadAmount } from './amount.js';
import { bankInstant } from './dates.js';
import { camtError } from './errors.js';
import { compact, type IdSource, repeatedReason, skip, type TransactionItem, type TransactionPath, transactionItem } from './items.js';
import type { CamtDebit, CamtMessage, CamtPayment, CamtReversal, CamtSkipped, CamtStatement, CamtSummary, CamtVersion } from './model.js';
import { AMOUNT_ROLES, FIRST_VALUE_ROLE, MAX_TEXT, MESSAGE_ELEMENTS, Role } from './paths.js';
import { childNode, IGNORED, pathTree, type PathTree } from './pathTree.js';
import { EntryRecord, TransactionRecord } from './records.js';
import { IdSet, Seen } from './idSet.js';
import { CamtTally } from './totals.js';
import { Interest, LIMITS, type ScanHandler, XmlScanner } from './xml/scanner.js';
import { minorUnits } from '../money/currencies.js';

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:(camt\.05[0-9])\.(\d{3}\.\d{2})$/;
const SUPPORTED_VERSIONS: readonly string[] = ['001.04', '001.08'] satisfies CamtVersion[];
const OLD_VERSIONS: readonly string[] = ['001.01', '001.02', '001.03'];
const DIGITS = /^\d{1,15}$/;

/** A statement being read: its facts and what its own summary (TxsSummry) must agree with. */
interface StatementState {
  index: number;
  id: string;
  account: string | undefined;
  createdAt: string | undefined;
  entries: number;
  summary: Partial<Record<'all' | 'creditCount' | 'creditSum' | 'debitCount' | 'debitSum', string>>;
  listed: number;
  credits: number;
  debits: number;
  readonly creditSum: MinorSum;
  readonly debitSum: MinorSum;
  currencies: Set<string>;
  /** The statement's values met (a bit per role). */
  seen: number;
}

/** The items read since the caller last took them. */
export interface ReaderItems {
  payments: CamtPayment[];
  reversals: CamtReversal[];
  debits: CamtDebit[];
  skipped: CamtSkipped[];
}

export class CamtReader implements ScanHandler, TransactionPath {
  readonly #tree: PathTree = pathTree();
  readonly #scanner: XmlScanner;
  readonly #nodes = new Int32Array(LIMITS.depth + 1);
  #depth = 0;
  #text = '';
  #currencyOfText: string | undefined;

  #message: CamtMessage | undefined;
  #version: CamtVersion | undefined;
  #messageId: string | undefined;
  #createdAt: string | undefined;
  readonly #statements: CamtStatement[] = [];
  #statement: StatementState | undefined;
  readonly #entry = new EntryRecord();
  readonly #tx = new TransactionRecord();
  #inEntry = false;
  #inTx = false;
  /** The depth (index in #nodes) of the statement, entry and transaction being read. */
  #statementDepth = 0;
  #entryDepth = 0;
  #txDepth = 0;
  /** The header's values met (a bit per role). */
  #headerSeen = 0;
  /** The document element's prefix and namespace: every element read must be in it. */
  #prefix = '';
  #namespace = '';
  #declaration = 'xmlns';
  /** Ids met, with a fingerprint of their contents (duplicate detection). */
  readonly #seen = new IdSet();
  readonly #tally = new CamtTally();
  #items: ReaderItems = { payments: [], reversals: [], debits: [], skipped: [] };
  #count = 0;
  #done = false;

  constructor() {
    this.#scanner = new XmlScanner(this.#tree.names, this, [this.#tree.entryName, this.#tree.transactionName]);
  }

  /** Reads a chunk of the document. */
  push(chunk: Uint8Array): void {
    this.#scanner.push(chunk);
  }

  /** The document is complete: checks it ended well and returns the summary. */
  end(): CamtSummary {
    this.#scanner.end();
    if (!this.#done || this.#message === undefined || this.#version === undefined)
      throw camtError('CAMT_UNSUPPORTED_MESSAGE', 'the document has no camt message element', { path: '', offset: 0 });
    return {
      message: this.#message,
      version: this.#version,
      messageId: this.#messageId ?? '',
      createdAt: this.#createdAt ?? '',
      ...(this.#statements[0]?.account === undefined ? {} : { account: this.#statements[0].account }),
      statements: this.#statements,
      totals: this.#tally.totals(),
    };
  }

  /** How many items are waiting. */
  get waiting(): number {
    return this.#count;
  }

  /** Takes the items read so far. */
  take(): ReaderItems {
    const items = this.#items;
    this.#items = { payments: [], reversals: [], debits: [], skipped: [] };
    this.#count = 0;
    return items;
  }

  // --- ScanHandler ---------------------------------------------------------------------------

  open(name: number, scanner: XmlScanner): Interest {
    const depth = this.#depth;
    let node: number;
    if (depth === 0) {
      if (name !== this.#tree.documentName)
        this.#fail('CAMT_UNSUPPORTED_MESSAGE', 'the document element is not an ISO 20022 <Document>', scanner.offset());
      this.#readNamespace(scanner);
      this.#nodes[0] = IGNORED;
      this.#depth = 1;
      return Interest.Children;
    } else if (depth === 1) {
      const expected = this.#tree.messageNames[this.#message as CamtMessage];
      if (name !== expected)
        this.#fail(
          'CAMT_UNSUPPORTED_MESSAGE',
          `a ${this.#message} document must hold <${MESSAGE_ELEMENTS[this.#message as CamtMessage].message}>`,
          scanner.offset(),
        );
      node = this.#tree.message;
    } else node = childNode(this.#tree, this.#nodes[depth - 1] as number, name);
    if (node === IGNORED) {
      if (name === this.#tree.entryName || name === this.#tree.transactionName) this.#misplaced(name, scanner.offset());
      this.#nodes[depth] = node;
      this.#depth = depth + 1;
      return name === this.#tree.opaqueName ? Interest.Opaque : Interest.None;
    }
    if (!scanner.plain() && this.#isForeign(scanner)) {
      const what = `<${this.#tree.nodeNames[node]}> is in another namespace than the document`;
      this.#fail(
        'CAMT_UNSUPPORTED_MESSAGE',
        `${what} (a prefix or xmlns of its own): not a valid ${this.#message} message`,
        scanner.offset(),
      );
    }
    this.#nodes[depth] = node;
    this.#depth = depth + 1;
    const role = this.#tree.roles[node] as number;
    if (role >= FIRST_VALUE_ROLE) {
      this.#text = '';
      if (AMOUNT_ROLES[role] === 1) this.#currencyOfText = scanner.attribute('Ccy');
      return Interest.Text;
    }
    if (role === Role.Statement) {
      this.#statementDepth = depth;
      this.#openStatement(scanner);
    } else if (role === Role.Entry) {
      this.#entryDepth = depth;
      this.#openEntry();
    } else if (role === Role.EntryDetails) this.#openDetails();
    else if (role === Role.Transaction) {
      this.#txDepth = depth;
      this.#openTransaction();
    }
    return Interest.Children;
  }

  hidden(name: number, offset: number): void {
    if (name === this.#tree.entryName || name === this.#tree.transactionName) this.#misplaced(name, offset);
  }

  /**
   * An entry or transaction where the schema has none (outside its statement or entry details,
   * nested in another, in an element the reader does not know): its money could be neither read nor
   * accounted for, so the file is refused rather than read without it.
   */
  #misplaced(name: number, offset: number): never {
    const what = name === this.#tree.entryName ? 'an entry (Ntry)' : 'a transaction (TxDtls)';
    const path = this.path();
    const where = path === '' ? 'outside a statement' : `inside ${path}`;
    this.#fail('CAMT_UNSUPPORTED_MESSAGE', `${what} ${where}, where ISO 20022 has none: not a valid ${this.#message} message`, offset);
  }

  /**
   * Whether the element being opened is in another namespace: a prefix other than the document's, or
   * a declaration of the default namespace or of its own prefix to another one. (An element without a
   * prefix in a prefixed document is read as the document's, as files written by hand have them.)
   */
  #isForeign(scanner: XmlScanner): boolean {
    const prefix = scanner.prefix();
    if (prefix !== '' && prefix !== this.#prefix) return true;
    const declared = scanner.attribute('xmlns');
    if (declared !== undefined && declared !== this.#namespace) return true;
    const own = prefix === '' ? undefined : scanner.attribute(this.#declaration);
    return own !== undefined && own !== this.#namespace;
  }

  text(value: string): void {
    this.#text += value;
  }

  close(): void {
    this.#depth -= 1;
    const node = this.#nodes[this.#depth] as number;
    if (node === IGNORED) {
      if (this.#depth === 0) this.#done = true;
      return;
    }
    const role = this.#tree.roles[node] as number;
    if (role >= FIRST_VALUE_ROLE) {
      this.#value(role, this.#text);
      // An enclosing value element (.08's <Sts> around <Cd>) must not read its child's text as its own.
      this.#text = '';
    } else if (role === Role.Transaction) this.#closeTransaction();
    else if (role === Role.EntryDetails) this.#closeDetails();
    else if (role === Role.Entry) this.#closeEntry();
    else if (role === Role.Statement) this.#closeStatement();
  }

  /** The path of the transaction being read: its TxDtls, or its entry when it has none. */
  transactionPath(): string {
    const entry = this.#entryPath();
    return this.#entry.transactions > 0 ? `${entry}${this.#detailsPath()}/TxDtls[${this.#entry.detailTransactions}]` : entry;
  }

  path(): string {
    const s = this.#statement;
    if (s === undefined) return '';
    let path = `${this.#statementName()}[${s.index}]`;
    if (this.#inEntry) path += `/Ntry[${this.#entry.index}]`;
    if (this.#inTx) path += `${this.#detailsPath()}/TxDtls[${this.#entry.detailTransactions}]`;
    return path;
  }

  // --- Structure ------------------------------------------------------------------------------

  #readNamespace(scanner: XmlScanner): void {
    const prefix = scanner.prefix();
    const namespace = scanner.attribute(prefix === '' ? 'xmlns' : `xmlns:${prefix}`) ?? '';
    const match = NAMESPACE.exec(namespace);
    const [, message, version] = match ?? [];
    if (message !== 'camt.053' && message !== 'camt.054') {
      const what =
        namespace === '' ? 'a Document without an ISO 20022 namespace' : `the namespace ${JSON.stringify(namespace.slice(0, 100))}`;
      this.#fail('CAMT_UNSUPPORTED_MESSAGE', `${what}: the reader reads camt.053 and camt.054`, scanner.offset());
    }
    if (!SUPPORTED_VERSIONS.includes(version as string)) {
      const why = OLD_VERSIONS.includes(version as string)
        ? `${message}.${version} is a 2009 version, which Swiss banks stopped sending on 2026-11-20; ask the bank for ${message}.001.08`
        : `${message}.${version} is not read; the reader reads ${message}.001.04 and ${message}.001.08`;
      this.#fail('CAMT_UNSUPPORTED_MESSAGE', why, scanner.offset());
    }
    this.#message = message;
    this.#version = version as CamtVersion;
    this.#prefix = prefix;
    this.#namespace = namespace;
    this.#declaration = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  }

  #statementName(): string {
    return MESSAGE_ELEMENTS[this.#message as CamtMessage].statement;
  }

  #detailsPath(): string {
    return this.#entry.details > 1 ? `/NtryDtls[${this.#entry.details}]` : '/NtryDtls';
  }

  #openStatement(scanner: XmlScanner): void {
    if (this.#messageId === undefined)
      this.#fail('CAMT_UNSUPPORTED_MESSAGE', 'no GrpHdr/MsgId before the first statement', scanner.offset());
    this.#statement = {
      index: this.#statements.length + 1,
      id: '',
      account: undefined,
      createdAt: undefined,
      entries: 0,
      summary: {},
      listed: 0,
      credits: 0,
      debits: 0,
      creditSum: new MinorSum(),
      debitSum: new MinorSum(),
      currencies: new Set(),
      seen: 0,
    };
  }

  #closeStatement(): void {
    const s = this.#statement as StatementState;
    this.#checkSummary(s);
    const statement: { -readonly [K in keyof CamtStatement]: CamtStatement[K] } = { id: s.id, entries: s.entries };
    if (s.account !== undefined) statement.account = s.account;
    if (s.createdAt !== undefined) statement.createdAt = s.createdAt;
    this.#statements.push(statement);
    this.#statement = undefined;
  }

  #openEntry(): void {
    const s = this.#statement as StatementState;
    s.entries += 1;
    this.#entry.reset(s.entries);
    this.#inEntry = true;
  }

  #openDetails(): void {
    const entry = this.#entry;
    if (entry.verdict === 'open') this.#judgeEntry();
    entry.details += 1;
    entry.resetDetails();
  }

  #openTransaction(): void {
    this.#tx.reset();
    this.#inTx = true;
    this.#entry.transactions += 1;
    this.#entry.detailTransactions += 1;
  }

  #closeTransaction(): void {
    this.#inTx = false;
    const entry = this.#entry;
    if (entry.verdict !== 'read') return;
    const item = transactionItem(entry, this.#tx, entry.transactions, this);
    if (item.amount !== undefined) {
      entry.transactionSum.add(item.amount.minor);
      entry.detailSum.add(item.amount.minor);
    }
    this.#emit(item);
  }

  #closeDetails(): void {
    const entry = this.#entry;
    if (entry.verdict !== 'read') return;
    const path = `${this.#entryPath()}${this.#detailsPath()}/Btch`;
    if (entry.batchCount !== undefined) {
      const said = entry.batchCount.trim();
      if (!DIGITS.test(said) || Number(said) !== entry.detailTransactions)
        this.#emit(
          skip(
            `${path}/NbOfTxs`,
            'BATCH_COUNT_MISMATCH',
            `the batch says ${JSON.stringify(said)} transactions, ${entry.detailTransactions} are listed`,
          ),
        );
    }
    if (entry.batchAmountText !== undefined) {
      const said = readAmount(entry.batchAmountText, entry.batchCurrency ?? entry.amount?.currency, 'the batch total');
      if (!isAmount(said) || said.currency !== entry.amount?.currency || BigInt(said.minor) !== entry.detailSum.value()) {
        const read = formatMinor(entry.detailSum.value(), minorUnits(entry.amount?.currency ?? '') ?? 0);
        this.#emit(
          skip(
            `${path}/TtlAmt`,
            'BATCH_SUM_MISMATCH',
            `the batch total ${JSON.stringify(entry.batchAmountText.trim())} differs from the ${read} its transactions add up to`,
          ),
        );
      }
    }
  }

  #closeEntry(): void {
    const entry = this.#entry;
    const s = this.#statement as StatementState;
    if (entry.verdict === 'open') this.#judgeEntry();
    this.#inEntry = false;
    // The summary counts every entry listed, whatever its status (ISO 20022: "the total number and sum of entries").
    if (entry.amount !== undefined) {
      s.listed += 1;
      s.currencies.add(entry.amount.currency);
      const direction = entry.direction?.trim();
      if (direction === 'CRDT') {
        s.credits += 1;
        s.creditSum.add(entry.amount.minor);
      } else if (direction === 'DBIT') {
        s.debits += 1;
        s.debitSum.add(entry.amount.minor);
      }
    }
    if (entry.verdict !== 'read') return;
    const path = this.#entryPathAt(entry.index);
    if (entry.transactions === 0) {
      this.#emit(transactionItem(entry, undefined, 1, this));
      return;
    }
    const amount = entry.amount as ReadAmount;
    const difference = BigInt(amount.minor) - entry.transactionSum.value();
    if (difference !== 0n) {
      const exponent = minorUnits(amount.currency) ?? 0;
      const text = formatMinor(difference, exponent);
      const read = formatMinor(entry.transactionSum.value(), exponent);
      this.#emit(
        skip(
          `${path}/Amt`,
          'BATCH_SUM_MISMATCH',
          `the entry's amount ${amount.text} ${amount.currency} differs from the ${read} its readable transactions add up to (${text})`,
          { text, currency: amount.currency, minor: difference },
        ),
      );
    }
  }

  /** The verdict on an entry from its own elements, given before its details are read. */
  #judgeEntry(): void {
    const entry = this.#entry;
    const problem = this.#entryProblem(entry, this.#entryPath());
    if (problem === undefined) entry.verdict = 'read';
    else {
      entry.verdict = 'skipped';
      this.#emit(problem);
    }
  }

  /** Why the entry is skipped as a whole, or undefined when it is read (its facts then set). */
  #entryProblem(entry: EntryRecord, path: string): TransactionItem | undefined {
    // A repeated amount leaves no amount to count: skipped as one that cannot be read.
    if (entry.repeated === 'Amt')
      return skip(`${path}/Amt`, 'DUPLICATE_ELEMENT', `${repeatedReason('Amt', 'entry')}; its transactions are not read`);
    const read = readAmount(entry.amountText, entry.currency, 'the entry amount');
    if (!isAmount(read)) return skip(`${path}/Amt`, read.code, `${read.reason}; its transactions are not read`);
    entry.amount = read;
    this.#tally.add('entries', read.currency, read.minor);
    if (entry.repeated !== undefined)
      return skip(
        `${path}/${entry.repeated}`,
        'DUPLICATE_ELEMENT',
        `${repeatedReason(entry.repeated, 'entry')}; its transactions are not read`,
        read,
      );
    const status = entry.status?.trim();
    if (status !== 'BOOK') {
      const why = status === undefined ? 'has no status' : `is ${JSON.stringify(status)}, not booked (BOOK)`;
      return skip(`${path}/Sts`, 'NOT_BOOKED', `the entry ${why}: not money on the account yet`, read, entry.ref);
    }
    const direction = entry.direction?.trim();
    if (direction !== 'CRDT' && direction !== 'DBIT')
      return skip(
        `${path}/CdtDbtInd`,
        'MISSING_DIRECTION',
        `the entry's direction ${JSON.stringify(direction ?? '')} is neither CRDT nor DBIT`,
        read,
      );
    const reversal = entry.reversal?.trim();
    if (reversal !== undefined && !['true', 'false', '1', '0'].includes(reversal))
      return skip(`${path}/RvslInd`, 'MISSING_DIRECTION', `RvslInd ${JSON.stringify(reversal)} is neither true nor false`, read);
    const bookedAt = entry.bookingDate === undefined ? undefined : bankInstant(entry.bookingDate.trim());
    if (bookedAt === undefined) {
      const why =
        entry.bookingDate === undefined
          ? 'has no booking date (BookgDt)'
          : `has the booking date ${JSON.stringify(entry.bookingDate)}, no real date or date-time of the years 0001–9999`;
      return skip(`${path}/BookgDt`, 'MISSING_DATE', `the entry ${why}`, read);
    }
    if (entry.tooLong !== undefined) return skip(path, 'VALUE_TOO_LONG', entry.tooLong, read);
    entry.valueAt = entry.valueDate === undefined ? undefined : bankInstant(entry.valueDate.trim());
    entry.bookedAt = bookedAt;
    entry.isCredit = direction === 'CRDT';
    entry.isReversal = reversal === 'true' || reversal === '1';
    entry.ref = entry.ref?.trim();
    entry.direction = direction;
    return undefined;
  }

  #entryPath(): string {
    return this.#entryPathAt(this.#entry.index);
  }

  #entryPathAt(index: number): string {
    return `${this.#statementName()}[${(this.#statement as StatementState).index}]/Ntry[${index}]`;
  }

  // --- Values ---------------------------------------------------------------------------------

  #value(role: number, raw: string): void {
    const max = MAX_TEXT[role as Role];
    const text = max === undefined ? raw : raw.trim();
    if (max !== undefined && text.length > max && characters(text) > max) {
      this.#tooLong(role, characters(text), max);
      return;
    }
    const tx = this.#tx;
    const entry = this.#entry;
    const s = this.#statement;
    switch (role) {
      case Role.MessageId:
        if (this.#first(role)) this.#messageId = text;
        break;
      case Role.CreatedAt:
        if (this.#first(role)) this.#createdAt = raw.trim();
        break;
      case Role.StatementId:
        if (s !== undefined && this.#first(role)) s.id = text;
        break;
      case Role.StatementCreatedAt:
        if (s !== undefined && this.#first(role)) s.createdAt = raw.trim();
        break;
      case Role.StatementIban:
        if (s !== undefined && this.#first(role)) s.account = compact(text);
        break;
      case Role.SummaryAllCount:
        if (s !== undefined && this.#first(role)) s.summary.all = raw.trim();
        break;
      case Role.SummaryCreditCount:
        if (s !== undefined && this.#first(role)) s.summary.creditCount = raw.trim();
        break;
      case Role.SummaryCreditSum:
        if (s !== undefined && this.#first(role)) s.summary.creditSum = raw.trim();
        break;
      case Role.SummaryDebitCount:
        if (s !== undefined && this.#first(role)) s.summary.debitCount = raw.trim();
        break;
      case Role.SummaryDebitSum:
        if (s !== undefined && this.#first(role)) s.summary.debitSum = raw.trim();
        break;
      case Role.EntryAmount:
        if (entry.amountText !== undefined) this.#repeated();
        else {
          entry.amountText = raw;
          entry.currency = this.#currencyOfText;
        }
        break;
      case Role.EntryDirection:
        if (entry.direction !== undefined) this.#repeated();
        else entry.direction = raw;
        break;
      case Role.EntryReversal:
        if (entry.reversal !== undefined) this.#repeated();
        else entry.reversal = raw;
        break;
      case Role.EntryStatus:
        // .08 nests the code (<Sts><Cd>BOOK</Cd></Sts>): the outer element's own text is blank.
        if (raw.trim() === '') entry.status ??= raw;
        else if (entry.status !== undefined && entry.status.trim() !== '') this.#repeated();
        else entry.status = raw;
        break;
      case Role.EntryBookingDate:
        if (entry.bookingDate !== undefined) this.#repeated();
        else entry.bookingDate = raw;
        break;
      case Role.EntryValueDate:
        if (entry.valueDate !== undefined) this.#repeated();
        else entry.valueDate = raw;
        break;
      case Role.EntryRef:
        if (entry.ref !== undefined) this.#repeated();
        else entry.ref = text;
        break;
      case Role.BatchCount:
        if (entry.batchCount !== undefined) this.#repeated();
        else entry.batchCount = raw;
        break;
      case Role.BatchAmount:
        if (entry.batchAmountText !== undefined) this.#repeated();
        else {
          entry.batchAmountText = raw;
          entry.batchCurrency = this.#currencyOfText;
        }
        break;
      case Role.TxRef:
        if (tx.ref !== undefined) this.#repeated();
        else tx.ref = text;
        break;
      case Role.TxAmount:
        if (tx.amountText !== undefined) this.#repeated();
        else {
          tx.amountText = raw;
          tx.currency = this.#currencyOfText;
        }
        break;
      case Role.TxDetailAmount:
        if (tx.detailAmountText !== undefined) this.#repeated();
        else {
          tx.detailAmountText = raw;
          tx.detailCurrency = this.#currencyOfText;
        }
        break;
      case Role.TxDirection:
        if (tx.direction !== undefined) this.#repeated();
        else tx.direction = raw.trim();
        break;
      case Role.TxChargesTotal:
        if (tx.chargesTotal !== undefined) this.#repeated();
        else {
          tx.chargesTotal = raw;
          tx.chargesCurrency = this.#currencyOfText;
        }
        break;
      case Role.TxChargesRecord:
        tx.chargeRecords.push([raw, this.#currencyOfText]);
        break;
      case Role.TxDebtorName:
        if (tx.debtorName !== undefined) this.#repeated();
        else tx.debtorName = text;
        break;
      case Role.TxDebtorIban:
        if (tx.debtorIban !== undefined) this.#repeated();
        else tx.debtorIban = text;
        break;
      case Role.TxCreditorName:
        if (tx.creditorName !== undefined) this.#repeated();
        else tx.creditorName = text;
        break;
      case Role.TxCreditorIban:
        if (tx.creditorIban !== undefined) this.#repeated();
        else tx.creditorIban = text;
        break;
      case Role.TxMessage:
        if (text !== '') tx.message = tx.message === undefined ? text : `${tx.message} ${text}`;
        break;
      // RmtInf/Strd may repeat, each with a reference and its type: a second reference that differs
      // names no single invoice (items.ts), a second type that differs leaves the type unknown.
      case Role.TxRefCode:
        tx.referenceCode = tx.referenceCode === undefined || tx.referenceCode === text ? text : '';
        break;
      case Role.TxRefProprietary:
        tx.referenceProprietary = tx.referenceProprietary === undefined || tx.referenceProprietary === text ? text : '';
        break;
      case Role.TxReference:
        if (tx.reference === undefined) tx.reference = text;
        else if (compact(text) !== compact(tx.reference))
          tx.otherReferences = tx.otherReferences === undefined ? text : `${tx.otherReferences}, ${text}`;
        break;
    }
  }

  /** Whether a value of the group header or a statement is met the first time (a repeat is reported, the first value kept). */
  #first(role: number): boolean {
    const bit = 1 << role;
    const s = role === Role.MessageId || role === Role.CreatedAt ? undefined : this.#statement;
    const seen = s === undefined ? this.#headerSeen : s.seen;
    if ((seen & bit) !== 0) {
      this.#repeated();
      return false;
    }
    if (s === undefined) this.#headerSeen |= bit;
    else s.seen |= bit;
    return true;
  }

  /**
   * A single-valued element met a second time. In a transaction, or an entry not yet judged, its
   * owner is skipped (items.ts); elsewhere (a batch's, a statement's, an entry's after its details)
   * the repeat is reported as an item of its own and the first value kept.
   */
  #repeated(): void {
    if (this.#inTx) this.#tx.repeated ??= this.#fieldPath(this.#txDepth);
    else if (this.#inEntry && this.#entry.verdict === 'open') this.#entry.repeated ??= this.#fieldPath(this.#entryDepth);
    else {
      const path = this.#inEntry
        ? `${this.#entryPath()}/${this.#fieldPath(this.#entryDepth)}`
        : this.#statement === undefined
          ? this.#fieldPath(1)
          : `${this.#statementName()}[${this.#statement.index}]/${this.#fieldPath(this.#statementDepth)}`;
      const field = path.slice(path.lastIndexOf('/') + 1);
      this.#emit(skip(path, 'DUPLICATE_ELEMENT', `${field} is given twice, where ISO 20022 allows it once: the first value is kept`));
    }
  }

  /** The path of the element being closed below the element at `from` (`Refs/AcctSvcrRef` in a transaction). */
  #fieldPath(from: number): string {
    const names = this.#tree.nodeNames;
    let path = names[this.#nodes[from + 1] as number] as string;
    for (let d = from + 2; d <= this.#depth; d += 1) path += `/${names[this.#nodes[d] as number]}`;
    return path;
  }

  #tooLong(role: number, length: number, max: number): void {
    const node = this.#nodes[this.#depth] as number;
    const why = `${this.#tree.nodeNames[node]} has ${length} characters, at most ${max} are allowed`;
    if (this.#inTx) this.#tx.tooLong ??= why;
    else if (this.#inEntry) this.#entry.tooLong ??= why;
    else if (role === Role.MessageId || role === Role.StatementId || role === Role.StatementIban) this.#fail('CAMT_LIMIT_EXCEEDED', why, 0);
  }

  // --- Output ---------------------------------------------------------------------------------

  #emit(item: TransactionItem): void {
    const result = item.kind === 'skipped' ? item : this.#once(item);
    const items = this.#items;
    switch (result.kind) {
      case 'payment':
        items.payments.push(result.item);
        break;
      case 'reversal':
        items.reversals.push(result.item);
        break;
      case 'debit':
        items.debits.push(result.item);
        break;
      case 'skipped':
        items.skipped.push(result.item);
        break;
    }
    this.#count += 1;
    if (result.amount !== undefined) {
      const kind =
        result.kind === 'payment' ? 'payments' : result.kind === 'reversal' ? 'reversals' : result.kind === 'debit' ? 'debits' : 'skipped';
      this.#tally.add(kind, result.amount.currency, result.amount.minor);
    }
  }

  /** The item, or its skipped copy when its id was read before. */
  #once(result: Exclude<TransactionItem, { kind: 'skipped' }>): TransactionItem {
    const id = result.item.id;
    const seen = this.#seen.remember(id, fingerprint(result.item));
    if (seen === Seen.New) return result;
    const same = seen === Seen.Same;
    return skip(
      this.#idPath(result.idSource),
      same ? 'REPEATED_TRANSACTION' : 'DUPLICATE_TRANSACTION',
      same
        ? `the transaction ${JSON.stringify(id)} is listed again, the same in every field: counted once`
        : `the id ${JSON.stringify(id)} was read before with other contents; a bank never reuses an id`,
      result.amount,
      id,
    );
  }

  /** The element a duplicate's item names: where its id was read. */
  #idPath(source: IdSource | undefined): string {
    const path = this.transactionPath();
    return source === 'transaction' ? `${path}/Refs/AcctSvcrRef` : source === 'entry' ? `${path}/AcctSvcrRef` : path;
  }

  #checkSummary(s: StatementState): void {
    const path = `${this.#statementName()}[${s.index}]/TxsSummry`;
    const exponent = s.currencies.size === 1 ? minorUnits([...s.currencies][0] as string) : undefined;
    const checks: [string | undefined, string, number | MinorSum][] = [
      [s.summary.all, 'TtlNtries/NbOfNtries', s.listed],
      [s.summary.creditCount, 'TtlCdtNtries/NbOfNtries', s.credits],
      [s.summary.creditSum, 'TtlCdtNtries/Sum', s.creditSum],
      [s.summary.debitCount, 'TtlDbtNtries/NbOfNtries', s.debits],
      [s.summary.debitSum, 'TtlDbtNtries/Sum', s.debitSum],
    ];
    for (const [said, field, counted] of checks) {
      if (said === undefined) continue;
      let agrees: boolean;
      let readAs: string;
      if (typeof counted === 'number') {
        agrees = DIGITS.test(said) && Number(said) === counted;
        readAs = `${counted} entries`;
      } else {
        // A sum over several currencies means nothing; in one, it is compared exactly.
        if (exponent === undefined) continue;
        const currency = [...s.currencies][0] as string;
        const value = readAmount(said, currency, 'the sum');
        agrees = isAmount(value) && BigInt(value.minor) === counted.value();
        readAs = `entries of ${formatMinor(counted.value(), exponent)} ${currency}`;
      }
      if (!agrees)
        this.#emit(
          skip(`${path}/${field}`, 'SUMMARY_MISMATCH', `the statement's summary says ${JSON.stringify(said)}, the file lists ${readAs}`),
        );
    }
  }

  #fail(code: 'CAMT_UNSUPPORTED_MESSAGE' | 'CAMT_LIMIT_EXCEEDED', problem: string, offset: number): never {
    throw camtError(code, problem, { path: this.path(), offset });
  }
}

/**
 * The length of `s` as ISO 20022 counts it (XML Schema `maxLength`): in characters, so a character
 * beyond the BMP (an emoji, written as a surrogate pair in a string) is one.
 */
function characters(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n -= 1;
  }
  return n;
}

/** A 32-bit hash of what makes two transactions with one id the same transaction. */
function fingerprint(item: CamtPayment | CamtDebit): number {
  // Every field the item carries: a repeat is the same in all of them, whatever differs is another transaction.
  const p = item as Partial<CamtPayment & CamtDebit & CamtReversal>;
  let h = mix(0x811c9dc5, item.amount.amount);
  h = mix(h, item.amount.currency);
  h = mix(h, item.bookedAt);
  h = mix(h, item.valueDate);
  h = mix(h, item.reference);
  h = mix(h, item.message);
  h = mix(h, p.debtorName);
  h = mix(h, p.debtorIban);
  h = mix(h, p.charges?.amount);
  h = mix(h, p.direction);
  h = mix(h, p.creditorName);
  return mix(h, p.creditorIban);
}

/** FNV-1a over `s`, then a separator (an absent field hashes as the separator alone). */
function mix(hash: number, s: string | undefined): number {
  let h = hash;
  if (s !== undefined) for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193);
}
