import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canChooseRenewalWarranty,
  setRenewalWarranty,
  renewalWarrantyApplies,
  renewalBillingAddress,
  definePolicy,
  HostPolicyError,
  InvalidInputError,
} from '../../src/index.js';

const products = [
  { id: 'p1', product: 'web-hosting', renewalWarranty: false },
  { id: 'p2', product: 'nas-synology', renewalWarranty: false },
  { id: 'p3', product: 'kdrive', renewalWarranty: true },
];

describe('BIL-10 Renewal Warranty', () => {
  it('BIL-10 can be chosen at order time for every product except NAS Synology', () => {
    expect(canChooseRenewalWarranty({ product: 'web-hosting', moment: 'order' })).toEqual({ allowed: true });
    expect(canChooseRenewalWarranty({ product: 'nas-synology', moment: 'order' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'RENEWAL_WARRANTY_NOT_AT_ORDER', rule: 'BIL-10' }],
    });
  });

  it('BIL-10 can be chosen after the purchase for every product', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nas-synology', 'web-hosting', 'kdrive', 'domain'),
        (product) => canChooseRenewalWarranty({ product, moment: 'after-purchase' }).allowed,
      ),
    );
  });

  it('BIL-10 switched on for one product', () => {
    expect(setRenewalWarranty(products, { enabled: true, moment: 'after-purchase', ids: ['p1'] }).map((p) => p.renewalWarranty)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('BIL-10 switched on and off for all products at once', () => {
    expect(setRenewalWarranty(products, { enabled: true, moment: 'after-purchase' }).every((p) => p.renewalWarranty)).toBe(true);
    expect(setRenewalWarranty(products, { enabled: false, moment: 'after-purchase' }).some((p) => p.renewalWarranty)).toBe(false);
  });

  it('BIL-10 switching on at order time for a NAS Synology refuses the whole change and names it', () => {
    try {
      setRenewalWarranty(products, { enabled: true, moment: 'order', ids: ['p1', 'p2'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HostPolicyError);
      expect(e).toMatchObject({ code: 'RENEWAL_WARRANTY_NOT_AT_ORDER', rule: 'BIL-10', details: { ids: ['p2'] } });
    }
  });

  it('BIL-10 switching off is always possible', () => {
    expect(setRenewalWarranty(products, { enabled: false, moment: 'order', ids: ['p2', 'p3'] }).map((p) => p.renewalWarranty)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('BIL-10 the order-time exclusions are policy data', () => {
    const policy = definePolicy({ billing: { renewalWarranty: { notAtOrder: [] } } });
    expect(canChooseRenewalWarranty({ product: 'nas-synology', moment: 'order' }, policy).allowed).toBe(true);
  });

  it('BIL-10 an unknown product id is refused', () => {
    expect(() => setRenewalWarranty(products, { enabled: true, moment: 'after-purchase', ids: ['p9'] })).toThrow(/p9/);
  });

  it('BIL-10 renews a product that was not renewed in time, only with the option on', () => {
    const base = { expiresAt: '2026-05-01T00:00:00+02:00', renewed: false };
    expect(renewalWarrantyApplies({ ...base, renewalWarranty: true }, '2026-04-30T22:00:00Z')).toBe(true);
    expect(renewalWarrantyApplies({ ...base, renewalWarranty: true }, '2026-04-30T21:59:59Z')).toBe(false);
    expect(renewalWarrantyApplies({ ...base, renewalWarranty: false }, '2026-05-02T00:00:00Z')).toBe(false);
    expect(renewalWarrantyApplies({ ...base, renewed: true, renewalWarranty: true }, '2026-05-02T00:00:00Z')).toBe(false);
  });

  it('BIL-10 bad input is an input error', () => {
    expect(() => canChooseRenewalWarranty({ product: 'web-hosting', moment: 'later' as 'order' })).toThrow(InvalidInputError);
    expect(() => setRenewalWarranty([{ id: '', product: 'x', renewalWarranty: true }], { enabled: true, moment: 'order' })).toThrow(
      InvalidInputError,
    );
  });
});

describe('BIL-11 billing address chosen at renewal', () => {
  const organization = {
    billingAddresses: [
      { id: 'hq', city: 'Geneva' },
      { id: 'team', city: 'Zurich' },
    ],
  };

  it('BIL-11 any of the organization’s billing addresses can be chosen', () => {
    expect(renewalBillingAddress(organization, 'team')).toEqual({ id: 'team', city: 'Zurich' });
    expect(renewalBillingAddress(organization, 'hq').city).toBe('Geneva');
  });

  it('BIL-11 an address the organization does not have is refused', () => {
    expect(() => renewalBillingAddress(organization, 'elsewhere')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_BILLING_ADDRESS', rule: 'BIL-11' }),
    );
  });

  it('BIL-11 an organization without billing address is an input error', () => {
    expect(() => renewalBillingAddress({ billingAddresses: [] }, 'hq')).toThrow(InvalidInputError);
  });
});
