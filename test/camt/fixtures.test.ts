/**
 * The camt fixtures (test/fixtures/camt/) and the demo files (examples/camt/) are sound in
 * themselves, checked without the library's reader: saxes judges the XML, the reference checks of
 * billing judge the references, decimal.js adds the money. The hand-written `.expected.json` of
 * each good file is then checked against its XML (what can be summed independently of any
 * mapping) and against its own totals invariant, so the reader is compared with a sound oracle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { CamtSkipCode, HostPolicyErrorCode } from '../../src/errorCodes.js';
import { isValidCreditorReference, isValidQrReference, reconcile, type InvoiceInput, type PaymentInput } from '../../src/index.js';
import { at, childrenNamed, descendants, parseXml, resolvePath, textAt } from './fixtureTree.js';
import {
  compact,
  entriesOf,
  expectSoundSums,
  expectValidIdentifiers,
  KINDS,
  type Kind,
  kindOfEntry,
  messageOf,
  referencesOf,
  statementsOf,
  decimal,
  zurichOffset,
} from './fixtureChecks.js';

const DIR = new URL('../fixtures/camt/', import.meta.url);
const DEMO = new URL('../../examples/camt/', import.meta.url);
const bytesOf = (name: string, dir = DIR): Buffer => readFileSync(new URL(name, dir));
const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

interface Amount {
  readonly amount: string;
  readonly currency: string;
}
interface Item {
  readonly id: string;
  readonly path?: string;
  readonly amount: Amount;
  readonly bookedAt: string;
  readonly valueDate?: string;
  readonly reference?: string;
  readonly referenceType?: string;
  readonly debtorName?: string;
  readonly debtorIban?: string;
  readonly creditorName?: string;
  readonly creditorIban?: string;
  readonly charges?: Amount;
}
interface Count {
  readonly count: number;
  readonly amount: string;
}
interface Expected {
  readonly message: string;
  readonly version: string;
  readonly messageId: string;
  readonly createdAt: string;
  readonly account?: string;
  readonly statements: readonly { id: string; account?: string; createdAt?: string; entries: number }[];
  readonly payments: readonly Item[];
  readonly reversals: readonly Item[];
  readonly debits: readonly Item[];
  readonly skipped: readonly { path: string; code: string; reason: string; id?: string; amount?: Amount }[];
  readonly totals: Readonly<Record<string, Readonly<Record<Kind | 'entries', Count>>>>;
}

const GOOD = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

/** `camt054-v08-…` → camt.054, 001.08 and its namespace. */
function kindOf(name: string): { message: string; version: string; namespace: string } {
  const m = /^camt(05[34])-v(0[48])-/.exec(name);
  if (m === null) throw new Error(`${name}: name does not say message and version`);
  const message = `camt.${m[1]}`;
  const version = `001.${m[2]}`;
  return { message, version, namespace: `urn:iso:std:iso:20022:tech:xsd:${message}.${version}` };
}

