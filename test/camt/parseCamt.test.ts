/**
 * parseCamt by example, one rule of docs/rules.md (CMT-01..08) at a time: the good fixtures against
 * their hand-written results, then small documents written inline for each case the rules name
 * (versions, statuses, amounts, ids, reversals, debits, batches, summaries, references, texts).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseCamt, type CamtDocument } from '../../src/camt/index.js';
import { HostPolicyError } from '../../src/errors.js';
import { expectPolicyError } from '../helpers/expectError.js';
import {
  debtor,
  details,
  entry,
  envelope,
  fixtureBytes,
  fixtureExpected,
  GOOD_FIXTURES,
  plain,
  tx,
  withoutReason,
  type Version,
} from './camtXml.js';

const parse = (entries: string, options?: Parameters<typeof envelope>[1]): CamtDocument => parseCamt(envelope(entries, options));

/** A reason is a sentence a person reads: non-empty, several words, no stray whitespace. */
function expectSentences(doc: CamtDocument): void {
  for (const s of doc.skipped) {
    expect(typeof s.reason).toBe('string');
    expect(s.reason).toBe(s.reason.trim());
    expect(s.reason.length).toBeGreaterThan(10);
    expect(s.reason).toMatch(/\w+ \w+/);
  }
}

/** Per currency: entries = payments + reversals + debits + skipped, and each total is the sum of its list. */
function expectTotalsInvariant(doc: CamtDocument): void {
  const lists = { payments: doc.payments, reversals: doc.reversals, debits: doc.debits, skipped: doc.skipped } as const;
  expect(Object.getPrototypeOf(doc.totals)).toBe(null);
  for (const [currency, t] of Object.entries(doc.totals)) {
    const sum = new Decimal(t.payments.amount).plus(t.reversals.amount).plus(t.debits.amount).plus(t.skipped.amount);
    expect(sum.equals(t.entries.amount), `${currency}: ${JSON.stringify(t)}`).toBe(true);
    for (const [kind, list] of Object.entries(lists)) {
      const mine = list.filter((i) => i.amount?.currency === currency);
      const total = mine.reduce((s, i) => s.plus(i.amount?.amount ?? 0), new Decimal(0));
      expect(t[kind as keyof typeof lists].count, `${currency} ${kind} count`).toBe(mine.length);
      expect(total.equals(t[kind as keyof typeof lists].amount), `${currency} ${kind} amount`).toBe(true);
    }
  }
  for (const list of Object.values(lists))
    for (const item of list) if (item.amount !== undefined) expect(Object.hasOwn(doc.totals, item.amount.currency)).toBe(true);
}

/** The skipped items as `[path, code, amount?]`. */
const skippedOf = (doc: CamtDocument): unknown[] =>
  doc.skipped.map((s) => [s.path, s.code, ...(s.amount === undefined ? [] : [`${s.amount.amount} ${s.amount.currency}`])]);

