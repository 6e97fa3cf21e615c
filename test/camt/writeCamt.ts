/**
 * The test-side camt writer: the inverse of the reader (src/camt/) for property tests. From a plain
 * description (camtSpecDoc.ts) it writes a camt.053 / camt.054 document of version .04 or .08 with
 * the elements in the order of the ISO 20022 message definitions, escaping every text, and on
 * request in the forms a bank's file may legally take: a namespace prefix, comments between
 * elements, CRLF line ends, random insignificant whitespace, character references, CDATA sections.
 * What the reader must return for the description is computed apart, by expectedOf.ts.
 */
import {
  namespaceOf,
  SPEC_MINOR_UNITS,
  transactionsOf,
  type CamtSpecAmount,
  type CamtSpecDoc,
  type CamtSpecEntry,
  type CamtSpecTransaction,
} from './camtSpecDoc.js';

export * from './camtSpecDoc.js';
export { expectedOf, withoutReasons, zurichMidnight } from './expectedOf.js';

/** How the document is laid out; every choice is legal XML that means the same document. */
export interface WriteCamtOptions {
  /** A namespace prefix for every element: `camt` gives `<camt:Document xmlns:camt="…">`. */
  readonly prefix?: string;
  /** Comments between elements, some holding tag-like text (`<Amt Ccy="CHF">9.99</Amt>`). */
  readonly comments?: boolean;
  /** The line end of the layout (default `\n`). */
  readonly newline?: '\n' | '\r\n';
  /** `indent` (default), `compact` (no whitespace between elements) or `random` (any mix, seeded). */
  readonly layout?: 'indent' | 'compact' | 'random';
  /** `minimal` escapes `& < >` (default); `quotes` also `" '`; `numeric` also every non-ASCII character as `&#…;`. */
  readonly escape?: 'minimal' | 'quotes' | 'numeric';
  /** Texts holding `& < >` written as CDATA sections instead of escaped. */
  readonly cdata?: boolean;
  /** The XML declaration first (default true). */
  readonly declaration?: boolean;
  /** A byte order mark (U+FEFF) first. */
  readonly bom?: boolean;
  /** Seed of the random layout and of the comments' places (default 1). */
  readonly seed?: number;
}

/** An element to write: a text, or children (undefined ones are left out). */
interface Element {
  readonly name: string;
  readonly attributes?: readonly (readonly [string, string])[];
  readonly text?: string;
  readonly children?: readonly Element[];
}

type Child = Element | undefined | false;

function el(name: string, ...children: Child[]): Element {
  return { name, children: children.filter((c): c is Element => c !== undefined && c !== false) };
}

function text(name: string, value: string | undefined): Element | undefined {
  return value === undefined ? undefined : { name, text: value };
}

function amountElement(name: string, amount: CamtSpecAmount): Element {
  return { name, attributes: [['Ccy', amount.currency]], text: amount.amount };
}

/**
 * Writes the described document as camt XML (a string; encode it as UTF-8 for bytes).
 *
 * @example
 * ```ts
 * writeCamt({ message: 'camt.054', version: '001.08', messageId: 'M1', createdAt: '2026-11-23T08:00:00+01:00',
 *   account: 'CH9300762011623852957', entries: [] }, { layout: 'compact' });
 * // '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">…'
 * ```
 */
export function writeCamt(doc: CamtSpecDoc, options: WriteCamtOptions = {}): string {
  return new Serializer(options, namespaceOf(doc)).document(documentTree(doc));
}

function documentTree(doc: CamtSpecDoc): Element {
  const is053 = doc.message === 'camt.053';
  const statement = el(
    is053 ? 'Stmt' : 'Ntfctn',
    text('Id', doc.statementId ?? `${doc.messageId}-1`),
    text('CreDtTm', doc.createdAt),
    el('Acct', el('Id', text('IBAN', doc.account))),
    ...(is053 ? balances(doc) : []),
    doc.summary === true && summaryElement(doc.entries),
    ...doc.entries.map((entry) => entryElement(entry, doc.version === '001.08')),
  );
  return el(
    'Document',
    el(
      is053 ? 'BkToCstmrStmt' : 'BkToCstmrDbtCdtNtfctn',
      el('GrpHdr', text('MsgId', doc.messageId), text('CreDtTm', doc.createdAt)),
      statement,
    ),
  );
}

/** camt.053 requires balances (`Bal` 1..n); the reader does not read them, so they are zero. */
function balances(doc: CamtSpecDoc): Element[] {
  const currency = doc.entries[0]?.amount.currency ?? 'CHF';
  const zero = (0).toFixed(SPEC_MINOR_UNITS[currency] ?? 2);
  const day = doc.entries[0]?.bookingDate ?? doc.createdAt.slice(0, 10);
  return ['OPBD', 'CLBD'].map((code) =>
    el(
      'Bal',
      el('Tp', el('CdOrPrtry', text('Cd', code))),
      amountElement('Amt', { amount: zero, currency }),
      text('CdtDbtInd', 'CRDT'),
      el('Dt', text('Dt', day)),
    ),
  );
}

