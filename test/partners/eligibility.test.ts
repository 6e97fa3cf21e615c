import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkPartnerEligibility, type PartnerApplicant } from '../../src/partners/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { caught, codesOf, invalidPaths } from './helpers.js';

const eligible: PartnerApplicant = {
  yearlyVolume: { amount: '2000', currency: 'CHF' },
  register: 'ch-commercial-register',
  supportsClients: true,
  invoicesClients: true,
  usesOnlyProviderProductsForRfp: true,
  acceptsResellerTerms: true,
};

describe('PAR-01 partner eligibility', () => {
  it('PAR-01 a registered company managing CHF 2000 a year that meets every condition is eligible', () => {
    expect(checkPartnerEligibility(eligible)).toEqual({ allowed: true });
  });

  it('PAR-01 EUR 1800 a year is enough; EUR 1799.99 is not', () => {
    expect(checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '1800', currency: 'EUR' } }).allowed).toBe(true);
    expect(codesOf(checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '1799.99', currency: 'EUR' } }))).toEqual([
      'VOLUME_BELOW_MINIMUM',
    ]);
  });

  it('PAR-01 SIRET and equivalent registers count; no register does not', () => {
    expect(checkPartnerEligibility({ ...eligible, register: 'siret' }).allowed).toBe(true);
    expect(checkPartnerEligibility({ ...eligible, register: 'equivalent' }).allowed).toBe(true);
    expect(codesOf(checkPartnerEligibility({ ...eligible, register: 'none' }))).toEqual(['COMPANY_NOT_REGISTERED']);
  });

  it('PAR-01 lists every failed condition, each with its code and rule', () => {
    const d = checkPartnerEligibility({
      yearlyVolume: { amount: '1999.95', currency: 'CHF' },
      register: 'none',
      supportsClients: false,
      invoicesClients: false,
      usesOnlyProviderProductsForRfp: false,
      acceptsResellerTerms: false,
    });
    expect(codesOf(d)).toEqual([
      'VOLUME_BELOW_MINIMUM',
      'COMPANY_NOT_REGISTERED',
      'CLIENT_SUPPORT_REQUIRED',
      'CLIENT_INVOICING_REQUIRED',
      'RFP_PROVIDER_PRODUCTS_REQUIRED',
      'RESELLER_TERMS_NOT_ACCEPTED',
    ]);
    expect(d.allowed ? [] : d.reasons.map((r) => r.rule)).toEqual(Array(6).fill('PAR-01'));
  });

  it('PAR-01 a volume in a currency without threshold is a failed condition, not an error', () => {
    const d = checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '1000000', currency: 'USD' } });
    expect(codesOf(d)).toEqual(['VOLUME_CURRENCY_NOT_ACCEPTED']);
  });

  it('PAR-01 thresholds are policy data', () => {
    const policy = definePolicy({ partners: { eligibility: { minimumYearlyVolume: { CHF: '5000', USD: '2500' } } } });
    expect(codesOf(checkPartnerEligibility(eligible, policy))).toEqual(['VOLUME_BELOW_MINIMUM']);
    expect(checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '2500', currency: 'USD' } }, policy).allowed).toBe(true);
  });

  it('PAR-01 property: one reason per failed condition, allowed exactly when none fails', () => {
    fc.assert(
      fc.property(
        fc.record({
          cents: fc.integer({ min: 0, max: 1_000_000 }),
          currency: fc.constantFrom('CHF', 'EUR', 'USD'),
          register: fc.constantFrom('ch-commercial-register' as const, 'siret' as const, 'equivalent' as const, 'none' as const),
          supportsClients: fc.boolean(),
          invoicesClients: fc.boolean(),
          usesOnlyProviderProductsForRfp: fc.boolean(),
          acceptsResellerTerms: fc.boolean(),
        }),
        ({ cents, currency, ...rest }) => {
          const d = checkPartnerEligibility({ ...rest, yearlyVolume: { amount: (cents / 100).toFixed(2), currency } });
          const minimum = currency === 'CHF' ? 200_000 : currency === 'EUR' ? 180_000 : Infinity;
          const failures = [
            cents < minimum,
            rest.register === 'none',
            !rest.supportsClients,
            !rest.invoicesClients,
            !rest.usesOnlyProviderProductsForRfp,
            !rest.acceptsResellerTerms,
          ].filter(Boolean).length;
          expect(codesOf(d)).toHaveLength(failures);
          expect(d.allowed).toBe(failures === 0);
        },
      ),
    );
  });
});