describe('parseCamt: the good fixtures', () => {
  it('finds the five good fixtures', () => {
    expect(GOOD_FIXTURES.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of GOOD_FIXTURES) {
    it(`${name}: equals its .expected.json in every field; each skipped reason is a sentence`, () => {
      const doc = parseCamt(fixtureBytes(`${name}.xml`));
      expect(withoutReason(doc)).toEqual(withoutReason(fixtureExpected(name) as CamtDocument));
      expectSentences(doc);
      expectTotalsInvariant(doc);
    });
  }

  it('reads the same document from a string, a Uint8Array, a Buffer and an ArrayBuffer', () => {
    const bytes = fixtureBytes('camt054-v08-qr-batch.xml');
    const expected = plain(parseCamt(bytes));
    expect(plain(parseCamt(new TextDecoder().decode(bytes)))).toEqual(expected);
    expect(plain(parseCamt(Buffer.from(bytes)))).toEqual(expected);
    expect(plain(parseCamt(bytes.slice().buffer))).toEqual(expected);
  });
});

describe('CMT-01 parseCamt: which documents are read', () => {
  it('CMT-01 reads camt.053 and camt.054 in versions .04 and .08, with a default or a prefixed namespace', () => {
    for (const message of ['camt.053', 'camt.054'] as const) {
      for (const version of ['001.04', '001.08'] as const) {
        for (const prefix of [undefined, 'camt']) {
          const doc = parse(entry({ version }), { message, version, ...(prefix === undefined ? {} : { prefix }) });
          expect([doc.message, doc.version, doc.messageId, doc.account]).toEqual([message, version, 'MSG-1', 'CH9300762011623852957']);
          expect(doc.payments.map((p) => p.id)).toEqual(['E1']);
          expect(doc.statements).toEqual([
            { id: 'STMT-1', account: 'CH9300762011623852957', createdAt: '2026-11-23T08:00:00+01:00', entries: 1 },
          ]);
        }
      }
    }
  });

  it('CMT-01 refuses other messages and versions, naming the 2009 version as such', () => {
    const namespaced = (ns: string) => `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${ns}"><x/></Document>`;
    const old = expectPolicyError(() => parseCamt(namespaced('camt.054.001.02')), 'CAMT_UNSUPPORTED_MESSAGE');
    expect(old.message).toMatch(/2009/);
    expect(old.message).toMatch(/camt\.054\.001\.02/);
    for (const ns of ['camt.053.001.02', 'camt.052.001.08', 'camt.054.001.09', 'camt.053.001.10', 'pain.001.001.09']) {
      const e = expectPolicyError(() => parseCamt(namespaced(ns)), 'CAMT_UNSUPPORTED_MESSAGE');
      expect(e.details).toMatchObject({ path: '', offset: 0 });
    }
    expectPolicyError(() => parseCamt('<Document><x/></Document>'), 'CAMT_UNSUPPORTED_MESSAGE');
    expectPolicyError(() => parseCamt('<Dokument xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"/>'), 'CAMT_UNSUPPORTED_MESSAGE');
    // A camt.054 namespace around a camt.053 message element.
    expectPolicyError(
      () => parseCamt(envelope(entry(), { message: 'camt.053' }).replace('camt.053.001', 'camt.054.001')),
      'CAMT_UNSUPPORTED_MESSAGE',
    );
    // A message without its group header's id.
    expectPolicyError(() => parseCamt(envelope(entry()).replace('<MsgId>MSG-1</MsgId>', '')), 'CAMT_UNSUPPORTED_MESSAGE');
  });

  it('CMT-01 a failure of the document names the element path and the byte offset (in bytes, not characters)', () => {
    const xml = envelope(
      entry({ ref: 'Zürich-1' }) + entry({ ref: 'E2', details: details(tx({ rest: '<RmtInf><Ustrd>x</Bad></RmtInf>' })) }),
    );
    const e = expectPolicyError(() => parseCamt(xml), 'CAMT_NOT_XML');
    const offset = Buffer.from(xml).indexOf('</Bad>');
    expect(offset).toBeGreaterThan(xml.indexOf('</Bad>')); // the ü before it takes two bytes
    expect(e.details).toEqual({ path: 'Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[1]', offset });
    expect(e.message).toMatch(/Bad/);
  });

  it('CMT-01 a document that ends early is CAMT_TRUNCATED; an empty one CAMT_NOT_XML', () => {
    const xml = envelope(entry());
    for (const end of [xml.indexOf('<Ntry>') + 3, xml.indexOf('</Ntfctn>'), xml.length - 3]) {
      const e = expectPolicyError(() => parseCamt(xml.slice(0, end)), 'CAMT_TRUNCATED');
      expect(typeof (e.details as { offset: number }).offset).toBe('number');
    }
    expectPolicyError(() => parseCamt(''), 'CAMT_NOT_XML');
  });
});

describe('CMT-02 parseCamt: only booked entries carry money', () => {
  it('CMT-02 reads the status as .04 writes it (<Sts>BOOK</Sts>) and as .08 does (<Sts><Cd>BOOK</Cd></Sts>)', () => {
    const results = (['001.04', '001.08'] as Version[]).map((version) =>
      parse(entry({ version, details: details(tx({ ref: 'T1' }) + tx({ ref: 'T2' }), { count: '2', total: '20.00' }), amount: '20.00' }), {
        version,
      }),
    );
    for (const doc of results) {
      expect(doc.payments.map((p) => p.id)).toEqual(['T1', 'T2']);
      expect(doc.skipped).toEqual([]);
    }
    expect(plain(results[0]?.payments)).toEqual(plain(results[1]?.payments));
  });

  it('CMT-02 a pending or informational entry is one NOT_BOOKED item with its amount and id; its transactions are not read', () => {
    for (const version of ['001.04', '001.08'] as Version[]) {
      const doc = parse(
        entry({ version, status: 'PDNG', amount: '30.00', details: details(tx({ ref: 'T1' }) + tx({ ref: 'T2' }) + tx({ ref: 'T3' })) }) +
          entry({ version, status: 'INFO', ref: 'E2', amount: '5.00' }) +
          entry({ version, status: null, ref: 'E3', amount: '1.00' }),
        { version },
      );
      expect(doc.payments).toEqual([]);
      expect(doc.skipped.map((s) => [s.path, s.code, s.id, s.amount?.amount])).toEqual([
        ['Ntfctn[1]/Ntry[1]/Sts', 'NOT_BOOKED', 'E1', '30.00'],
        ['Ntfctn[1]/Ntry[2]/Sts', 'NOT_BOOKED', 'E2', '5.00'],
        ['Ntfctn[1]/Ntry[3]/Sts', 'NOT_BOOKED', 'E3', '1.00'],
      ]);
      expect(doc.skipped[0]?.reason).toMatch(/PDNG/);
      expect(doc.totals.CHF?.entries).toEqual({ count: 3, amount: '36.00' });
      expect(doc.totals.CHF?.skipped).toEqual({ count: 3, amount: '36.00' });
    }
  });

  it('CMT-02 an entry without a readable amount, currency, direction or booking date is one skipped item', () => {
    const three = details(tx({ ref: 'T1' }) + tx({ ref: 'T2' }) + tx({ ref: 'T3' }));
    const doc = parse(
      [
        entry({ amount: null, details: three }),
        entry({ currency: null, ref: 'E2', details: three }),
        entry({ amount: '-30.00', ref: 'E3', details: three }),
        entry({ currency: 'XYZ', ref: 'E4' }),
        entry({ direction: null, amount: '30.00', ref: 'E5', details: three }),
        entry({ direction: 'BOTH', amount: '30.00', ref: 'E6' }),
        entry({ bookingDate: null, amount: '30.00', ref: 'E7', details: three }),
        entry({ bookingDate: '2026-02-30', amount: '30.00', ref: 'E8' }),
        entry({ bookingDate: 'tomorrow', dateTag: 'DtTm', amount: '30.00', ref: 'E9' }),
      ].join(''),
    );
    expect(doc.payments).toEqual([]);
    expect(skippedOf(doc)).toEqual([
      ['Ntfctn[1]/Ntry[1]/Amt', 'MISSING_AMOUNT'],
      ['Ntfctn[1]/Ntry[2]/Amt', 'MISSING_CURRENCY'],
      ['Ntfctn[1]/Ntry[3]/Amt', 'BAD_AMOUNT'],
      ['Ntfctn[1]/Ntry[4]/Amt', 'UNKNOWN_CURRENCY'],
      ['Ntfctn[1]/Ntry[5]/CdtDbtInd', 'MISSING_DIRECTION', '30.00 CHF'],
      ['Ntfctn[1]/Ntry[6]/CdtDbtInd', 'MISSING_DIRECTION', '30.00 CHF'],
      ['Ntfctn[1]/Ntry[7]/BookgDt', 'MISSING_DATE', '30.00 CHF'],
      ['Ntfctn[1]/Ntry[8]/BookgDt', 'MISSING_DATE', '30.00 CHF'],
      ['Ntfctn[1]/Ntry[9]/BookgDt', 'MISSING_DATE', '30.00 CHF'],
    ]);
    expectSentences(doc);
    expectTotalsInvariant(doc);
    expect(doc.totals.CHF?.entries).toEqual({ count: 5, amount: '150.00' });
  });
});

describe('CMT-03 parseCamt: payments', () => {
  it('CMT-03 one payment per TxDtls of a booked credit entry, or the entry itself when it has none', () => {
    const doc = parse(
      entry({ amount: '35.00', details: details(tx({ ref: 'T1', amount: '10.00' }) + tx({ ref: 'T2', amount: '25.00' })) }) +
        entry({ ref: 'E2', amount: '7.50' }),
    );
    expect(doc.payments.map((p) => [p.id, p.amount.amount])).toEqual([
      ['T1', '10.00'],
      ['T2', '25.00'],
      ['E2', '7.50'],
    ]);
    expect(doc.totals.CHF?.payments).toEqual({ count: 3, amount: '42.50' });
  });

  it('CMT-03 amounts are exact decimal strings in the currency minor units, never floats, never negative', () => {
    const doc = parse(
      [
        entry({ amount: '100.5', ref: 'E1' }),
        entry({ amount: ' 007 ', ref: 'E2' }),
        entry({ amount: '5', currency: 'JPY', ref: 'E3' }),
        entry({ amount: '1.5', currency: 'KWD', ref: 'E4' }),
        entry({ amount: '9999999999999999.99', ref: 'E5' }),
        entry({ amount: '0.10', ref: 'E6' }),
        entry({ amount: '0.20', ref: 'E7' }),
        entry({ amount: '1.001', ref: 'E8' }),
        entry({ amount: '1e3', ref: 'E9' }),
        entry({ amount: '12345678901234567.89', ref: 'E10' }),
        entry({ amount: '-1.00', ref: 'E11' }),
        entry({ amount: '1.5', currency: 'JPY', ref: 'E12' }),
        entry({ amount: '', ref: 'E13' }),
        entry({ amount: '1,00', ref: 'E14' }),
      ].join(''),
    );
    expect(doc.payments.map((p) => [p.id, p.amount.amount, p.amount.currency])).toEqual([
      ['E1', '100.50', 'CHF'],
      ['E2', '7.00', 'CHF'],
      ['E3', '5', 'JPY'],
      ['E4', '1.500', 'KWD'],
      ['E5', '9999999999999999.99', 'CHF'],
      ['E6', '0.10', 'CHF'],
      ['E7', '0.20', 'CHF'],
    ]);
    expect(doc.skipped.map((s) => [s.path, s.code])).toEqual(
      [8, 9, 10, 11, 12, 13, 14].map((n) => [`Ntfctn[1]/Ntry[${n}]/Amt`, 'BAD_AMOUNT']),
    );
    // 0.10 + 0.20 is 0.30, and the 18-digit amount is kept to the cent.
    expect(doc.totals.CHF?.payments.amount).toBe('10000000000000107.79');
    expect(doc.skipped.find((s) => s.path.includes('Ntry[11]'))?.reason).toMatch(/negative/);
  });

  it('CMT-03 charges are kept apart from the amount: the total when given, else the sum of the records', () => {
    const chargesTotal = '<Chrgs><TtlChrgsAndTaxAmt Ccy="CHF">0.5</TtlChrgsAndTaxAmt><Rcrd><Amt Ccy="CHF">9.00</Amt></Rcrd></Chrgs>';
    const chargeRecords = '<Chrgs><Rcrd><Amt Ccy="CHF">0.25</Amt></Rcrd><Rcrd><Amt Ccy="CHF">0.75</Amt></Rcrd></Chrgs>';
    const doc = parse(
      entry({
        amount: '30.00',
        details: details(tx({ ref: 'T1', rest: chargesTotal }) + tx({ ref: 'T2', amount: '20.00', rest: chargeRecords })),
      }),
    );
    expect(doc.payments.map((p) => [p.id, p.amount.amount, p.charges])).toEqual([
      ['T1', '10.00', { amount: '0.50', currency: 'CHF' }],
      ['T2', '20.00', { amount: '1.00', currency: 'CHF' }],
    ]);
    expect(doc.totals.CHF?.payments).toEqual({ count: 2, amount: '30.00' });
    expect(doc.skipped).toEqual([]);
  });

  it('CMT-03 AmtDtls/TxAmt/Amt stands in for a missing Amt; a transaction in another currency than its entry is BAD_AMOUNT', () => {
    const doc = parse(
      entry({
        amount: '30.00',
        details: details(
          tx({ ref: 'T1', amount: null, rest: '<AmtDtls><TxAmt><Amt Ccy="CHF">12.00</Amt></TxAmt></AmtDtls>' }) +
            tx({ ref: 'T2', amount: '18.00', currency: 'EUR' }),
        ),
      }),
    );
    expect(doc.payments.map((p) => [p.id, p.amount.amount])).toEqual([['T1', '12.00']]);
    expect(skippedOf(doc)).toEqual([
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[2]/Amt', 'BAD_AMOUNT'],
      ['Ntfctn[1]/Ntry[1]/Amt', 'BATCH_SUM_MISMATCH', '18.00 CHF'],
    ]);
    expectTotalsInvariant(doc);
  });
});

describe('CMT-04 parseCamt: payment ids', () => {
  it('CMT-04 the id is Refs/AcctSvcrRef, else the entry AcctSvcrRef / the position over all NtryDtls, else the entry AcctSvcrRef', () => {
    const doc = parse(
      entry({
        ref: 'ZV20261123',
        amount: '40.00',
        details: details(tx() + tx({ ref: 'OWN-2' }) + tx()) + details(tx()),
      }) + entry({ ref: 'ZV20261124', amount: '10.00' }),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['ZV20261123/1', 'OWN-2', 'ZV20261123/3', 'ZV20261123/4', 'ZV20261124']);
  });

  it('CMT-04 the same file read again gives the same ids, and so does another split of transactions that have their own reference', () => {
    const a = tx({ ref: 'T-A', amount: '10.00' });
    const b = tx({ ref: 'T-B', amount: '20.00' });
    const c = tx({ ref: 'T-C', amount: '30.00' });
    const oneBatch = parse(entry({ ref: 'DAY-1', amount: '60.00', details: details(a + b + c) }));
    const split = parse(
      entry({ ref: 'DAY-1a', amount: '30.00', details: details(a + b) }) + entry({ ref: 'DAY-1b', amount: '30.00', details: details(c) }),
    );
    expect(oneBatch.payments.map((p) => p.id)).toEqual(['T-A', 'T-B', 'T-C']);
    expect(split.payments.map((p) => p.id)).toEqual(['T-A', 'T-B', 'T-C']);
    expect(plain(parseCamt(fixtureBytes('camt054-v04-qr-batch.xml')).payments)).toEqual(
      plain(parseCamt(fixtureBytes('camt054-v04-qr-batch.xml')).payments),
    );
  });

  it('CMT-04 a transaction or entry without any bank reference is MISSING_ID, with its amount', () => {
    const doc = parse(
      entry({ ref: null, amount: '10.00', details: details(tx()) }) +
        entry({ ref: null, amount: '5.00' }) +
        entry({ ref: '  ', amount: '1.00' }),
    );
    expect(skippedOf(doc)).toEqual([
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]', 'MISSING_ID', '10.00 CHF'],
      ['Ntfctn[1]/Ntry[2]', 'MISSING_ID', '5.00 CHF'],
      ['Ntfctn[1]/Ntry[3]', 'MISSING_ID', '1.00 CHF'],
    ]);
    expectTotalsInvariant(doc);
  });

  it('CMT-04 an id read again is REPEATED_TRANSACTION (same contents) or DUPLICATE_TRANSACTION, skipped with its amount and id', () => {
    const doc = parse(
      entry({ ref: 'E1', details: details(tx({ ref: 'T1' })) }) +
        entry({ ref: 'E2', details: details(tx({ ref: 'T1' })) }) +
        entry({ ref: 'E3', amount: '11.00', details: details(tx({ ref: 'T1', amount: '11.00' })) }) +
        entry({ ref: 'E4' }) +
        entry({ ref: 'E4', bookingDate: '2026-11-24' }),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1', 'E4']);
    expect(doc.skipped.map((s) => [s.path, s.code, s.id, s.amount?.amount])).toEqual([
      ['Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[1]/Refs/AcctSvcrRef', 'REPEATED_TRANSACTION', 'T1', '10.00'],
      ['Ntfctn[1]/Ntry[3]/NtryDtls/TxDtls[1]/Refs/AcctSvcrRef', 'DUPLICATE_TRANSACTION', 'T1', '11.00'],
      ['Ntfctn[1]/Ntry[5]/AcctSvcrRef', 'DUPLICATE_TRANSACTION', 'E4', '10.00'],
    ]);
    expectTotalsInvariant(doc);
  });

  it('CMT-04 a repeat that differs only in its message or debtor is another transaction: DUPLICATE_TRANSACTION', () => {
    const message = (text: string) => `<RmtInf><Ustrd>${text}</Ustrd></RmtInf>`;
    const doc = parse(
      entry({ ref: 'E1', details: details(tx({ ref: 'T1', rest: message('first') })) }) +
        entry({ ref: 'E2', details: details(tx({ ref: 'T1', rest: message('second') })) }) +
        entry({ ref: 'E3', details: details(tx({ ref: 'T2', rest: debtor('Anna Muster') })) }) +
        entry({ ref: 'E4', details: details(tx({ ref: 'T2', rest: debtor('Beat Muster') })) }),
    );
    expect(doc.payments.map((p) => [p.id, p.message ?? p.debtorName])).toEqual([
      ['T1', 'first'],
      ['T2', 'Anna Muster'],
    ]);
    expect(doc.skipped.map((s) => [s.code, s.id])).toEqual([
      ['DUPLICATE_TRANSACTION', 'T1'],
      ['DUPLICATE_TRANSACTION', 'T2'],
    ]);
  });
});

describe('CMT-05 parseCamt: reversals and debits', () => {
  it('CMT-05 an entry with RvslInd true is a reversal with its direction, never a payment', () => {
    const doc = parse(
      entry({
        reversal: 'true',
        direction: 'DBIT',
        details: details(tx({ ref: 'T1', rest: debtor('Anouk Délèze', '001.08', 'CH28 0900 0000 2500 0123 4') })),
      }) +
        entry({ reversal: '1', ref: 'E2', amount: '5.00' }) +
        entry({ reversal: 'false', ref: 'E3' }) +
        entry({ reversal: 'maybe', ref: 'E4', amount: '2.00' }),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['E3']);
    expect(plain(doc.reversals)).toEqual([
      {
        id: 'T1',
        amount: { amount: '10.00', currency: 'CHF' },
        bookedAt: '2026-11-23T00:00:00+01:00',
        debtorName: 'Anouk Délèze',
        debtorIban: 'CH2809000000250001234',
        direction: 'debit',
        path: 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]',
      },
      {
        id: 'E2',
        amount: { amount: '5.00', currency: 'CHF' },
        bookedAt: '2026-11-23T00:00:00+01:00',
        direction: 'credit',
        path: 'Ntfctn[1]/Ntry[2]',
      },
    ]);
    expect(skippedOf(doc)).toEqual([['Ntfctn[1]/Ntry[4]/RvslInd', 'MISSING_DIRECTION', '2.00 CHF']]);
    expect(doc.totals.CHF?.reversals).toEqual({ count: 2, amount: '15.00' });
    expectTotalsInvariant(doc);
  });

  it('CMT-05 a booked debit is reported with its creditor, never dropped; a DBIT transaction in a CRDT entry too', () => {
    for (const version of ['001.04', '001.08'] as Version[]) {
      const creditor = version === '001.04' ? '<Cdtr><Nm>Serverhaus AG</Nm></Cdtr>' : '<Cdtr><Pty><Nm>Serverhaus AG</Nm></Pty></Cdtr>';
      const parties = `<RltdPties>${creditor}<CdtrAcct><Id><IBAN>ch21 3100 0000 1234 5678 9</IBAN></Id></CdtrAcct></RltdPties>`;
      const doc = parse(
        entry({
          version,
          direction: 'DBIT',
          amount: '1250.00',
          details: details(tx({ ref: 'D1', amount: '1250.00', rest: `<CdtDbtInd>DBIT</CdtDbtInd>${parties}` })),
        }) + entry({ version, ref: 'E2', details: details(tx({ ref: 'D2', rest: '<CdtDbtInd>DBIT</CdtDbtInd>' })) }),
        { version },
      );
      expect(doc.payments).toEqual([]);
      expect(plain(doc.debits)).toEqual([
        {
          id: 'D1',
          path: 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]',
          amount: { amount: '1250.00', currency: 'CHF' },
          bookedAt: '2026-11-23T00:00:00+01:00',
          creditorName: 'Serverhaus AG',
          creditorIban: 'CH2131000000123456789',
        },
        {
          id: 'D2',
          path: 'Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[1]',
          amount: { amount: '10.00', currency: 'CHF' },
          bookedAt: '2026-11-23T00:00:00+01:00',
        },
      ]);
      expect(doc.totals.CHF?.debits).toEqual({ count: 2, amount: '1260.00' });
    }
  });
});