/** `TxsSummry` over every entry written, amounts summed in minor units. */
function summaryElement(entries: readonly CamtSpecEntry[]): Element {
  const digits = SPEC_MINOR_UNITS[entries[0]?.amount.currency ?? 'CHF'] ?? 2;
  const minor = (a: CamtSpecAmount): bigint => {
    const [whole = '0', fraction = ''] = a.amount.split('.');
    return BigInt(whole + fraction.padEnd(digits, '0'));
  };
  const format = (m: bigint): string => {
    const s = (m < 0n ? -m : m).toString().padStart(digits + 1, '0');
    return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  };
  let credit = 0n;
  let debit = 0n;
  let credits = 0;
  for (const e of entries) {
    if (e.direction === 'CRDT') {
      credit += minor(e.amount);
      credits += 1;
    } else debit += minor(e.amount);
  }
  const net = credit - debit;
  return el(
    'TxsSummry',
    el(
      'TtlNtries',
      text('NbOfNtries', String(entries.length)),
      text('Sum', format(credit + debit)),
      el('TtlNetNtry', text('Amt', format(net)), text('CdtDbtInd', net < 0n ? 'DBIT' : 'CRDT')),
    ),
    el('TtlCdtNtries', text('NbOfNtries', String(credits)), text('Sum', format(credit))),
    el('TtlDbtNtries', text('NbOfNtries', String(entries.length - credits)), text('Sum', format(debit))),
  );
}

function entryElement(entry: CamtSpecEntry, v08: boolean): Element {
  const credit = entry.direction === 'CRDT';
  const transactions = transactionsOf(entry);
  const details =
    transactions.length === 0
      ? undefined
      : el(
          'NtryDtls',
          entry.batch !== undefined &&
            el(
              'Btch',
              text('NbOfTxs', String(transactions.length)),
              amountElement('TtlAmt', entry.amount),
              text('CdtDbtInd', entry.direction),
            ),
          ...transactions.map((tx) => transactionElement(tx, entry.direction, v08)),
        );
  return el(
    'Ntry',
    amountElement('Amt', entry.amount),
    text('CdtDbtInd', entry.direction),
    text('RvslInd', entry.reversal === undefined ? undefined : String(entry.reversal)),
    // .04: EntryStatus2Code as the element's text; .08: the EntryStatus1Choice with its code.
    v08 ? el('Sts', text('Cd', entry.status)) : text('Sts', entry.status),
    el('BookgDt', text('Dt', entry.bookingDate)),
    entry.valueDate !== undefined && el('ValDt', text('Dt', entry.valueDate)),
    text('AcctSvcrRef', entry.acctSvcrRef),
    bankTransactionCode(credit, entry.reversal === true),
    details,
  );
}

function bankTransactionCode(credit: boolean, reversal: boolean): Element {
  const family = credit ? 'RCDT' : 'ICDT';
  const sub = reversal ? 'RRTN' : credit ? 'VCOM' : 'DMCT';
  return el('BkTxCd', el('Domn', text('Cd', 'PMNT'), el('Fmly', text('Cd', family), text('SubFmlyCd', sub))));
}

function transactionElement(tx: CamtSpecTransaction, direction: 'CRDT' | 'DBIT', v08: boolean): Element {
  const where = tx.amountIn ?? 'Amt';
  const party = (role: 'Dbtr' | 'Cdtr', name: string | undefined): Element | undefined =>
    name === undefined ? undefined : v08 ? el(role, el('Pty', text('Nm', name))) : el(role, text('Nm', name));
  const account = (role: 'DbtrAcct' | 'CdtrAcct', iban: string | undefined): Element | undefined =>
    iban === undefined ? undefined : el(role, el('Id', text('IBAN', iban)));
  const parties = [
    party('Dbtr', tx.debtorName),
    account('DbtrAcct', tx.debtorIban),
    party('Cdtr', tx.creditorName),
    account('CdtrAcct', tx.creditorIban),
  ];
  const structured =
    tx.reference !== undefined || tx.referenceType !== undefined || tx.addtlRmtInf !== undefined
      ? el(
          'Strd',
          (tx.reference !== undefined || tx.referenceType !== undefined) &&
            el(
              'CdtrRefInf',
              tx.referenceType !== undefined &&
                el('Tp', el('CdOrPrtry', tx.referenceType === 'QRR' ? text('Prtry', 'QRR') : text('Cd', 'SCOR'))),
              text('Ref', tx.reference),
            ),
          text('AddtlRmtInf', tx.addtlRmtInf),
        )
      : undefined;
  const ustrd = (tx.ustrd ?? []).map((u) => text('Ustrd', u));
  return el(
    'TxDtls',
    el('Refs', text('AcctSvcrRef', tx.acctSvcrRef), text('EndToEndId', 'NOTPROVIDED')),
    where !== 'AmtDtls' && amountElement('Amt', tx.amount),
    text('CdtDbtInd', direction),
    where !== 'Amt' && el('AmtDtls', el('TxAmt', amountElement('Amt', tx.amount))),
    chargesElement(tx.charges),
    parties.some((p) => p !== undefined) && el('RltdPties', ...parties),
    (ustrd.length > 0 || structured !== undefined) && el('RmtInf', ...ustrd, structured),
  );
}

