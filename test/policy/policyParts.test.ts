import { describe, it, expect } from 'vitest';
import {
  checkPartnerEligibility,
  commitmentTerm,
  defaultPolicy,
  incentiveFor,
  isValidEuVatNumber,
  quote,
  responseDeadline,
  transferFeeDue,
  InvalidInputError,
} from '../../src/index.js';
import { ACCOUNTS_DEFAULTS } from '../../src/accounts/policyParts.js';
import { BILLING_DEFAULTS } from '../../src/billing/policyParts.js';
import { INCENTIVE_DEFAULTS, PARTNERS_DEFAULTS } from '../../src/partners/policyParts.js';
import { SUBSCRIPTIONS_DEFAULTS } from '../../src/subscriptions/policyParts.js';
import { SUPPORT_DEFAULTS } from '../../src/support/policyParts.js';

/*
 * Each context defaults to its own part of the policy, not to the whole `defaultPolicy`
 * (DESIGN.md principle 12): importing one support function must not bring the billing, partner
 * or accounts data along (scripts/size.mjs measures it). The defaults are the very parts that
 * `defaultPolicy` assembles, so every result stays what it was.
 */

const DEFAULTS = {
  accounts: [ACCOUNTS_DEFAULTS, ['accounts']],
  billing: [BILLING_DEFAULTS, ['billing']],
  partners: [PARTNERS_DEFAULTS, ['partners', 'pricing']],
  incentives: [INCENTIVE_DEFAULTS, ['partners', 'pricing', 'catalog']],
  subscriptions: [SUBSCRIPTIONS_DEFAULTS, ['subscriptions']],
  support: [SUPPORT_DEFAULTS, ['support']],
} as const;

describe('each context defaults to its own policy part', () => {
  it.each(Object.entries(DEFAULTS))(
    'the %s defaults hold only their parts, the very objects of defaultPolicy',
    (_context, [defaults, parts]) => {
      expect(Object.keys(defaults).sort()).toEqual([...parts].sort());
      for (const part of parts) expect((defaults as Record<string, unknown>)[part]).toBe(defaultPolicy[part]);
    },
  );

  it('a call with the default gives what a call with the whole defaultPolicy gives', () => {
    const request = { tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' } as const;
    expect(responseDeadline(request)).toEqual(responseDeadline(request, defaultPolicy));
    const applicant = {
      yearlyVolume: { amount: '1999.99', currency: 'CHF' },
      register: 'none',
      supportsClients: true,
      invoicesClients: false,
      usesOnlyProviderProductsForRfp: true,
      acceptsResellerTerms: true,
    } as const;
    expect(checkPartnerEligibility(applicant)).toEqual(checkPartnerEligibility(applicant, defaultPolicy));
    const order = {
      access: 'full',
      paymentMode: 'partner',
      actor: 'partner',
      managedByPartner: true,
      publicPrice: { amount: '100.00', currency: 'CHF' },
      partnerPrice: { amount: '70.00', currency: 'CHF' },
    } as const;
    expect(incentiveFor(order)).toEqual(incentiveFor(order, defaultPolicy));
    expect(isValidEuVatNumber('DE123456789')).toBe(isValidEuVatNumber('DE123456789', defaultPolicy));
    expect(commitmentTerm({ startedAt: '2026-01-31T10:00:00Z' })).toEqual(
      commitmentTerm({ startedAt: '2026-01-31T10:00:00Z' }, defaultPolicy),
    );
    const transfer = { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' }] } as const;
    expect(transferFeeDue(transfer).due.toString()).toBe(transferFeeDue(transfer, defaultPolicy).due.toString());
  });

  it('a policy with only the parts a function reads is enough; one without them is refused', () => {
    const request = { tier: 'pro', channel: 'phone', receivedAt: '2026-03-30T08:00:00+02:00' } as const;
    expect(responseDeadline(request, { support: defaultPolicy.support })).toEqual(responseDeadline(request));
    const line = { currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 2 }] };
    expect(quote(line, { catalog: defaultPolicy.catalog, pricing: defaultPolicy.pricing }).total.toString()).toBe(
      quote(line).total.toString(),
    );
    const withoutSupport = { billing: defaultPolicy.billing } as unknown as typeof defaultPolicy;
    expect(() => responseDeadline(request, withoutSupport)).toThrow(InvalidInputError);
    expect(() => responseDeadline(request, withoutSupport)).toThrow(/policy.*support/);
  });
});
