import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addPartner,
  addProductAccess,
  authorize,
  confirmPartnership,
  emptyClientAccess,
  endPartnership,
  grantAccess,
  incentiveFor,
  PARTNER_ACTIONS,
  removeProductAccess,
  type ClientAccess,
  type IncentiveOrder,
} from '../../src/partners/index.js';
import { caught, codesOf, invalidPaths } from './helpers.js';
import { accessGrantArb, partnerRoleArb, productIdArb } from './arbitraries.js';

const at = '2026-12-01T12:00:00Z';
const acme = emptyClientAccess('acme');
const limited = grantAccess(acme, { partner: 'agency', access: 'limited', products: ['shop', 'blog'] });
const full = grantAccess(acme, { partner: 'agency', access: 'full', paymentMode: 'client' });
const agency = { kind: 'partner', partner: 'agency' } as const;
const prices = { publicPrice: { amount: '10.00', currency: 'CHF' }, partnerPrice: { amount: '8.00', currency: 'CHF' } };
const clientOrder: IncentiveOrder = { access: 'limited', actor: 'client', managedByPartner: true, ...prices };

describe('PAR-16 ending a partnership, and product accesses with limited access', () => {
  it('PAR-16 "Partnerschaft aufkündigen": ending a partnership revokes every access at once and yields the instant it ended', () => {
    const { state, event } = endPartnership(limited, { partner: 'agency', at: '2026-12-01T13:00:00+01:00' });
    expect(state.grants).toEqual([]);
    expect(event).toEqual({
      type: 'PartnershipEnded',
      client: 'acme',
      partner: 'agency',
      revoked: { partner: 'agency', access: 'limited', products: ['blog', 'shop'] },
      at: new Date(at),
    });
    for (const product of ['shop', 'blog']) {
      expect(codesOf(authorize(state, { actor: agency, action: 'manage-product', product }))).toEqual(['NO_GRANT']);
    }
    expect(endPartnership(full, { partner: 'agency', at }).state.grants).toEqual([]);
  });

  it('PAR-16 other partners keep their access; ending a partnership that does not exist is NO_PARTNERSHIP', () => {
    const two = grantAccess(limited, { partner: 'mail-experts', access: 'limited', products: ['mail'] });
    expect(endPartnership(two, { partner: 'agency', at }).state.grants).toEqual([
      { partner: 'mail-experts', access: 'limited', products: ['mail'] },
    ]);
    const e = caught(() => endPartnership(acme, { partner: 'agency', at }));
    expect([e.code, e.rule]).toEqual(['NO_PARTNERSHIP', 'PAR-16']);
  });

  it('PAR-16 ending also drops a pending request to that partner, so an old e-mail link cannot bring it back (PAR-15)', () => {
    const { state, request } = addPartner(limited, {
      partner: 'agency',
      rights: { access: 'full', paymentMode: 'partner' },
      at: '2026-11-30T09:00:00Z',
    });
    const ended = endPartnership(state, { partner: 'agency', at }).state;
    expect(ended.requests).toBeUndefined();
    expect(caught(() => confirmPartnership(ended, request)).code).toBe('PARTNERSHIP_NOT_PENDING');
  });

  it('PAR-16 orders placed at or after the end earn no incentive; orders before it earn as usual', () => {
    expect(incentiveFor({ ...clientOrder, orderedAt: '2026-12-01T11:59:59.999Z', partnershipEndedAt: at })).toMatchObject({
      kind: 'cashback',
    });
    expect(incentiveFor({ ...clientOrder, orderedAt: at, partnershipEndedAt: at })).toEqual({ kind: 'none' });
    expect(incentiveFor({ ...clientOrder, orderedAt: '2026-12-02T08:00:00Z', partnershipEndedAt: at })).toEqual({ kind: 'none' });
    const discount: IncentiveOrder = { access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: true, ...prices };
    expect(incentiveFor({ ...discount, orderedAt: '2026-12-02T08:00:00Z', partnershipEndedAt: at })).toEqual({ kind: 'none' });
    // Without an end, the order's instant changes nothing.
    expect(incentiveFor({ ...clientOrder, orderedAt: '2026-12-02T08:00:00Z' })).toEqual(incentiveFor(clientOrder));
    // The prices are still checked after the end.
    expect(
      caught(() =>
        incentiveFor({
          ...clientOrder,
          partnerPrice: { amount: '11', currency: 'CHF' },
          orderedAt: '2026-12-02T08:00:00Z',
          partnershipEndedAt: at,
        }),
      ).code,
    ).toBe('PARTNER_PRICE_ABOVE_PUBLIC');
  });

  it('PAR-16 with limited access the client adds and removes product accesses at any time', () => {
    const more = addProductAccess(limited, { partner: 'agency', products: ['mail', 'shop'] });
    expect(more.grants).toEqual([{ partner: 'agency', access: 'limited', products: ['blog', 'mail', 'shop'] }]);
    expect(authorize(more, { actor: agency, action: 'manage-product', product: 'mail' })).toEqual({ allowed: true });
    const fewer = removeProductAccess(more, { partner: 'agency', products: ['blog', 'not-managed'] });
    expect(fewer.grants).toEqual([{ partner: 'agency', access: 'limited', products: ['mail', 'shop'] }]);
    expect(codesOf(authorize(fewer, { actor: agency, action: 'manage-product', product: 'blog' }))).toEqual(['PRODUCT_NOT_GRANTED']);
    expect(addProductAccess(limited, { partner: 'agency', products: ['shop'] })).toBe(limited);
    expect(removeProductAccess(limited, { partner: 'agency', products: ['mail'] })).toBe(limited);
  });

  it(
    'PAR-16 product accesses: a product of another partner is ACCESS_CONFLICT; full access, no partnership and the last product are ' +
      'refused',
    () => {
      const two = grantAccess(limited, { partner: 'mail-experts', access: 'limited', products: ['mail'] });
      expect([caught(() => addProductAccess(two, { partner: 'agency', products: ['mail'] })).code]).toEqual(['ACCESS_CONFLICT']);
      const notLimited = caught(() => addProductAccess(full, { partner: 'agency', products: ['mail'] }));
      expect([notLimited.code, notLimited.rule]).toEqual(['NOT_LIMITED_ACCESS', 'PAR-16']);
      expect(caught(() => removeProductAccess(full, { partner: 'agency', products: ['mail'] })).code).toBe('NOT_LIMITED_ACCESS');
      const none = caught(() => addProductAccess(acme, { partner: 'agency', products: ['shop'] }));
      expect([none.code, none.rule]).toEqual(['NO_PARTNERSHIP', 'PAR-16']);
      const last = caught(() => removeProductAccess(limited, { partner: 'agency', products: ['shop', 'blog'] }));
      expect([last.code, last.rule]).toEqual(['LAST_PRODUCT_ACCESS', 'PAR-16']);
    },
  );

  it("PAR-16 property: after ending, the partner may do nothing on the client's account (add-client aside, a partner-level action)", () => {
    fc.assert(
      fc.property(accessGrantArb(1, 6), fc.option(partnerRoleArb, { nil: undefined }), productIdArb(6), (grant, role, product) => {
        const state = endPartnership(grantAccess(acme, grant), { partner: grant.partner, at }).state;
        for (const action of PARTNER_ACTIONS.filter((a) => a !== 'add-client')) {
          const actor = { kind: 'partner' as const, partner: grant.partner, ...(role === undefined ? {} : { role }) };
          expect(authorize(state, { actor, action, product }).allowed).toBe(false);
        }
      }),
    );
  });

  it('PAR-16 property: an order after the end earns nothing, whatever the table would say', () => {
    const orderArb = fc.oneof(
      fc.record({
        access: fc.constant('full' as const),
        paymentMode: fc.constantFrom('client' as const, 'partner' as const),
        actor: fc.constantFrom('client' as const, 'partner' as const),
        managedByPartner: fc.boolean(),
      }),
      fc.record({
        access: fc.constant('limited' as const),
        actor: fc.constantFrom('client' as const, 'partner' as const),
        managedByPartner: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(orderArb, fc.integer({ min: 0, max: 10 ** 9 }), (order, afterMs) => {
        const orderedAt = new Date(Date.parse(at) + afterMs);
        expect(incentiveFor({ ...order, ...prices, orderedAt, partnershipEndedAt: at })).toEqual({ kind: 'none' });
      }),
    );
  });

  it('PAR-16 bad input: unknown keys, empty ids, an end without the order instant, __proto__ ids', () => {
    expect(invalidPaths(() => endPartnership(limited, { partner: '', at }))).toEqual([['partner']]);
    expect(invalidPaths(() => endPartnership(limited, { partner: 'agency', at: 'now' }))).toEqual([['at']]);
    expect(caught(() => endPartnership(limited, { partner: 'agency', at, reason: 'x' } as never)).message).toMatch(/unknown key 'reason'/);
    expect(invalidPaths(() => addProductAccess(limited, { partner: 'agency', products: [] }))).toEqual([['products']]);
    expect(caught(() => removeProductAccess(limited, { partner: 'agency', product: ['shop'] } as never)).message).toMatch(
      /unknown key 'product' — did you mean 'products'/,
    );
    expect(invalidPaths(() => incentiveFor({ ...clientOrder, partnershipEndedAt: at }))).toEqual([['orderedAt']]);
    expect(invalidPaths(() => incentiveFor({ ...clientOrder, orderedAt: 'later' }))).toEqual([['orderedAt']]);
    const forged = JSON.parse('{ "partner": "agency", "__proto__": { "at": "2026-12-01T12:00:00Z" } }') as { partner: string; at: string };
    expect(caught(() => endPartnership(limited, forged)).code).toBe('INVALID_INPUT');
    const proto = grantAccess(emptyClientAccess('__proto__'), {
      partner: '__proto__',
      access: 'limited',
      products: ['__proto__', 'constructor'],
    });
    const fewer = removeProductAccess(proto, { partner: '__proto__', products: ['__proto__'] });
    expect(fewer.grants).toEqual([{ partner: '__proto__', access: 'limited', products: ['constructor'] }]);
    expect(endPartnership(fewer as ClientAccess, { partner: '__proto__', at }).state.grants).toEqual([]);
  });
});