describe('CMT-06 parseCamt: batches', () => {
  it('CMT-06 Btch/NbOfTxs that differs from the transactions listed is BATCH_COUNT_MISMATCH, without an amount', () => {
    const doc = parse(
      entry({ amount: '20.00', details: details(tx({ ref: 'T1' }) + tx({ ref: 'T2' }), { count: '3', total: '20.00' }) }) +
        entry({ ref: 'E2', details: details(tx({ ref: 'T3' }), { count: 'one' }) }) +
        entry({ ref: 'E3', details: details(tx({ ref: 'T4' }), { count: '1' }) }),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(skippedOf(doc)).toEqual([
      ['Ntfctn[1]/Ntry[1]/NtryDtls/Btch/NbOfTxs', 'BATCH_COUNT_MISMATCH'],
      ['Ntfctn[1]/Ntry[2]/NtryDtls/Btch/NbOfTxs', 'BATCH_COUNT_MISMATCH'],
    ]);
    expect(doc.skipped[0]?.reason).toMatch(/3/);
  });

  it('CMT-06 Btch/TtlAmt and Ntry/Amt are checked against the transactions; the entry item, last, carries the signed difference', () => {
    const doc = parse(
      entry({
        amount: '30.00',
        details: details(tx({ ref: 'T1', amount: '10.00' }) + tx({ ref: 'T2', amount: '21.00' }), { count: '2', total: '31.00' }),
      }) +
        entry({ ref: 'E2', amount: '40.00', details: details(tx({ ref: 'T3', amount: '30.00' }), { count: '1', total: '40.00' }) }) +
        entry({ ref: 'E3', amount: '50.00', details: details(tx({ ref: 'T4', amount: 'ten' }) + tx({ ref: 'T5', amount: '20.00' })) }),
    );
    expect(doc.payments.map((p) => [p.id, p.amount.amount])).toEqual([
      ['T1', '10.00'],
      ['T2', '21.00'],
      ['T3', '30.00'],
      ['T5', '20.00'],
    ]);
    expect(skippedOf(doc)).toEqual([
      ['Ntfctn[1]/Ntry[1]/Amt', 'BATCH_SUM_MISMATCH', '-1.00 CHF'],
      ['Ntfctn[1]/Ntry[2]/NtryDtls/Btch/TtlAmt', 'BATCH_SUM_MISMATCH'],
      ['Ntfctn[1]/Ntry[2]/Amt', 'BATCH_SUM_MISMATCH', '10.00 CHF'],
      ['Ntfctn[1]/Ntry[3]/NtryDtls/TxDtls[1]/Amt', 'BAD_AMOUNT'],
      ['Ntfctn[1]/Ntry[3]/Amt', 'BATCH_SUM_MISMATCH', '30.00 CHF'],
    ]);
    expectSentences(doc);
    expectTotalsInvariant(doc);
  });

  it('CMT-06 several NtryDtls of one entry are each checked against their own batch, the entry against all', () => {
    const doc = parse(
      entry({
        amount: '30.00',
        details:
          details(tx({ ref: 'T1' }), { count: '1', total: '10.00' }) +
          details(tx({ ref: 'T2' }) + tx({ ref: 'T3' }), { count: '2', total: '20.00' }),
      }),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1', 'T2', 'T3']);
    expect(doc.skipped).toEqual([]);
  });
});

describe('CMT-07 parseCamt: nothing read is lost', () => {
  it('CMT-07 per currency, entries = payments + reversals + debits + skipped to the cent, in every good fixture', () => {
    for (const name of GOOD_FIXTURES) expectTotalsInvariant(parseCamt(fixtureBytes(`${name}.xml`)));
  });

  it('CMT-07 holds in a document of every kind of item, in two currencies', () => {
    const doc = parse(
      [
        entry({ amount: '30.00', details: details(tx({ ref: 'T1', amount: '10.00' }) + tx({ ref: 'T2', amount: '25.00' })) }),
        entry({ ref: 'E2', amount: '7.00', currency: 'EUR' }),
        entry({ ref: 'E3', direction: 'DBIT', amount: '4.00', currency: 'EUR' }),
        entry({ ref: 'E4', reversal: 'true', amount: '3.00' }),
        entry({ ref: 'E5', status: 'PDNG', amount: '2.00', currency: 'EUR' }),
        entry({ ref: 'E6', amount: '1.00', details: details(tx({ ref: 'T1', amount: '1.00' })) }),
        entry({ ref: 'E7', amount: 'x' }),
      ].join(''),
    );
    expectTotalsInvariant(doc);
    expect(Object.keys(doc.totals)).toEqual(['CHF', 'EUR']);
    expect(doc.totals.CHF?.entries).toEqual({ count: 3, amount: '34.00' });
    expect(doc.totals.EUR?.entries).toEqual({ count: 3, amount: '13.00' });
  });

  it('CMT-07 the statement TxsSummry (counts, and sums in one currency) is checked against all its entries, when it closes', () => {
    const summary = (all: string, credits: string, creditSum: string, debits: string, debitSum: string): string =>
      `<TxsSummry><TtlNtries><NbOfNtries>${all}</NbOfNtries></TtlNtries>` +
      `<TtlCdtNtries><NbOfNtries>${credits}</NbOfNtries><Sum>${creditSum}</Sum></TtlCdtNtries>` +
      `<TtlDbtNtries><NbOfNtries>${debits}</NbOfNtries><Sum>${debitSum}</Sum></TtlDbtNtries></TxsSummry>`;
    const entries =
      entry({ amount: '10.00' }) +
      entry({ ref: 'E2', status: 'PDNG', amount: '5.00' }) +
      entry({ ref: 'E3', direction: 'DBIT', amount: '2.50' });
    const right = parse(entries, { message: 'camt.053', before: summary('3', '2', '15.00', '1', '2.5') });
    expect(right.skipped.filter((s) => s.code === 'SUMMARY_MISMATCH')).toEqual([]);
    const wrong = parse(entries, { message: 'camt.053', before: summary('4', '1', '10.00', '1', '2.51') });
    expect(wrong.skipped.filter((s) => s.code === 'SUMMARY_MISMATCH').map((s) => s.path)).toEqual([
      'Stmt[1]/TxsSummry/TtlNtries/NbOfNtries',
      'Stmt[1]/TxsSummry/TtlCdtNtries/NbOfNtries',
      'Stmt[1]/TxsSummry/TtlCdtNtries/Sum',
      'Stmt[1]/TxsSummry/TtlDbtNtries/Sum',
    ]);
    // Emitted when the statement closes: after every item of its entries.
    expect(wrong.skipped.at(-1)?.code).toBe('SUMMARY_MISMATCH');
    expect(wrong.skipped[0]?.code).toBe('NOT_BOOKED');
    expectTotalsInvariant(wrong);
  });

  it('CMT-07 a TxsSummry sum over several currencies is not compared; its counts are', () => {
    const before =
      '<TxsSummry><TtlNtries><NbOfNtries>2</NbOfNtries></TtlNtries>' +
      '<TtlCdtNtries><NbOfNtries>2</NbOfNtries><Sum>99.00</Sum></TtlCdtNtries></TxsSummry>';
    const doc = parse(entry() + entry({ ref: 'E2', currency: 'EUR' }), { before });
    expect(doc.skipped).toEqual([]);
    const miscounted = parse(entry() + entry({ ref: 'E2', currency: 'EUR' }), {
      before: before.replace('<NbOfNtries>2</NbOfNtries></TtlNtries>', '<NbOfNtries>3</NbOfNtries></TtlNtries>'),
    });
    expect(skippedOf(miscounted)).toEqual([['Ntfctn[1]/TxsSummry/TtlNtries/NbOfNtries', 'SUMMARY_MISMATCH']]);
  });

  it('CMT-07 totals is a null-prototype object keyed by currency in the order met', () => {
    const doc = parse(entry({ currency: 'EUR' }) + entry({ ref: 'E2' }) + entry({ ref: 'E3', currency: 'EUR' }));
    expect(Object.getPrototypeOf(doc.totals)).toBe(null);
    expect(Object.keys(doc.totals)).toEqual(['EUR', 'CHF']);
    expect(plain(doc.totals)).toEqual({
      EUR: {
        entries: { count: 2, amount: '20.00' },
        payments: { count: 2, amount: '20.00' },
        reversals: { count: 0, amount: '0.00' },
        debits: { count: 0, amount: '0.00' },
        skipped: { count: 0, amount: '0.00' },
      },
      CHF: {
        entries: { count: 1, amount: '10.00' },
        payments: { count: 1, amount: '10.00' },
        reversals: { count: 0, amount: '0.00' },
        debits: { count: 0, amount: '0.00' },
        skipped: { count: 0, amount: '0.00' },
      },
    });
  });
});

describe('CMT-08 parseCamt: references, messages, debtors, text lengths', () => {
  const cdtrRef = (type: string, ref: string): string => `<RmtInf><Strd><CdtrRefInf>${type}<Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf>`;

  it(
    'CMT-08 a QRR reference (Prtry) and a SCOR one (Cd) keep their type; another or no type gives the reference alone; a text that is ' +
      'no valid reference starts the message',
    () => {
      const doc = parse(
        entry({
          amount: '40.00',
          details: details(
            tx({ ref: 'T1', rest: cdtrRef('<Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp>', '21 00000 00003 13947 14300 09017') }) +
              tx({ ref: 'T2', rest: cdtrRef('<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>', 'rf18 5390 0754 7034') }) +
              tx({ ref: 'T3', rest: cdtrRef('<Tp><CdOrPrtry><Cd>XYZ</Cd></CdOrPrtry></Tp>', 'INV-77') }) +
              tx({ ref: 'T4', rest: cdtrRef('', 'RF18539007547034') }),
          ),
        }),
      );
      expect(doc.payments.map((p) => [p.id, p.reference, p.referenceType, p.message])).toEqual([
        ['T1', '210000000003139471430009017', 'QRR', undefined],
        ['T2', 'RF18539007547034', 'SCOR', undefined],
        ['T3', undefined, undefined, 'reference INV-77 (not a valid QR or creditor reference)'],
        ['T4', 'RF18539007547034', undefined, undefined],
      ]);
      for (const p of doc.payments.slice(2)) expect('referenceType' in p).toBe(false);
    },
  );

  it('CMT-08 the Ustrd texts, then AddtlRmtInf, make the message, joined with a space; entities and CDATA are decoded', () => {
    const rmtInf =
      '<RmtInf><Ustrd> Rechnung 2026-11 </Ustrd><Ustrd>Müller &amp; Söhne &#x2013; &lt;web&gt;</Ustrd>' +
      '<Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf><AddtlRmtInf><![CDATA[Server <S> & mehr]]></AddtlRmtInf></Strd></RmtInf>';
    const doc = parse(entry({ details: details(tx({ ref: 'T1', rest: rmtInf })) }));
    expect(doc.payments[0]?.message).toBe('Rechnung 2026-11 Müller & Söhne – <web> Server <S> & mehr');
  });

  it('CMT-08 the debtor name is Dbtr/Nm in .04 and Dbtr/Pty/Nm in .08; the debtor IBAN is compact', () => {
    for (const version of ['001.04', '001.08'] as Version[]) {
      const doc = parse(
        entry({ version, details: details(tx({ ref: 'T1', rest: debtor('Élodie Brönnimann', version, 'CH60 0070 0110 0004 5678 9') })) }),
        { version },
      );
      expect(doc.payments.map((p) => [p.debtorName, p.debtorIban])).toEqual([['Élodie Brönnimann', 'CH6000700110000456789']]);
    }
    // The other version's form is not read as the debtor (.08's Pty is not in .04, .04's Nm is right under Dbtr).
    const doc = parse(
      entry({
        details: details(tx({ ref: 'T1', rest: '<RltdPties><Dbtr><Pty><PstlAdr><TwnNm>Bern</TwnNm></PstlAdr></Pty></Dbtr></RltdPties>' })),
      }),
    );
    expect(doc.payments[0]?.debtorName).toBeUndefined();
  });

  it('CMT-08 a text longer than its ISO 20022 maximum is VALUE_TOO_LONG, never cut; one at the maximum is kept whole', () => {
    const name140 = `${'N'.repeat(139)}x`;
    const doc = parse(
      entry({
        amount: '50.00',
        details: details(
          tx({ ref: 'T1', rest: debtor(name140) }) +
            tx({ ref: 'T2', rest: debtor(`${name140}y`) }) +
            tx({ ref: 'T3', rest: cdtrRef('', 'R'.repeat(36)) }) +
            tx({ ref: 'T4', rest: `<RmtInf><Ustrd>${'u'.repeat(141)}</Ustrd></RmtInf>` }) +
            tx({ ref: 'T'.repeat(36) }),
        ),
      }) + entry({ ref: 'E'.repeat(36), amount: '3.00', details: details(tx({ amount: '3.00' })) }),
    );
    expect(doc.payments.map((p) => [p.id, p.debtorName])).toEqual([['T1', name140]]);
    expect(doc.skipped.map((s) => [s.path, s.code, s.id, s.amount?.amount])).toEqual([
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[2]', 'VALUE_TOO_LONG', 'T2', '10.00'],
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[3]', 'VALUE_TOO_LONG', 'T3', '10.00'],
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[4]', 'VALUE_TOO_LONG', 'T4', '10.00'],
      // An AcctSvcrRef over 35 characters is not an id: the position stands in for it.
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[5]', 'VALUE_TOO_LONG', 'E1/5', '10.00'],
      ['Ntfctn[1]/Ntry[2]', 'VALUE_TOO_LONG', undefined, '3.00'],
    ]);
    expect(doc.skipped[0]?.reason).toMatch(/141/);
    expectTotalsInvariant(doc);
  });

  it('CMT-08 lengths count characters, as ISO 20022 (XML Schema maxLength) does: a 140-character name with emoji is kept whole', () => {
    const name = `😀 ${'ä'.repeat(137)}𝄞`; // 140 characters, 142 UTF-16 code units
    expect([...name].length).toBe(140);
    const doc = parse(entry({ details: details(tx({ ref: 'T1', rest: debtor(name) })) }));
    expect(doc.skipped).toEqual([]);
    expect(doc.payments[0]?.debtorName).toBe(name);
    const longer = parse(entry({ details: details(tx({ ref: 'T1', rest: debtor(`${name}😀`) })) }));
    expect(longer.skipped.map((s) => s.code)).toEqual(['VALUE_TOO_LONG']);
    expect(longer.skipped[0]?.reason).toMatch(/141/);
  });
});

describe('parseCamt: booking and value dates', () => {
  it('a date is midnight in Zurich with the offset of that day, across both summer-time changes', () => {
    const days: [string, string][] = [
      ['2026-01-15', '+01:00'],
      ['2026-03-28', '+01:00'],
      ['2026-03-29', '+01:00'], // the change is at 02:00: midnight is still winter time
      ['2026-03-30', '+02:00'],
      ['2026-07-01', '+02:00'],
      ['2026-10-24', '+02:00'],
      ['2026-10-25', '+02:00'], // back at 03:00: midnight is still summer time
      ['2026-10-26', '+01:00'],
      ['2024-02-29', '+01:00'],
      ['2027-03-28', '+01:00'],
      ['2027-03-29', '+02:00'],
    ];
    const doc = parse(days.map(([day], k) => entry({ ref: `E${k}`, bookingDate: day, valueDate: day })).join(''));
    expect(doc.payments.map((p) => [p.bookedAt, p.valueDate])).toEqual(
      days.map(([day, offset]) => [`${day}T00:00:00${offset}`, `${day}T00:00:00${offset}`]),
    );
  });

  it('a date-time with an offset is kept as written; one without is given the Zurich offset of that moment', () => {
    const times: [string, string][] = [
      ['2026-11-23T09:15:00+01:00', '2026-11-23T09:15:00+01:00'],
      ['2026-10-25T12:00:00Z', '2026-10-25T12:00:00Z'],
      ['2026-10-25T12:00:00.5-05:00', '2026-10-25T12:00:00.5-05:00'],
      ['2026-07-01T09:15:00', '2026-07-01T09:15:00+02:00'],
      ['2026-12-01T23:59:59', '2026-12-01T23:59:59+01:00'],
      // The hour repeated when the clocks go back: its first occurrence, in summer time.
      ['2026-10-25T02:30:00', '2026-10-25T02:30:00+02:00'],
      ['2026-10-25T03:30:00', '2026-10-25T03:30:00+01:00'],
      // A time the clocks skip when they go forward: the offset before the change.
      ['2026-03-29T02:30:00', '2026-03-29T02:30:00+01:00'],
    ];
    const doc = parse(times.map(([t], k) => entry({ ref: `E${k}`, bookingDate: t, dateTag: 'DtTm' })).join(''));
    expect(doc.payments.map((p) => p.bookedAt)).toEqual(times.map(([, want]) => want));
  });
});

describe('parseCamt: bad arguments', () => {
  it('is an InvalidInputError for anything but a string or bytes', () => {
    for (const input of [42, null, undefined, {}, [60], new Uint16Array(4)]) {
      try {
        parseCamt(input as never);
        expect.fail('no error');
      } catch (e) {
        expect(e).toBeInstanceOf(HostPolicyError);
        expect((e as HostPolicyError).code).toBe('INVALID_INPUT');
      }
    }
  });
});