describe('camt fixtures: good files', () => {
  it('are the five of issue 17 (one per message and version, and EUR)', () => {
    expect(GOOD).toEqual([
      'camt053-v04-statement',
      'camt053-v08-statement',
      'camt054-v04-qr-batch',
      'camt054-v08-eur',
      'camt054-v08-qr-batch',
    ]);
  });

  describe.each(GOOD)('%s', (name) => {
    const bytes = bytesOf(`${name}.xml`);
    const text = utf8(bytes);
    const doc = parseXml(text);
    const expected = JSON.parse(utf8(bytesOf(`${name}.expected.json`))) as Expected;
    const { message, version, namespace } = kindOf(name);

    it('is well-formed UTF-8 with an encoding declaration, in the namespace and message its name says', () => {
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
      expect(doc.name).toBe('Document');
      expect(doc.uri).toBe(namespace);
      expect(messageOf(doc).name).toBe(message === 'camt.053' ? 'BkToCstmrStmt' : 'BkToCstmrDbtCdtNtfctn');
      for (const stmt of statementsOf(doc)) expect(stmt.name).toBe(message === 'camt.053' ? 'Stmt' : 'Ntfctn');
      for (const ntry of entriesOf(doc)) {
        // .04 holds the status as text, .08 in a Cd element (EntryStatus1Choice).
        if (version === '001.08') expect(textAt(ntry, 'Sts/Cd')).toMatch(/^[A-Z]{4}$/);
        else expect(at(ntry, 'Sts')?.children).toEqual([]);
      }
      const parties = descendants(doc, 'Dbtr').concat(descendants(doc, 'Cdtr'));
      for (const p of parties) expect(textAt(p, version === '001.08' ? 'Pty/Nm' : 'Nm'), `${p.name} name in ${version}`).toBeDefined();
    });

    it('has valid references (QRR mod 10, SCOR mod 97) and IBANs', () => {
      expect(referencesOf(doc).length).toBeGreaterThan(0);
      expectValidIdentifiers(doc);
    });

    it('adds up: batches, entries with details, TxsSummry and balances', () => {
      expectSoundSums(doc);
    });

    it('expected.json: per currency, entries = payments + reversals + debits + skipped, to the cent', () => {
      expect(Object.keys(expected.totals).length).toBeGreaterThan(0);
      for (const [currency, t] of Object.entries(expected.totals)) {
        for (const c of Object.values(t)) expect(c.amount, currency).toMatch(/^\d+\.\d{2}$/);
        const parts = KINDS.reduce((s, k) => s.plus(t[k].amount), new Decimal(0));
        expect(parts.toFixed(2), currency).toBe(new Decimal(t.entries.amount).toFixed(2));
      }
    });

    it('expected.json: totals are the sums of its own lists', () => {
      for (const [currency, t] of Object.entries(expected.totals)) {
        for (const kind of KINDS) {
          const items = (expected[kind] as readonly { amount?: Amount }[]).filter((i) => i.amount?.currency === currency);
          const sum = items.reduce((s, i) => s.plus(i.amount?.amount ?? 0), new Decimal(0));
          expect(sum.toFixed(2), `${currency} ${kind}`).toBe(t[kind].amount);
          expect(items.length, `${currency} ${kind}`).toBe(t[kind].count);
        }
      }
    });

    it('expected.json: totals agree with the entries of the XML (by status, reversal flag, direction)', () => {
      const sums: Record<string, Record<Kind | 'entries', { count: number; amount: Decimal }>> = {};
      for (const ntry of entriesOf(doc)) {
        const amt = at(ntry, 'Amt');
        const currency = amt?.attributes['Ccy'] ?? '?';
        const zero = () => ({ count: 0, amount: new Decimal(0) });
        sums[currency] ??= { entries: zero(), payments: zero(), reversals: zero(), debits: zero(), skipped: zero() };
        const row = sums[currency];
        const kind = kindOfEntry(ntry);
        const items = kind === 'skipped' ? 1 : Math.max(1, descendants(ntry, 'TxDtls').length);
        row.entries = { count: row.entries.count + 1, amount: row.entries.amount.plus(decimal(amt)) };
        row[kind] = { count: row[kind].count + items, amount: row[kind].amount.plus(decimal(amt)) };
      }
      expect(Object.keys(expected.totals).sort()).toEqual(Object.keys(sums).sort());
      for (const [currency, row] of Object.entries(sums)) {
        for (const [k, v] of Object.entries(row)) {
          expect(expected.totals[currency]?.[k as Kind]).toEqual({ count: v.count, amount: v.amount.toFixed(2) });
        }
      }
    });

    it('expected.json: header and statements as in the XML', () => {
      expect([expected.message, expected.version]).toEqual([message, version]);
      expect(expected.messageId).toBe(textAt(messageOf(doc), 'GrpHdr/MsgId'));
      expect(expected.createdAt).toBe(textAt(messageOf(doc), 'GrpHdr/CreDtTm'));
      const statements = statementsOf(doc).map((s) => ({
        id: textAt(s, 'Id'),
        account: textAt(s, 'Acct/Id/IBAN'),
        createdAt: textAt(s, 'CreDtTm'),
        entries: childrenNamed(s, 'Ntry').length,
      }));
      expect(expected.statements).toEqual(statements);
      expect(expected.account).toBe(statements[0]?.account);
    });

    it('expected.json: unique ids, compact references found in the XML, dates in Zurich time', () => {
      const items = [...expected.payments, ...expected.reversals, ...expected.debits];
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = new Set(referencesOf(doc).map((r) => compact(r.ref)));
      const ibans = new Set(descendants(doc, 'IBAN').map((n) => n.text.trim()));
      const names = new Set(descendants(doc, 'Nm').map((n) => n.text.trim()));
      for (const i of items) {
        if (i.reference !== undefined) {
          expect(refs.has(i.reference), i.reference).toBe(true);
          expect(i.reference).toBe(compact(i.reference));
        }
        if (i.referenceType === 'QRR') expect(isValidQrReference(i.reference ?? '')).toBe(true);
        if (i.referenceType === 'SCOR') expect(isValidCreditorReference(i.reference ?? '')).toBe(true);
        for (const iban of [i.debtorIban, i.creditorIban]) if (iban !== undefined) expect(ibans.has(iban), iban).toBe(true);
        for (const nm of [i.debtorName, i.creditorName]) if (nm !== undefined) expect(names.has(nm), nm).toBe(true);
        for (const date of [i.bookedAt, i.valueDate]) {
          if (date === undefined) continue;
          const m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})$/.exec(date);
          expect(m, date).not.toBeNull();
          expect(m?.[1], date).toBe(zurichOffset(new Date(date)));
        }
        if (i.path !== undefined) expect(resolvePath(messageOf(doc), i.path), i.path).toBeDefined();
      }
      for (const s of expected.skipped) expect(resolvePath(messageOf(doc), s.path), s.path).toBeDefined();
    });
  });
});