function chargesElement(charges: CamtSpecTransaction['charges']): Element | undefined {
  if (charges === undefined) return undefined;
  const record = (a: CamtSpecAmount): Element =>
    el('Rcrd', amountElement('Amt', a), text('CdtDbtInd', 'DBIT'), text('ChrgInclInd', 'false'));
  if (isAmountList(charges)) return charges.length === 0 ? undefined : el('Chrgs', ...charges.map(record));
  return el('Chrgs', amountElement('TtlChrgsAndTaxAmt', charges), record(charges));
}

function isAmountList(charges: CamtSpecAmount | readonly CamtSpecAmount[]): charges is readonly CamtSpecAmount[] {
  return Array.isArray(charges);
}

/** A small seeded generator (mulberry32): the writer's layout must be reproducible from the seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Comments a naive scanner could mistake for data. None holds `--` or ends with `-`. */
const COMMENTS = [' statement ', ' <Amt Ccy="CHF">9.99</Amt> ', ' </TxDtls> <TxDtls> ', 'x', ' & < > " \' ', ' ä € 😀 '];

class Serializer {
  private readonly out: string[] = [];
  private readonly random: () => number;
  private readonly newline: string;
  private readonly layout: 'indent' | 'compact' | 'random';
  private readonly prefix: string;

  constructor(
    private readonly options: WriteCamtOptions,
    private readonly namespace: string,
  ) {
    this.random = seeded(options.seed ?? 1);
    this.newline = options.newline ?? '\n';
    this.layout = options.layout ?? 'indent';
    this.prefix = options.prefix === undefined || options.prefix === '' ? '' : `${options.prefix}:`;
  }

  document(root: Element): string {
    if (this.options.bom === true) this.out.push('\uFEFF');
    if (this.options.declaration !== false) this.out.push('<?xml version="1.0" encoding="UTF-8"?>');
    this.gap(0);
    const ns = this.prefix === '' ? 'xmlns' : `xmlns:${this.prefix.slice(0, -1)}`;
    const attributes: (readonly [string, string])[] = [[ns, this.namespace]];
    if (this.layout === 'random' && this.random() < 0.5) attributes.push(['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance']);
    this.element({ ...root, attributes }, 0);
    this.gap(0);
    return this.out.join('');
  }

  private element(e: Element, depth: number): void {
    const name = this.prefix + e.name;
    this.out.push(`<${name}`);
    for (const [key, value] of e.attributes ?? []) {
      const quote = this.layout === 'random' && this.random() < 0.3 ? "'" : '"';
      const eq = this.layout === 'random' && this.random() < 0.3 ? ' = ' : '=';
      this.out.push(`${this.space()}${key}${eq}${quote}${escapeAttribute(value)}${quote}`);
    }
    this.out.push(`${this.tagEnd()}>`);
    if (e.text !== undefined) this.out.push(this.escapeText(e.text));
    else
      for (const child of e.children ?? []) {
        this.gap(depth + 1);
        this.element(child, depth + 1);
      }
    if (e.children !== undefined && e.children.length > 0) this.gap(depth);
    this.out.push(`</${name}${this.tagEnd()}>`);
  }

  /** Whitespace (and maybe a comment) between two tags. */
  private gap(depth: number): void {
    if (this.layout === 'indent') this.out.push(this.newline + '  '.repeat(depth));
    else if (this.layout === 'random') {
      const pieces = [' ', '\t', this.newline, '  ', ''];
      const n = Math.floor(this.random() * 4);
      for (let i = 0; i < n; i += 1) this.out.push(pieces[Math.floor(this.random() * pieces.length)] ?? '');
    }
    if (this.options.comments === true && this.random() < 0.25) {
      this.out.push(`<!--${COMMENTS[Math.floor(this.random() * COMMENTS.length)] ?? ''}-->`);
    }
  }

  private space(): string {
    return this.layout === 'random' && this.random() < 0.3 ? (this.random() < 0.5 ? `${this.newline}\t` : '  ') : ' ';
  }

  private tagEnd(): string {
    return this.layout === 'random' && this.random() < 0.2 ? ' ' : '';
  }

  private escapeText(value: string): string {
    if (this.options.cdata === true && /[&<>]/.test(value)) {
      // `]]>` cannot stand in a CDATA section: close it after `]]` and open a new one.
      return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
    }
    let s = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const style = this.options.escape ?? 'minimal';
    if (style !== 'minimal') s = s.replaceAll('"', '&quot;').replaceAll("'", '&apos;');
    if (style === 'numeric') {
      let i = 0;
      s = s.replace(/[^\x20-\x7e]/gu, (c) => {
        i += 1;
        const code = c.codePointAt(0) ?? 0;
        return i % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
      });
    }
    return s;
  }
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}
