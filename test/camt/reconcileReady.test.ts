import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/billing/index.js';
import { parseCamt } from '../../src/camt/index.js';
import { arbCamtDoc } from './arbitraries.js';
import { debtor, details, entry, envelope, tx } from './camtXml.js';
import { writeCamt } from './writeCamt.js';

// What the reader gives must be what reconcile takes: a payment or reversal reconcile refused would
// fail a whole statement over one transaction.
describe('camt payments are reconcile input as they are', () => {
  it('every payment and reversal of any generated file is accepted by reconcile, and none is lost', () => {
    fc.assert(
      fc.property(arbCamtDoc(), (spec) => {
        const doc = parseCamt(writeCamt(spec));
        const result = reconcile({ invoices: [], payments: doc.payments, reversals: doc.reversals });
        const seen = result.settled.length + result.credited.length + result.unidentified.length + result.duplicates.length;
        expect(seen).toBe(doc.payments.length);
        expect(result.reversed).toHaveLength(doc.reversals.length);
      }),
      { numRuns: 150 },
    );
  });

  it(
    'CMT-08 keeps a payment whose reference is not a valid one without it (its text starts the message), and leaves out a type the ' +
      'reference does not have and an account that is not an IBAN',
    () => {
      const qrr = (ref: string) =>
        `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf>`;
      const wrongType = qrr('RF18539007547034');
      const badCheckDigit = qrr('210000000003139471430009018');
      const doc = parseCamt(
        envelope(
          entry({
            ref: 'E1',
            amount: '30.00',
            details: details(
              tx({ ref: 'T1', rest: wrongType }) +
                tx({ ref: 'T2', rest: badCheckDigit }) +
                tx({ ref: 'T3', rest: debtor('Anna Muster', '001.08', 'not an iban') }),
            ),
          }),
        ),
      );
      expect(doc.payments.map((p) => [p.id, p.reference, p.referenceType, p.message, p.debtorIban])).toEqual([
        ['T1', 'RF18539007547034', undefined, undefined, undefined],
        ['T2', undefined, undefined, 'reference 210000000003139471430009018 (not a valid QR or creditor reference)', undefined],
        ['T3', undefined, undefined, undefined, undefined],
      ]);
      expect(reconcile({ invoices: [], payments: doc.payments }).unidentified.map((p) => p.id)).toEqual(['T1', 'T2', 'T3']);
    },
  );

  it('CMT-08 remittance texts longer than a payment message together are VALUE_TOO_LONG, never cut', () => {
    // Four texts of 140 characters each, each within its own maximum: 563 characters joined.
    const texts = `<RmtInf>${`<Ustrd>${'y'.repeat(140)}</Ustrd>`.repeat(4)}</RmtInf>`;
    const doc = parseCamt(envelope(entry({ ref: 'E1', details: details(tx({ ref: 'T1', rest: texts })) })));
    expect(doc.payments).toEqual([]);
    expect(doc.skipped.map((s) => [s.path, s.code, s.amount?.amount])).toEqual([
      ['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]/RmtInf', 'VALUE_TOO_LONG', '10.00'],
    ]);
  });

  it('CMT-03 charges in another currency than the payment are BAD_AMOUNT', () => {
    const charges = '<Chrgs><TtlChrgsAndTaxAmt Ccy="EUR">1.00</TtlChrgsAndTaxAmt></Chrgs>';
    const doc = parseCamt(envelope(entry({ ref: 'E1', details: details(tx({ ref: 'T1', rest: charges })) })));
    expect(doc.skipped.map((s) => [s.path, s.code])).toEqual([['Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]/Chrgs', 'BAD_AMOUNT']]);
  });
});
