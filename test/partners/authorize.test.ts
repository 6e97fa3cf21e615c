import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  authorize,
  emptyClientAccess,
  grantAccess,
  PARTNER_ACTIONS,
  type PartnerAuthorizationRequest,
  type PartnerAction,
} from '../../src/partners/index.js';
import { caught, codesOf, invalidPaths } from './helpers.js';
import { actorArb, partnerActionArb, productIdArb } from './arbitraries.js';

const acme = emptyClientAccess('acme');
const limitedState = grantAccess(acme, { partner: 'p1', access: 'limited', products: ['site'] });
const clientPays = grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'client' });
const partnerPays = grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'partner' });
const p1 = { kind: 'partner' as const, partner: 'p1' };
const client = { kind: 'client' as const, client: 'acme' };

describe('PAR-02 limited access', () => {
  it('PAR-02 the partner views and manages only the products granted', () => {
    expect(authorize(limitedState, { actor: p1, action: 'manage-product', product: 'site' })).toEqual({ allowed: true });
    expect(authorize(limitedState, { actor: p1, action: 'view-product', product: 'site' })).toEqual({ allowed: true });
    expect(codesOf(authorize(limitedState, { actor: p1, action: 'manage-product', product: 'mail' }))).toEqual(['PRODUCT_NOT_GRANTED']);
    expect(codesOf(authorize(limitedState, { actor: p1, action: 'view-product' }))).toEqual(['PRODUCT_REQUIRED']);
  });

  it('PAR-02 the partner can neither order nor renew, even a granted product', () => {
    const d = authorize(limitedState, { actor: p1, action: 'renew', product: 'site' });
    expect(d).toEqual({ allowed: false, reasons: [expect.objectContaining({ code: 'LIMITED_ACCESS_CANNOT_ORDER', rule: 'PAR-02' })] });
    expect(codesOf(authorize(limitedState, { actor: p1, action: 'order', product: 'mail' }))).toEqual([
      'LIMITED_ACCESS_CANNOT_ORDER',
      'PRODUCT_NOT_GRANTED',
    ]);
  });

  it('PAR-12 limited access does not show the client invoices', () => {
    expect(codesOf(authorize(limitedState, { actor: p1, action: 'view-invoices' }))).toEqual(['INVOICES_NOT_GRANTED']);
  });
});

describe('PAR-04 PAR-06 PAR-07 full access and payment modes', () => {
  it('PAR-04 a full partner views, manages, orders and renews any product', () => {
    for (const action of ['view-product', 'manage-product', 'order', 'renew'] as const) {
      expect(authorize(clientPays, { actor: p1, action, product: 'anything' }).allowed).toBe(true);
      expect(authorize(partnerPays, { actor: p1, action }).allowed).toBe(true);
    }
  });

  it('PAR-06 client pays: invoices are visible to the client only', () => {
    expect(codesOf(authorize(clientPays, { actor: p1, action: 'view-invoices' }))).toEqual(['INVOICES_IN_CLIENT_ORGANIZATION']);
    expect(codesOf(authorize(clientPays, { actor: p1, action: 'pay-invoices' }))).toEqual(['INVOICES_IN_CLIENT_ORGANIZATION']);
    expect(authorize(clientPays, { actor: client, action: 'view-invoices' }).allowed).toBe(true);
  });

  it('PAR-07 partner pays: invoices are visible to the partner only', () => {
    expect(authorize(partnerPays, { actor: p1, action: 'view-invoices' }).allowed).toBe(true);
    expect(authorize(partnerPays, { actor: p1, action: 'pay-invoices' }).allowed).toBe(true);
    const d = authorize(partnerPays, { actor: client, action: 'view-invoices' });
    expect(d).toEqual({ allowed: false, reasons: [expect.objectContaining({ code: 'INVOICES_IN_PARTNER_ORGANIZATION', rule: 'PAR-07' })] });
  });

  it(
    'PAR-08 "Der Kunde und der Partner können die Zahlungsmittel festlegen": ' + 'the client and the full partner, only with full access',
    () => {
      expect(authorize(clientPays, { actor: client, action: 'change-payment-mode' }).allowed).toBe(true);
      expect(authorize(clientPays, { actor: p1, action: 'change-payment-mode' }).allowed).toBe(true);
      expect(codesOf(authorize(limitedState, { actor: p1, action: 'change-payment-mode' }))).toEqual(['NO_FULL_ACCESS']);
      expect(codesOf(authorize(limitedState, { actor: client, action: 'change-payment-mode' }))).toEqual(['NO_FULL_ACCESS']);
    },
  );
});

