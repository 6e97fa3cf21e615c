import { describe, it, expect } from 'vitest';
import { definePolicy, defaultPolicy, type PolicyOverrides } from '../../src/policy/index.js';
import { checkPartnerEligibility, submitRfp } from '../../src/partners/index.js';
import { invalidPaths } from './helpers.js';

describe('PAR-01 RFP-03 partner policy data', () => {
  it('PAR-01 the defaults carry the sources values; the discount cap stays in pricing (PRC-04)', () => {
    expect(defaultPolicy.partners.eligibility.minimumYearlyVolume).toEqual({ CHF: '2000', EUR: '1800' });
    expect(defaultPolicy.partners.eligibility.acceptedRegisters).toEqual(['ch-commercial-register', 'siret', 'equivalent']);
    // RFP-03: no expiry by default, the requester deletes ("If it is still valid" gives no period).
    expect(defaultPolicy.partners.rfp.validityDays).toBeNull();
    expect(Object.keys(defaultPolicy.partners)).not.toContain('partnerDiscountCap');
  });

  it('PAR-01 bad overrides are refused with the path of each field', () => {
    const bad = (o: unknown) => invalidPaths(() => definePolicy(o as PolicyOverrides));
    expect(bad({ partners: { eligibility: { minimumYearlyVolume: { XYZ: '1' } } } })).toEqual([
      ['partners', 'eligibility', 'minimumYearlyVolume', 'XYZ'],
    ]);
    expect(bad({ partners: { eligibility: { minimumYearlyVolume: { CHF: '-1' } } } })).toEqual([
      ['partners', 'eligibility', 'minimumYearlyVolume', 'CHF'],
    ]);
    expect(bad({ partners: { eligibility: { acceptedRegisters: ['chamber'] } } })).toEqual([
      ['partners', 'eligibility', 'acceptedRegisters', 0],
    ]);
    expect(bad({ partners: { rfp: { validityDays: 0 } } })).toEqual([['partners', 'rfp', 'validityDays']]);
    expect(definePolicy({ partners: { rfp: { validityDays: 30 } } }).partners.rfp.validityDays).toBe(30);
    expect(definePolicy({ partners: { rfp: { validityDays: null } } }).partners.rfp.validityDays).toBeNull();
    expect(bad({ partners: { rfp: { timeZone: 'Mars/Olympus' } } })).toEqual([['partners', 'rfp', 'timeZone']]);
  });

  it('PAR-01 a policy object built by hand is validated when first used', () => {
    const policy = { ...defaultPolicy, partners: { ...defaultPolicy.partners, rfp: { ...defaultPolicy.partners.rfp, validityDays: -3 } } };
    const submission = {
      id: 'r',
      title: 't',
      description: 'd',
      topics: ['x'],
      contact: { name: 'n', email: 'n@example.ch' },
      deleteToken: 'x'.repeat(16),
      at: '2026-11-23T09:00:00Z',
    };
    expect(invalidPaths(() => submitRfp(submission, [], policy))).toEqual([['rfp', 'validityDays']]);
  });

  it('PAR-01 registers accepted are policy data', () => {
    const policy = definePolicy({ partners: { eligibility: { acceptedRegisters: ['ch-commercial-register'] } } });
    const applicant = {
      yearlyVolume: { amount: '5000', currency: 'EUR' },
      register: 'siret' as const,
      supportsClients: true,
      invoicesClients: true,
      usesOnlyProviderProductsForRfp: true,
      acceptsResellerTerms: true,
    };
    expect(checkPartnerEligibility(applicant).allowed).toBe(true);
    expect(checkPartnerEligibility(applicant, policy).allowed).toBe(false);
  });
});
