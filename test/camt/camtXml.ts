/**
 * Small hand-written camt documents for the reader's example and bad-input tests: an envelope
 * (camt.054.001.08 unless told otherwise) around entries written as XML text, so that a test shows
 * the very elements it is about. For generated documents see writeCamt.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type Version = '001.04' | '001.08';
export type Message = 'camt.053' | 'camt.054';

export interface EnvelopeOptions {
  readonly message?: Message;
  readonly version?: Version;
  /** XML placed in the statement before the entries (e.g. a `TxsSummry`). */
  readonly before?: string;
  /** A namespace prefix for every element of the envelope (the entries are written as given). */
  readonly prefix?: string;
}

/** A whole document around `entries` (XML text of `Ntry` elements), one statement. */
export function envelope(entries: string, options: EnvelopeOptions = {}): string {
  const message = options.message ?? 'camt.054';
  const version = options.version ?? '001.08';
  const [root, statement] = message === 'camt.053' ? ['BkToCstmrStmt', 'Stmt'] : ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'];
  const p = options.prefix === undefined ? '' : `${options.prefix}:`;
  const xmlns = options.prefix === undefined ? 'xmlns' : `xmlns:${options.prefix}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${p}Document ${xmlns}="urn:iso:std:iso:20022:tech:xsd:${message}.${version}"><${p}${root}>` +
    `<${p}GrpHdr><${p}MsgId>MSG-1</${p}MsgId><${p}CreDtTm>2026-11-23T08:00:00+01:00</${p}CreDtTm></${p}GrpHdr>` +
    `<${p}${statement}><${p}Id>STMT-1</${p}Id><${p}CreDtTm>2026-11-23T08:00:00+01:00</${p}CreDtTm>` +
    `<${p}Acct><${p}Id><${p}IBAN>CH9300762011623852957</${p}IBAN></${p}Id></${p}Acct>` +
    `${options.before ?? ''}${entries}</${p}${statement}></${p}${root}></${p}Document>\n`
  );
}

/** The elements of an `Ntry`; `null` leaves an element out, a string replaces its text. */
export interface EntryXml {
  readonly amount?: string | null;
  /** The `Ccy` attribute; `null` leaves it out. */
  readonly currency?: string | null;
  readonly direction?: string | null;
  readonly reversal?: string;
  readonly status?: string | null;
  /** The version decides how the status is written: `<Sts>BOOK</Sts>` (.04) or `<Sts><Cd>BOOK</Cd></Sts>` (.08). */
  readonly version?: Version;
  readonly bookingDate?: string | null;
  /** `Dt` (default) or `DtTm`. */
  readonly dateTag?: 'Dt' | 'DtTm';
  readonly valueDate?: string;
  readonly ref?: string | null;
  /** XML after `AcctSvcrRef`: usually `NtryDtls`. */
  readonly details?: string;
}

/** An `Ntry` element: by default a booked CRDT entry of CHF 10.00 on 2026-11-23 with AcctSvcrRef `E1`. */
export function entry(o: EntryXml = {}): string {
  const amount = o.amount === undefined ? '10.00' : o.amount;
  const currency = o.currency === undefined ? 'CHF' : o.currency;
  const direction = o.direction === undefined ? 'CRDT' : o.direction;
  const status = o.status === undefined ? 'BOOK' : o.status;
  const date = o.bookingDate === undefined ? '2026-11-23' : o.bookingDate;
  const ref = o.ref === undefined ? 'E1' : o.ref;
  const tag = o.dateTag ?? 'Dt';
  const sts = status === null ? '' : o.version === '001.04' ? `<Sts>${status}</Sts>` : `<Sts><Cd>${status}</Cd></Sts>`;
  return (
    '<Ntry>' +
    (amount === null ? '' : `<Amt${currency === null ? '' : ` Ccy="${currency}"`}>${amount}</Amt>`) +
    (direction === null ? '' : `<CdtDbtInd>${direction}</CdtDbtInd>`) +
    (o.reversal === undefined ? '' : `<RvslInd>${o.reversal}</RvslInd>`) +
    sts +
    (date === null ? '' : `<BookgDt><${tag}>${date}</${tag}></BookgDt>`) +
    (o.valueDate === undefined ? '' : `<ValDt><Dt>${o.valueDate}</Dt></ValDt>`) +
    (ref === null ? '' : `<AcctSvcrRef>${ref}</AcctSvcrRef>`) +
    '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>' +
    (o.details ?? '') +
    '</Ntry>'
  );
}

/** The elements of a `TxDtls`. */
export interface TxXml {
  /** `Refs/AcctSvcrRef`; absent: no bank reference (an `EndToEndId` only). */
  readonly ref?: string;
  readonly amount?: string | null;
  readonly currency?: string | null;
  /** XML after the amount (CdtDbtInd, Chrgs, RltdPties, RmtInf …). */
  readonly rest?: string;
}

/** A `TxDtls` element: by default CHF 10.00 without a bank reference. */
export function tx(o: TxXml = {}): string {
  const amount = o.amount === undefined ? '10.00' : o.amount;
  const currency = o.currency === undefined ? 'CHF' : o.currency;
  return (
    '<TxDtls><Refs>' +
    (o.ref === undefined ? '' : `<AcctSvcrRef>${o.ref}</AcctSvcrRef>`) +
    '<EndToEndId>NOTPROVIDED</EndToEndId></Refs>' +
    (amount === null ? '' : `<Amt${currency === null ? '' : ` Ccy="${currency}"`}>${amount}</Amt>`) +
    (o.rest ?? '') +
    '</TxDtls>'
  );
}

/** `NtryDtls` around transactions, with a `Btch` when `batch` is given. */
export function details(transactions: string, batch?: { count?: string; total?: string; currency?: string }): string {
  const btch =
    batch === undefined
      ? ''
      : '<Btch>' +
        (batch.count === undefined ? '' : `<NbOfTxs>${batch.count}</NbOfTxs>`) +
        (batch.total === undefined ? '' : `<TtlAmt Ccy="${batch.currency ?? 'CHF'}">${batch.total}</TtlAmt>`) +
        '</Btch>';
  return `<NtryDtls>${btch}${transactions}</NtryDtls>`;
}

/** A debtor in the form of the version: `Dbtr/Nm` (.04) or `Dbtr/Pty/Nm` (.08). */
export function debtor(name: string, version: Version = '001.08', iban?: string): string {
  const party = version === '001.04' ? `<Dbtr><Nm>${name}</Nm></Dbtr>` : `<Dbtr><Pty><Nm>${name}</Nm></Pty></Dbtr>`;
  return `<RltdPties>${party}${iban === undefined ? '' : `<DbtrAcct><Id><IBAN>${iban}</IBAN></Id></DbtrAcct>`}</RltdPties>`;
}

const FIXTURES = new URL('../fixtures/camt/', import.meta.url);

/** The good fixtures: those with an `.expected.json`, by name without extension. */
export const GOOD_FIXTURES: readonly string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

/** The bytes of a fixture file. */
export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, FIXTURES)));
}

/** A fixture's expected result (JSON). */
export function fixtureExpected(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8'));
}

/** The document as plain JSON data (drops undefined, turns the null-prototype totals into a plain object). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `value` with the `reason` of every skipped item removed, as plain JSON data. */
export function withoutReason<T extends { readonly skipped: readonly { readonly reason: string }[] }>(value: T): unknown {
  return plain({ ...value, skipped: value.skipped.map(({ reason: _reason, ...rest }) => rest) });
}
