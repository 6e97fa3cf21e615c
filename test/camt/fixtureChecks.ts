/**
 * Checks of the camt fixtures that need no reader: what the ISO 20022 structure lets one add up
 * (batches, statement summaries, balances) and the identifiers' check digits.
 */
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { isValidCreditorReference, isValidQrReference } from '../../src/index.js';
import { at, childrenNamed, descendants, textAt, type XmlNode } from './fixtureTree.js';

/** The lists of a camt document that carry money, each counted in its totals. */
export const KINDS = ['payments', 'reversals', 'debits', 'skipped'] as const;
export type Kind = (typeof KINDS)[number];

/** The message element (`BkToCstmrStmt` / `BkToCstmrDbtCdtNtfctn`) and what lies under it. */
export const messageOf = (doc: XmlNode): XmlNode => doc.children[0] as XmlNode;
export const statementsOf = (doc: XmlNode): XmlNode[] => messageOf(doc).children.filter((c) => c.name === 'Stmt' || c.name === 'Ntfctn');
export const entriesOf = (doc: XmlNode): XmlNode[] => statementsOf(doc).flatMap((s) => childrenNamed(s, 'Ntry'));
export const decimal = (node: XmlNode | undefined): Decimal => new Decimal(node?.text.trim() ?? Number.NaN);
export const txAmount = (tx: XmlNode): XmlNode | undefined => at(tx, 'Amt') ?? at(tx, 'AmtDtls/TxAmt/Amt');
export const statusOf = (ntry: XmlNode): string | undefined => textAt(ntry, 'Sts/Cd') ?? textAt(ntry, 'Sts');
export const compact = (ref: string): string => ref.replace(/ /g, '').toUpperCase();

/** What an entry is, by the rules of the spec that need no mapping: status, reversal, direction. */
export function kindOfEntry(ntry: XmlNode): Kind {
  if (statusOf(ntry) !== 'BOOK') return 'skipped';
  if (textAt(ntry, 'RvslInd') === 'true') return 'reversals';
  return textAt(ntry, 'CdtDbtInd') === 'DBIT' ? 'debits' : 'payments';
}

/** ISO 13616 check digits (mod 97 = 1). */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/.test(iban)) return false;
  const digits = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}
export const isQrIban = (iban: string): boolean => /^(CH|LI)\d{2}3[01]\d{3}/.test(iban);

/** Every creditor reference of a document with its type. */
export function referencesOf(doc: XmlNode): { type: string | undefined; ref: string }[] {
  return descendants(doc, 'CdtrRefInf').map((r) => ({
    type: textAt(r, 'Tp/CdOrPrtry/Prtry') ?? textAt(r, 'Tp/CdOrPrtry/Cd'),
    ref: textAt(r, 'Ref') ?? '',
  }));
}

/** The UTC offset of Europe/Zurich at an instant, as `+01:00`, whatever the host's time zone. */
export function zurichOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Zurich', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  return (name ?? '').replace('GMT', '');
}

/** Batches, entries with details, statement summaries and balances add up. */
export function expectSoundSums(doc: XmlNode): void {
  for (const ntry of entriesOf(doc)) {
    const entry = decimal(at(ntry, 'Amt'));
    const txs = descendants(ntry, 'TxDtls');
    if (txs.length > 0) {
      const sum = txs.reduce((s, tx) => s.plus(decimal(txAmount(tx))), new Decimal(0));
      expect(sum.equals(entry), `${textAt(ntry, 'AcctSvcrRef')}: details ${sum} against entry ${entry}`).toBe(true);
    }
    const batch = at(ntry, 'NtryDtls/Btch');
    if (batch !== undefined) {
      expect(Number(textAt(batch, 'NbOfTxs'))).toBe(txs.length);
      expect(decimal(at(batch, 'TtlAmt')).equals(entry)).toBe(true);
    }
  }
  for (const stmt of statementsOf(doc)) {
    const ntries = childrenNamed(stmt, 'Ntry');
    const sumOf = (list: XmlNode[]): Decimal => list.reduce((s, n) => s.plus(decimal(at(n, 'Amt'))), new Decimal(0));
    const credits = ntries.filter((n) => textAt(n, 'CdtDbtInd') === 'CRDT');
    const debits = ntries.filter((n) => textAt(n, 'CdtDbtInd') === 'DBIT');
    const summary = at(stmt, 'TxsSummry');
    if (summary !== undefined) {
      expect(Number(textAt(summary, 'TtlNtries/NbOfNtries'))).toBe(ntries.length);
      expect(decimal(at(summary, 'TtlNtries/Sum')).equals(sumOf(ntries))).toBe(true);
      const net = sumOf(credits).minus(sumOf(debits));
      expect(decimal(at(summary, 'TtlNtries/TtlNetNtry/Amt')).equals(net.abs())).toBe(true);
      expect(textAt(summary, 'TtlNtries/TtlNetNtry/CdtDbtInd')).toBe(net.isNegative() ? 'DBIT' : 'CRDT');
      expect(Number(textAt(summary, 'TtlCdtNtries/NbOfNtries'))).toBe(credits.length);
      expect(decimal(at(summary, 'TtlCdtNtries/Sum')).equals(sumOf(credits))).toBe(true);
      expect(Number(textAt(summary, 'TtlDbtNtries/NbOfNtries'))).toBe(debits.length);
      expect(decimal(at(summary, 'TtlDbtNtries/Sum')).equals(sumOf(debits))).toBe(true);
    }
    const balances = childrenNamed(stmt, 'Bal');
    if (balances.length > 0) {
      const signed = (b: XmlNode | undefined): Decimal =>
        b === undefined ? new Decimal(Number.NaN) : decimal(at(b, 'Amt')).times(textAt(b, 'CdtDbtInd') === 'DBIT' ? -1 : 1);
      const balance = (code: string) => signed(balances.find((b) => textAt(b, 'Tp/CdOrPrtry/Cd') === code));
      const booked = ntries.filter((n) => statusOf(n) === 'BOOK');
      const moved = sumOf(booked.filter((n) => textAt(n, 'CdtDbtInd') === 'CRDT')).minus(
        sumOf(booked.filter((n) => textAt(n, 'CdtDbtInd') === 'DBIT')),
      );
      expect(balance('OPBD').plus(moved).equals(balance('CLBD')), `${textAt(stmt, 'Id')}: balances`).toBe(true);
    }
  }
}

/** References valid for their type, IBANs with right check digits, the account never a QR-IBAN. */
export function expectValidIdentifiers(doc: XmlNode): void {
  const refs = referencesOf(doc);
  for (const { type, ref } of refs) {
    if (type === 'QRR') expect(isValidQrReference(ref), ref).toBe(true);
    else if (type === 'SCOR') expect(isValidCreditorReference(ref), ref).toBe(true);
    else expect.fail(`reference ${ref} has type ${String(type)}, neither QRR nor SCOR`);
  }
  for (const iban of descendants(doc, 'IBAN')) expect(isValidIban(iban.text.trim()), iban.text).toBe(true);
  for (const stmt of statementsOf(doc)) expect(isQrIban(textAt(stmt, 'Acct/Id/IBAN') ?? '')).toBe(false);
}