describe('PAR-01 bad input', () => {
  it('PAR-01 a negative volume is invalid input naming the field', () => {
    expect(invalidPaths(() => checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '-1', currency: 'CHF' } }))).toEqual([
      ['yearlyVolume'],
    ]);
  });

  it('PAR-01 an unknown currency is invalid input naming the field', () => {
    expect(invalidPaths(() => checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: '2000', currency: 'XYZ' } }))).toEqual([
      ['yearlyVolume', 'currency'],
    ]);
  });

  it('PAR-01 an unknown register and a missing flag are both reported', () => {
    const bad = { ...eligible, register: 'chamber' } as unknown as PartnerApplicant;
    const { acceptsResellerTerms: _, ...missing } = bad;
    const paths = invalidPaths(() => checkPartnerEligibility(missing as PartnerApplicant));
    expect(paths).toEqual(expect.arrayContaining([['register'], ['acceptsResellerTerms']]));
  });

  it('PAR-01 the message names the field', () => {
    const e = caught(() => checkPartnerEligibility({ ...eligible, yearlyVolume: { amount: 'lots', currency: 'CHF' } }));
    expect(e.message).toMatch(/yearlyVolume\.amount/);
    expect(e.rule).toBe('PAR-01');
  });
});

describe('PAR-13 only companies join the reseller program', () => {
  it(
    'PAR-13 "Wenn Sie eine Privatperson sind […] verweisen wir auf unser Affiliate-Programm": a private person is refused and referred ' +
      'to the affiliate program',
    () => {
      const d = checkPartnerEligibility({ ...eligible, applicantKind: 'person' });
      expect(d.allowed).toBe(false);
      if (d.allowed) return;
      expect(d.reasons).toHaveLength(1);
      const [reason] = d.reasons;
      expect([reason.code, reason.rule]).toEqual(['PRIVATE_PERSON_AFFILIATE_PROGRAM', 'PAR-13']);
      expect(reason.message).toMatch(/affiliate program/);
    },
  );

  it('PAR-13 a company says so, or says nothing: the default is a company, as before PAR-13', () => {
    expect(checkPartnerEligibility({ ...eligible, applicantKind: 'company' })).toEqual({ allowed: true });
    expect(checkPartnerEligibility(eligible)).toEqual({ allowed: true });
  });

  it('PAR-13 the affiliate reason comes first, followed by every PAR-01 condition the person fails too', () => {
    const d = checkPartnerEligibility({
      ...eligible,
      applicantKind: 'person',
      register: 'none',
      yearlyVolume: { amount: '10', currency: 'EUR' },
    });
    expect(codesOf(d)).toEqual(['PRIVATE_PERSON_AFFILIATE_PROGRAM', 'VOLUME_BELOW_MINIMUM', 'COMPANY_NOT_REGISTERED']);
  });

  it('PAR-13 property: a person is never eligible, and adding applicantKind company never changes an answer', () => {
    const applicant = fc.record({
      yearlyVolume: fc.record({ amount: fc.integer({ min: 0, max: 5000 }).map(String), currency: fc.constantFrom('CHF', 'EUR', 'USD') }),
      register: fc.constantFrom('ch-commercial-register', 'siret', 'equivalent', 'none' as const),
      supportsClients: fc.boolean(),
      invoicesClients: fc.boolean(),
      usesOnlyProviderProductsForRfp: fc.boolean(),
      acceptsResellerTerms: fc.boolean(),
    });
    fc.assert(
      fc.property(applicant, (a) => {
        const asPerson = checkPartnerEligibility({ ...a, applicantKind: 'person' });
        expect(codesOf(asPerson)[0]).toBe('PRIVATE_PERSON_AFFILIATE_PROGRAM');
        expect(checkPartnerEligibility({ ...a, applicantKind: 'company' })).toEqual(checkPartnerEligibility(a));
        expect(codesOf(asPerson).slice(1)).toEqual(codesOf(checkPartnerEligibility(a)));
      }),
    );
  });

  it('PAR-13 bad input: an unknown applicant kind, a misspelled key, a __proto__ key', () => {
    expect(invalidPaths(() => checkPartnerEligibility({ ...eligible, applicantKind: 'freelancer' as 'person' }))).toEqual([
      ['applicantKind'],
    ]);
    expect(caught(() => checkPartnerEligibility({ ...eligible, applicantKnd: 'person' } as PartnerApplicant)).message).toMatch(
      /unknown key 'applicantKnd' — did you mean 'applicantKind'/,
    );
    const proto = JSON.parse(`{ "__proto__": { "applicantKind": "company" }, ${JSON.stringify(eligible).slice(1)}`) as PartnerApplicant;
    expect(caught(() => checkPartnerEligibility(proto)).code).toBe('INVALID_INPUT');
  });
});