// The codes bad-files.json may name: compile errors here when the library renames one.
const ERROR_CODES = [
  'CAMT_NOT_XML',
  'CAMT_UNSUPPORTED_MESSAGE',
  'CAMT_TRUNCATED',
  'CAMT_LIMIT_EXCEEDED',
] as const satisfies readonly HostPolicyErrorCode[];
const SKIP_CODES = [
  'NOT_BOOKED',
  'MISSING_CURRENCY',
  'BAD_AMOUNT',
  'UNKNOWN_CURRENCY',
  'DUPLICATE_TRANSACTION',
  'REPEATED_TRANSACTION',
  'BATCH_COUNT_MISMATCH',
  'BATCH_SUM_MISMATCH',
  'SUMMARY_MISMATCH',
] as const satisfies readonly CamtSkipCode[];
const SUPPORTED = ['camt.053.001.04', 'camt.053.001.08', 'camt.054.001.04', 'camt.054.001.08'].map(
  (m) => `urn:iso:std:iso:20022:tech:xsd:${m}`,
);

interface BadFile {
  readonly file: string;
  readonly expect: 'error' | 'skipped';
  readonly code: string;
  readonly path?: string;
  readonly amount?: Amount;
}

describe('camt fixtures: bad files', () => {
  const list = JSON.parse(utf8(bytesOf('bad-files.json'))) as BadFile[];

  it('bad-files.json lists every other file of the folder once, with a known code', () => {
    const others = readdirSync(DIR).filter(
      (f) => f !== 'bad-files.json' && !f.endsWith('.expected.json') && !GOOD.includes(f.replace(/\.xml$/, '')),
    );
    expect(list.map((b) => b.file).sort()).toEqual(others.sort());
    for (const b of list) {
      expect(existsSync(new URL(b.file, DIR)), b.file).toBe(true);
      if (b.expect === 'error') {
        expect(ERROR_CODES as readonly string[], b.file).toContain(b.code);
        expect(b.path, b.file).toBeUndefined();
      } else {
        expect(b.expect).toBe('skipped');
        expect(SKIP_CODES as readonly string[], b.file).toContain(b.code);
        expect(b.path, b.file).toMatch(/^(Stmt|Ntfctn)\[\d+\](\/[A-Za-z]+(\[\d+\])?)+$/);
      }
    }
  });

  it.each(list.map((b) => [b.file, b] as const))('%s says what is wrong with it at the top', (file) => {
    const head = bytesOf(file).subarray(0, 400).toString('latin1');
    if (file.endsWith('.txt')) expect(head).toMatch(/^# Bad: /);
    else expect(head).toMatch(/^<\?xml [^>]*\?>\r?\n<!-- Bad: [^\n]+-->\r?\n/);
  });

  it.each(list.filter((b) => b.expect === 'skipped').map((b) => [b.file, b] as const))(
    '%s is a well-formed, supported camt file and its path names an element of it',
    (file, b) => {
      const doc = parseXml(utf8(bytesOf(file)));
      expect(SUPPORTED).toContain(doc.uri);
      expect(resolvePath(messageOf(doc), b.path ?? ''), b.path).toBeDefined();
    },
  );

  it('each error file has the fault its code names, as saxes and the UTF-8 decoder see it', () => {
    const errors = list.filter((b) => b.expect === 'error');
    for (const b of errors) {
      const bytes = bytesOf(b.file);
      if (b.file === 'latin1-encoding.xml') {
        expect(() => utf8(bytes)).toThrow();
        continue;
      }
      const text = utf8(bytes);
      if (b.code === 'CAMT_UNSUPPORTED_MESSAGE') {
        const doc = parseXml(text);
        expect(doc.name).toBe('Document');
        expect(SUPPORTED).not.toContain(doc.uri);
      } else if (b.code === 'CAMT_TRUNCATED') {
        expect(text).not.toContain('</Document>');
        expect(() => parseXml(text)).toThrow();
      } else if (b.file === 'doctype-entity.xml') {
        expect(text).toMatch(/<!DOCTYPE Document \[\s*<!ENTITY/);
      } else {
        expect(() => parseXml(text), b.file).toThrow();
      }
    }
    expect(errors.map((b) => b.file)).toEqual(
      expect.arrayContaining(['not-xml.txt', 'doctype-entity.xml', 'truncated.xml', 'camt054-v02.xml']),
    );
  });
});

describe('camt demo (examples/camt)', () => {
  const doc = parseXml(utf8(bytesOf('statement.xml', DEMO)));
  const invoices = JSON.parse(utf8(bytesOf('invoices.json', DEMO))) as InvoiceInput[];

  it('the statement is a sound camt.054.001.08 of 8 payments', () => {
    expect(doc.uri).toBe('urn:iso:std:iso:20022:tech:xsd:camt.054.001.08');
    expect(descendants(doc, 'TxDtls')).toHaveLength(8);
    expectValidIdentifiers(doc);
    expectSoundSums(doc);
  });

  it('reconciled against invoices.json: settles five, credits two with their causes, leaves one unidentified', () => {
    // A minimal mapping of this one file's shape (every transaction has its own AcctSvcrRef, all
    // dates are in winter time): enough to show the two files fit, not a reader.
    const payments: PaymentInput[] = entriesOf(doc).flatMap((ntry) =>
      descendants(ntry, 'TxDtls').map((tx) => {
        const ref = textAt(tx, 'RmtInf/Strd/CdtrRefInf/Ref');
        return {
          id: textAt(tx, 'Refs/AcctSvcrRef') ?? '',
          amount: { amount: textAt(tx, 'Amt') ?? '', currency: at(tx, 'Amt')?.attributes['Ccy'] ?? '' },
          bookedAt: `${textAt(ntry, 'BookgDt/Dt')}T00:00:00+01:00`,
          debtorName: textAt(tx, 'RltdPties/Dbtr/Pty/Nm') ?? '',
          ...(ref === undefined ? {} : { reference: compact(ref) }),
        };
      }),
    );
    const r = reconcile({ invoices, payments });
    expect(r.settled.map((s) => [s.payment.id, s.invoice.id])).toEqual([
      ['ZKB-20261214-T01', '2026-1201'],
      ['ZKB-20261214-T02', '2026-1202'],
      ['ZKB-20261214-T03', '2026-1205'],
      ['ZKB-20261215-T01', '2026-1203'],
      ['ZKB-20261215-T02', '2026-1207'],
    ]);
    expect(r.credited.map((c) => [c.payment.id, c.customer, c.cause])).toEqual([
      ['ZKB-20261214-T04', 'c4', 'AMOUNT_MISMATCH'],
      ['ZKB-20261214-T05', 'c1', 'STALE_REFERENCE'],
    ]);
    expect(r.unidentified.map((p) => p.id)).toEqual(['ZKB-20261214-T06']);
    expect(r.invoices.filter((i) => !i.settled).map((i) => i.id)).toEqual(['2026-1204', '2026-1206']);
    expect(new Set(invoices.map((i) => i.customer))).toEqual(new Set(['c1', 'c2', 'c3', 'c4']));
  });
});
