/**
 * Files a bank should not send but someone may hand over: zero amounts, dates the library's instants
 * cannot say, entries in places the schema has none, elements given twice, foreign namespaces and
 * duplicate attributes. None may fail a whole statement downstream, and no money may vanish without
 * an item: either the document is refused (CAMT_*) or every amount read is accounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/billing/index.js';
import { toInstantMs } from '../../src/calendar/isoInstant.js';
import { parseCamt, readCamt } from '../../src/camt/index.js';
import { expectPolicyError } from '../helpers/expectError.js';
import { debtor, details, entry, envelope, tx } from './camtXml.js';
import { checkSound } from './mutate.js';

const NS = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.08';

/** reconcile() takes the document's payments and reversals as they are. */
function reconciles(doc: ReturnType<typeof parseCamt>): void {
  const result = reconcile({ invoices: [], payments: doc.payments, reversals: doc.reversals });
  expect(result.unidentified.length + result.duplicates.length).toBe(doc.payments.length);
  expect(result.reversed).toHaveLength(doc.reversals.length);
}

const codes = (doc: ReturnType<typeof parseCamt>) => doc.skipped.map((s) => [s.code, s.path, s.amount?.amount]);

describe('zero amounts', () => {
  it('CMT-03 an entry, a transaction, a reversal or a debit of zero is skipped ZERO_AMOUNT with its path and zero, never a payment', () => {
    const doc = parseCamt(
      envelope(
        entry({ ref: 'E1', amount: '0.00' }) +
          entry({ ref: 'E2', amount: '12.00', details: details(tx({ ref: 'T0', amount: '0' }) + tx({ ref: 'T1', amount: '12.00' })) }) +
          entry({ ref: 'E3', amount: '0.00', direction: 'DBIT', reversal: 'true' }) +
          entry({ ref: 'E4', amount: '000.000', direction: 'DBIT' }) +
          entry({
            ref: 'E5',
            amount: '5.00',
            details: details(tx({ ref: 'T5', amount: null, rest: '<AmtDtls><TxAmt><Amt Ccy="CHF">0.00</Amt></TxAmt></AmtDtls>' })),
          }),
      ),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1']);
    expect(doc.reversals).toEqual([]);
    expect(doc.debits).toEqual([]);
    expect(doc.skipped.map((s) => [s.code, s.path, s.id, s.amount, s.rule])).toEqual([
      ['ZERO_AMOUNT', 'Ntfctn[1]/Ntry[1]/Amt', 'E1', { amount: '0.00', currency: 'CHF' }, 'CMT-03'],
      ['ZERO_AMOUNT', 'Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[1]/Amt', 'T0', { amount: '0.00', currency: 'CHF' }, 'CMT-03'],
      ['ZERO_AMOUNT', 'Ntfctn[1]/Ntry[3]/Amt', 'E3', { amount: '0.00', currency: 'CHF' }, 'CMT-03'],
      ['ZERO_AMOUNT', 'Ntfctn[1]/Ntry[4]/Amt', 'E4', { amount: '0.00', currency: 'CHF' }, 'CMT-03'],
      ['ZERO_AMOUNT', 'Ntfctn[1]/Ntry[5]/NtryDtls/TxDtls[1]/AmtDtls/TxAmt/Amt', 'T5', { amount: '0.00', currency: 'CHF' }, 'CMT-03'],
      ['BATCH_SUM_MISMATCH', 'Ntfctn[1]/Ntry[5]/Amt', undefined, { amount: '5.00', currency: 'CHF' }, 'CMT-06'],
    ]);
    expect(doc.skipped[0]?.reason).toContain('is zero');
    checkSound(doc);
    expect(doc.totals['CHF']?.skipped).toEqual({ count: 6, amount: '5.00' });
    reconciles(doc);
  });

  it('CMT-03 a zero amount in any currency, however written, is never a payment reconcile refuses', () => {
    fc.assert(
      fc.property(fc.constantFrom('CHF', 'EUR', 'JPY', 'BHD'), fc.nat(4), fc.nat(3), fc.boolean(), (currency, zeros, decimals, debit) => {
        const amount = `${'0'.repeat(zeros + 1)}${decimals === 0 ? '' : `.${'0'.repeat(decimals)}`}`;
        const doc = parseCamt(envelope(entry({ amount, currency, direction: debit ? 'DBIT' : 'CRDT' })));
        expect(doc.payments.length + doc.debits.length).toBe(0);
        // Zeros beyond the currency's decimals are read (0.000 CHF is 0.00): every spelling is a zero amount.
        expect(doc.skipped.map((s) => s.code)).toEqual(['ZERO_AMOUNT']);
        checkSound(doc);
        reconciles(doc);
      }),
    );
  });
});

describe('booking and value dates the library must be able to say', () => {
  const booked = (date: string, tag: 'Dt' | 'DtTm' = 'Dt') =>
    parseCamt(envelope(entry({ bookingDate: date, dateTag: tag, valueDate: date })));

  it('a date before 1894 (Zurich local mean time, +00:34:08) is Zurich midnight written in UTC, read back exactly', () => {
    const cases: [string, 'Dt' | 'DtTm', string][] = [
      ['1800-06-01', 'Dt', '1800-05-31T23:25:52.000Z'],
      ['0226-12-14', 'Dt', '0226-12-13T23:25:52.000Z'],
      ['0001-01-02', 'Dt', '0001-01-01T23:25:52.000Z'],
      ['0099-12-31', 'Dt', '0099-12-30T23:25:52.000Z'],
      ['1893-12-31', 'Dt', '1893-12-30T23:30:14.000Z'],
      ['1850-01-01T10:00:00', 'DtTm', '1850-01-01T09:25:52.000Z'],
      ['1900-01-01', 'Dt', '1900-01-01T00:00:00+01:00'],
      ['9999-12-31', 'Dt', '9999-12-31T00:00:00+01:00'],
      ['9999-12-31T23:59:59', 'DtTm', '9999-12-31T23:59:59+01:00'],
    ];
    for (const [date, tag, instant] of cases) {
      const doc = booked(date, tag);
      expect(doc.payments.map((p) => [p.bookedAt, p.valueDate])).toEqual([[instant, instant]]);
      expect(toInstantMs(instant)).toBeDefined();
      reconciles(doc);
    }
  });

  it('any date of the years 0001–9999 gives an instant the library reads, at midnight in Zurich to the second', () => {
    fc.assert(
      // Date.UTC reads the years 0–99 as 1900–1999: the bounds are given as instants.
      fc.property(fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        const doc = booked(date);
        const bookedAt = doc.payments[0]?.bookedAt as string;
        const ms = toInstantMs(bookedAt) as number;
        expect(ms).toBeDefined();
        // Zurich's offset was between +00:29:46 and +02:00: midnight there is that much before UTC midnight.
        const utcMidnight = toInstantMs(`${date}T00:00:00Z`) as number;
        expect(utcMidnight - ms).toBeGreaterThanOrEqual(1786_000);
        expect(utcMidnight - ms).toBeLessThanOrEqual(7_200_000);
        expect((utcMidnight - ms) % 1000).toBe(0);
        reconciles(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('CMT-02 a date whose Zurich midnight is before 0001-01-01T00:00:00Z, or of year 0000, is skipped MISSING_DATE, never bad text', () => {
    for (const [date, tag] of [
      ['0001-01-01', 'Dt'],
      ['0000-06-01', 'Dt'],
      ['0001-01-01T00:20:00', 'DtTm'],
      ['0001-01-01T00:10:00+01:00', 'DtTm'],
    ] as const) {
      const doc = booked(date, tag);
      expect(doc.payments).toEqual([]);
      expect(codes(doc)).toEqual([['MISSING_DATE', 'Ntfctn[1]/Ntry[1]/BookgDt', '10.00']]);
      expect(doc.skipped[0]?.reason).toContain('0001–9999');
      checkSound(doc);
    }
  });
});

describe('entries and transactions where the schema has none', () => {
  const misplaced: [string, string][] = [
    [
      'an entry directly in the message element',
      `<Document xmlns="${NS}"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>M</MsgId></GrpHdr>${entry({ ref: 'E0', amount: '500.00' })}` +
        `<Ntfctn><Id>N</Id>${entry()}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`,
    ],
    ['an entry in an unknown element of the statement', envelope(`<Foo>${entry({ ref: 'E0', amount: '500.00' })}</Foo>${entry()}`)],
    ['an entry in an entry', envelope(entry({ details: entry({ ref: 'E2', amount: '500.00' }) }))],
    ['an entry deep in an entry', envelope(entry({ details: details(tx({ rest: `<RltdPties>${entry({ ref: 'E2' })}</RltdPties>` })) }))],
    ['an entry in the group header', envelope(entry()).replace('</MsgId>', `</MsgId>${entry({ ref: 'E0', amount: '500.00' })}`)],
    ['a transaction outside NtryDtls', envelope(entry({ details: tx({ ref: 'T9', amount: '500.00' }) }))],
    [
      'a transaction in an unknown element of NtryDtls',
      envelope(entry({ amount: '20.00', details: details(`${tx()}<Foo>${tx({ ref: 'T9' })}</Foo>`) })),
    ],
    ['a transaction in a transaction', envelope(entry({ details: details(tx({ rest: tx({ ref: 'T9' }) })) }))],
    ['a self-closing entry in an ignored element', envelope(`<Foo><Bar><Ntry/></Bar></Foo>${entry()}`)],
    [
      'a prefixed entry in an ignored element',
      envelope(`<Foo><x:Ntry xmlns:x="urn:x"><Amt Ccy="CHF">500.00</Amt></x:Ntry></Foo>${entry()}`),
    ],
  ];

  it.each(misplaced)('CMT-01 %s fails the document with CAMT_UNSUPPORTED_MESSAGE, its path and offset', async (_, xml) => {
    const e = expectPolicyError(() => parseCamt(xml), 'CAMT_UNSUPPORTED_MESSAGE', 'CMT-01');
    expect(e.message).toMatch(/an entry \(Ntry\)|a transaction \(TxDtls\)/);
    const { offset } = e.details as { offset: number };
    expect(xml.slice(offset, offset + 6)).toMatch(/^<(Ntry|TxDt|x:Nt)/);
    // The stream fails alike.
    await expect(
      (async () => {
        for await (const _batch of readCamt(xml, { batchSize: 1 }));
      })(),
    ).rejects.toMatchObject({ code: 'CAMT_UNSUPPORTED_MESSAGE', details: e.details });
  });

  it('an entry or transaction inside SplmtryData (another schema, xs:any) is not looked at', () => {
    const doc = parseCamt(
      envelope(
        entry({
          details: details(
            tx({ ref: 'T1', rest: `<SplmtryData><Envlp><Ntry><Amt Ccy="CHF">1.00</Amt></Ntry><TxDtls/></Envlp></SplmtryData>` }),
          ),
        }),
      ),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1']);
    expect(doc.skipped).toEqual([]);
  });
});

describe('single-valued elements given twice', () => {
  it('CMT-07 a repeated element of an entry skips the whole entry DUPLICATE_ELEMENT, with its amount unless Amt itself repeats', () => {
    const twice = (insert: string, after = '</AcctSvcrRef>') => entry({ ref: 'E1' }).replace(after, `${after}${insert}`);
    const doc = parseCamt(
      envelope(
        entry({ ref: 'E1' }).replace('</Amt>', '</Amt><Amt Ccy="CHF">1.00</Amt>') +
          twice('<CdtDbtInd>DBIT</CdtDbtInd>') +
          twice('<AcctSvcrRef>E2</AcctSvcrRef>') +
          twice('<RvslInd>false</RvslInd><RvslInd>true</RvslInd>') +
          twice('<Sts><Cd>PDNG</Cd></Sts>') +
          twice('<BookgDt><Dt>2026-11-24</Dt></BookgDt>') +
          twice('<ValDt><Dt>2026-11-24</Dt></ValDt><ValDt><Dt>2026-11-25</Dt></ValDt>') +
          entry({ ref: 'E8', version: '001.04' }).replace('<Sts>BOOK</Sts>', '<Sts>BOOK</Sts><Sts>BOOK</Sts>') +
          entry({ ref: 'E9' }).replace('<Cd>BOOK</Cd>', '<Cd>BOOK</Cd><Cd>BOOK</Cd>'),
      ),
    );
    expect(doc.payments).toEqual([]);
    expect(codes(doc)).toEqual([
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/Amt', undefined],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[2]/CdtDbtInd', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[3]/AcctSvcrRef', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[4]/RvslInd', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[5]/Sts/Cd', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[6]/BookgDt/Dt', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[7]/ValDt/Dt', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[8]/Sts', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[9]/Sts/Cd', '10.00'],
    ]);
    expect(doc.skipped.every((s) => s.rule === 'CMT-07' && s.reason.includes('twice'))).toBe(true);
    expect(doc.totals['CHF']?.entries).toEqual({ count: 8, amount: '80.00' });
    checkSound(doc);
  });

  it('CMT-07 a repeated element of a transaction skips that transaction; its entry and the other transactions are read', () => {
    const doc = parseCamt(
      envelope(
        entry({
          amount: '70.00',
          details: details(
            tx({ ref: 'T1' }) +
              tx({ ref: 'T2' }).replace('</Amt>', '</Amt><Amt Ccy="CHF">99.00</Amt>') +
              tx({ ref: 'T3', rest: '<CdtDbtInd>CRDT</CdtDbtInd><CdtDbtInd>DBIT</CdtDbtInd>' }) +
              tx({ ref: 'T4' }).replace('</AcctSvcrRef>', '</AcctSvcrRef><AcctSvcrRef>T4b</AcctSvcrRef>') +
              tx({ ref: 'T5', rest: `${debtor('A')}`.replace('</Dbtr>', '</Dbtr><Dbtr><Pty><Nm>B</Nm></Pty></Dbtr>') }) +
              tx({
                ref: 'T6',
                rest: '<AmtDtls><TxAmt><Amt Ccy="CHF">10.00</Amt></TxAmt><TxAmt><Amt Ccy="CHF">1.00</Amt></TxAmt></AmtDtls>',
              }) +
              tx({
                ref: 'T7',
                rest: `<Chrgs>${'<TtlChrgsAndTaxAmt Ccy="CHF">1.00</TtlChrgsAndTaxAmt>'.repeat(2)}</Chrgs>`,
              }),
          ),
        }),
      ),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(['T1']);
    expect(codes(doc)).toEqual([
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[2]/Amt', undefined],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[3]/CdtDbtInd', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[4]/Refs/AcctSvcrRef', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[5]/RltdPties/Dbtr/Pty/Nm', '10.00'],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[6]/AmtDtls/TxAmt/Amt', undefined],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[7]/Chrgs/TtlChrgsAndTaxAmt', '10.00'],
      // The two transactions whose amount was given twice: their entry's difference carries their money.
      ['BATCH_SUM_MISMATCH', 'Ntfctn[1]/Ntry[1]/Amt', '20.00'],
    ]);
    checkSound(doc);
    reconciles(doc);
  });

  it('CMT-07 a repeated batch, statement or header value is reported and the first one kept', () => {
    const doc = parseCamt(
      envelope(
        entry({
          details: details(tx({ ref: 'T1' }), { count: '1', total: '10.00' }).replace('</NbOfTxs>', '</NbOfTxs><NbOfTxs>7</NbOfTxs>'),
        }),
        {
          before: '<TxsSummry><TtlNtries><NbOfNtries>1</NbOfNtries><NbOfNtries>5</NbOfNtries></TtlNtries></TxsSummry>',
        },
      ).replace('</MsgId>', '</MsgId><MsgId>OTHER</MsgId>'),
    );
    expect(doc.messageId).toBe('MSG-1');
    expect(doc.payments.map((p) => p.id)).toEqual(['T1']);
    expect(codes(doc)).toEqual([
      ['DUPLICATE_ELEMENT', 'GrpHdr/MsgId', undefined],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/TxsSummry/TtlNtries/NbOfNtries', undefined],
      ['DUPLICATE_ELEMENT', 'Ntfctn[1]/Ntry[1]/NtryDtls/Btch/NbOfTxs', undefined],
    ]);
    checkSound(doc);
  });

  it('CMT-08 two different references (RmtInf/Strd repeats) name no invoice: the payment has none, both start its message', () => {
    const strd = (ref: string) =>
      `<Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd>`;
    const qr = '210000000003139471430009017';
    const doc = parseCamt(
      envelope(
        entry({
          amount: '20.00',
          details: details(
            tx({ ref: 'T1', rest: `<RmtInf><Ustrd>Rechnung</Ustrd>${strd('RF18539007547034')}${strd(qr)}</RmtInf>` }) +
              tx({ ref: 'T2', rest: `<RmtInf>${strd(qr)}${strd(qr)}</RmtInf>` }),
          ),
        }),
      ),
    );
    expect(doc.payments.map((p) => [p.id, p.reference, p.referenceType, p.message])).toEqual([
      ['T1', undefined, undefined, `references RF18539007547034, ${qr} (more than one) Rechnung`],
      ['T2', qr, 'QRR', undefined],
    ]);
    reconciles(doc);
  });
});

describe('namespaces and attributes', () => {
  it('CMT-01 an element read that is in another namespace fails the document; other prefixes on ignored elements do not', () => {
    for (const amt of [
      '<Amt xmlns="urn:evil" Ccy="CHF">99.00</Amt>',
      '<x:Amt xmlns:x="urn:evil" Ccy="CHF">99.00</x:Amt>',
      '<x:Amt Ccy="CHF">9</x:Amt>',
    ]) {
      const xml = envelope(entry({ amount: null }).replace('<CdtDbtInd>', `${amt}<CdtDbtInd>`));
      const e = expectPolicyError(() => parseCamt(xml), 'CAMT_UNSUPPORTED_MESSAGE', 'CMT-01');
      expect(e.message).toContain('another namespace');
    }
    const prefixed = envelope(entry({ amount: null }).replace('<CdtDbtInd>', `<camt:Amt Ccy="CHF">9.00</camt:Amt><CdtDbtInd>`), {
      prefix: 'camt',
    });
    expect(parseCamt(prefixed).payments.map((p) => p.amount.amount)).toEqual(['9.00']);
    const same = envelope(
      entry()
        .replace('<Ntry>', `<Ntry xmlns="${NS}" xmlns:x="urn:other">`)
        .replace('<BkTxCd>', '<x:BkTxCd>')
        .replace('</BkTxCd>', '</x:BkTxCd>'),
    );
    expect(parseCamt(same).payments.map((p) => p.id)).toEqual(['E1']);
  });

  it('CMT-01 an attribute given twice on an element read is not well-formed XML: CAMT_NOT_XML', () => {
    for (const amt of ['<Amt Ccy="EUR" Ccy="CHF">1.00</Amt>', "<Amt Ccy='CHF' x='1' Ccy='CHF'>1.00</Amt>"]) {
      const e = expectPolicyError(
        () => parseCamt(envelope(entry({ amount: null }).replace('<CdtDbtInd>', `${amt}<CdtDbtInd>`))),
        'CAMT_NOT_XML',
        'CMT-01',
      );
      expect(e.message).toContain('attribute Ccy is given twice');
    }
    const doubleXmlns = `<Document xmlns="${NS}" xmlns="${NS}"><BkToCstmrDbtCdtNtfctn/></Document>`;
    expectPolicyError(() => parseCamt(doubleXmlns), 'CAMT_NOT_XML', 'CMT-01');
  });
});