describe('PAR-11 PAR-12 roles and deny by default', () => {
  it('PAR-11 only a legal representative adds clients', () => {
    expect(authorize(acme, { actor: { ...p1, role: 'legal-representative' }, action: 'add-client' })).toEqual({ allowed: true });
    for (const role of ['administrator', 'staff'] as const) {
      expect(codesOf(authorize(acme, { actor: { ...p1, role }, action: 'add-client' }))).toEqual(['LEGAL_REPRESENTATIVE_REQUIRED']);
    }
    expect(codesOf(authorize(acme, { actor: p1, action: 'add-client' }))).toEqual(['LEGAL_REPRESENTATIVE_REQUIRED']);
    expect(codesOf(authorize(acme, { actor: client, action: 'add-client' }))).toEqual(['NOT_A_PARTNER']);
  });

  it("PAR-11 a partner's staff acts with the partner's grant", () => {
    expect(authorize(limitedState, { actor: { ...p1, role: 'staff' }, action: 'manage-product', product: 'site' }).allowed).toBe(true);
    expect(authorize(limitedState, { actor: { ...p1, role: 'administrator' }, action: 'order', product: 'site' }).allowed).toBe(false);
  });

  it('PAR-12 a partner without a grant is denied everything but adding the client', () => {
    const other = { kind: 'partner' as const, partner: 'p2' };
    for (const action of PARTNER_ACTIONS.filter((a) => a !== 'add-client' && a !== 'change-payment-mode')) {
      expect(codesOf(authorize(clientPays, { actor: other, action, product: 'site' }))).toEqual(['NO_GRANT']);
    }
  });

  it('PAR-12 property: every denial carries at least one reason with a code, a rule ID and a message', () => {
    const states = [acme, limitedState, clientPays, partnerPays];
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        actorArb(3),
        partnerActionArb,
        fc.option(productIdArb(3), { nil: undefined }),
        (s, actor, action, product) => {
          const req: PartnerAuthorizationRequest = product === undefined ? { actor, action } : { actor, action, product };
          const d = authorize(s, req);
          if (!d.allowed) {
            expect(d.reasons.length).toBeGreaterThan(0);
            for (const r of d.reasons) {
              expect(r.code).toMatch(/^[A-Z_]+$/);
              expect(r.rule).toMatch(/^PAR-\d{2}$/);
              expect(r.message.length).toBeGreaterThan(10);
            }
          }
        },
      ),
    );
  });
});

describe('PAR-12 bad input to authorize', () => {
  it('PAR-12 an unknown action is invalid input naming the field', () => {
    expect(invalidPaths(() => authorize(acme, { actor: client, action: 'delete-account' as PartnerAction }))).toEqual([['action']]);
    expect(caught(() => authorize(acme, { actor: client, action: 'fly' as PartnerAction })).message).toMatch(
      /action: must be one of "view-product"/,
    );
  });

  it('PAR-12 an empty partner id is invalid input naming the field', () => {
    expect(invalidPaths(() => authorize(acme, { actor: { kind: 'partner', partner: '' }, action: 'view-product' }))).toEqual([
      ['actor', 'partner'],
    ]);
  });

  it('PAR-11 an unknown role is invalid input', () => {
    expect(
      invalidPaths(() => authorize(acme, { actor: { kind: 'partner', partner: 'p1', role: 'ceo' as 'staff' }, action: 'add-client' })),
    ).toEqual([['actor', 'role']]);
  });
});
