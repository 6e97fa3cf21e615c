import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addPartner,
  authorize,
  confirmPartnership,
  emptyClientAccess,
  grantAccess,
  inviteClient,
  receiveInvitation,
  revokeAccess,
  changePaymentMode,
  PARTNER_ACTIONS,
  type ClientAccess,
  type PartnerAccessRights,
  type PartnershipRequest,
} from '../../src/partners/index.js';
import { caught, invalidPaths } from './helpers.js';
import { actorArb, partnerActionArb, partnerIdArb, paymentModeArb, productIdArb } from './arbitraries.js';

const at = '2026-11-23T09:00:00+01:00';
const acme = emptyClientAccess('acme');
const limited = { access: 'limited', products: ['shop'] } as const;

describe('PAR-15 a client adds a partner; the partnership starts when the partner confirms', () => {
  it(
    'PAR-15 "Auf die Bestätigung Ihres Partners (ein E-Mail wird verschickt) warten": the request is pending and grants nothing until ' +
      'the partner confirms',
    () => {
      const { state, request } = addPartner(acme, { partner: 'agency', rights: limited, at });
      expect(request).toEqual({
        client: 'acme',
        partner: 'agency',
        rights: { access: 'limited', products: ['shop'] },
        requestedAt: '2026-11-23T08:00:00.000Z',
      });
      expect(state.grants).toEqual([]);
      expect(state.requests).toEqual([request]);
      for (const action of PARTNER_ACTIONS) {
        expect(authorize(state, { actor: { kind: 'partner', partner: 'agency' }, action, product: 'shop' }).allowed).toBe(false);
      }
    },
  );

  it('PAR-15 the partner confirms from the e-mail link: the offered rights are granted and the request is no longer pending', () => {
    const { state, request } = addPartner(acme, { partner: 'agency', rights: limited, at });
    const fromEmail = JSON.parse(JSON.stringify(request)) as PartnershipRequest;
    const confirmed = confirmPartnership(JSON.parse(JSON.stringify(state)) as ClientAccess, fromEmail);
    expect(confirmed.grant).toEqual({ partner: 'agency', access: 'limited', products: ['shop'] });
    expect(confirmed.state.requests).toBeUndefined();
    expect(
      authorize(confirmed.state, { actor: { kind: 'partner', partner: 'agency' }, action: 'manage-product', product: 'shop' }),
    ).toEqual({ allowed: true });
    expect(caught(() => confirmPartnership(confirmed.state, request)).code).toBe('PARTNERSHIP_NOT_PENDING');
  });

  it('PAR-15 only the request as stored is confirmed: edited rights, partner or instant are refused', () => {
    const { state, request } = addPartner(acme, { partner: 'agency', rights: limited, at });
    const edits: PartnershipRequest[] = [
      { ...request, rights: { access: 'full', paymentMode: 'partner' } },
      { ...request, rights: { access: 'limited', products: ['shop', 'blog'] } },
      { ...request, partner: 'rival' },
      { ...request, requestedAt: '2026-11-23T08:00:01.000Z' },
    ];
    for (const edited of edits) {
      const e = caught(() => confirmPartnership(state, edited));
      expect([e.code, e.rule]).toEqual(['PARTNERSHIP_NOT_PENDING', 'PAR-15']);
    }
    const other = caught(() => confirmPartnership(emptyClientAccess('other'), request));
    expect([other.code, other.rule]).toEqual(['PARTNERSHIP_CLIENT_MISMATCH', 'PAR-15']);
  });

  it('PAR-15 a newer request replaces the older one, whose link no longer works', () => {
    const first = addPartner(acme, { partner: 'agency', rights: limited, at });
    const second = addPartner(first.state, {
      partner: 'agency',
      rights: { access: 'full', paymentMode: 'client' },
      at: '2026-11-24T09:00:00Z',
    });
    expect(second.state.requests).toEqual([second.request]);
    expect(caught(() => confirmPartnership(second.state, first.request)).code).toBe('PARTNERSHIP_NOT_PENDING');
    expect(confirmPartnership(second.state, second.request).grant).toEqual({ partner: 'agency', access: 'full', paymentMode: 'client' });
  });

  it('PAR-15 confirmation goes through the grant checks (PAR-03, PAR-05); the request stays pending when refused', () => {
    const taken = grantAccess(acme, { partner: 'mail-experts', access: 'limited', products: ['shop'] });
    const { state, request } = addPartner(taken, { partner: 'agency', rights: limited, at });
    const e = caught(() => confirmPartnership(state, request));
    expect([e.code, e.rule]).toEqual(['ACCESS_CONFLICT', 'PAR-03']);
    const freed = revokeAccess(state, 'mail-experts');
    expect(freed.requests).toEqual([request]);
    expect(confirmPartnership(freed, request).grant.partner).toBe('agency');
  });

  it('PAR-15 pending requests and invitations survive the other operations on the state', () => {
    const inv = inviteClient({
      partner: 'web-team',
      role: 'legal-representative',
      client: 'acme',
      requested: { access: 'limited', products: ['blog'] },
      at,
    });
    let s = receiveInvitation(acme, inv);
    const { state, request } = addPartner(s, { partner: 'agency', rights: limited, at });
    s = grantAccess(state, { partner: 'other', access: 'limited', products: ['mail'] });
    s = revokeAccess(s, 'other');
    expect(s.requests).toEqual([request]);
    expect(s.invitations).toEqual([inv]);
    const offer = addPartner(acme, { partner: 'agency', rights: { access: 'full', paymentMode: 'client' }, at });
    const full = confirmPartnership(offer.state, offer.request).state;
    const pending = addPartner(full, { partner: 'agency', rights: limited, at: '2026-12-01T00:00:00Z' });
    expect(changePaymentMode(pending.state, 'partner', at).state.requests).toEqual([pending.request]);
  });

  it('PAR-15 property: pending requests never grant anything (authorize answers as without them)', () => {
    const rightsArb: fc.Arbitrary<PartnerAccessRights> = fc.oneof(
      paymentModeArb.map((paymentMode) => ({ access: 'full' as const, paymentMode })),
      fc.uniqueArray(productIdArb(5), { minLength: 1, maxLength: 3 }).map((products) => ({ access: 'limited' as const, products })),
    );
    const base = fc.constantFrom(
      acme,
      grantAccess(acme, { partner: 'partner-1', access: 'limited', products: ['product-1'] }),
      grantAccess(acme, { partner: 'partner-2', access: 'full', paymentMode: 'partner' }),
    );
    fc.assert(
      fc.property(
        base,
        fc.array(fc.record({ partner: partnerIdArb(4), rights: rightsArb }), { maxLength: 5 }),
        actorArb(4),
        partnerActionArb,
        productIdArb(5),
        (start, adds, actor, action, product) => {
          const pending = adds.reduce((s, a, i) => addPartner(s, { ...a, at: new Date(Date.UTC(2026, 10, 23, i)) }).state, start);
          expect(pending.grants).toEqual(start.grants);
          expect(authorize(pending, { actor, action, product })).toEqual(authorize(start, { actor, action, product }));
        },
      ),
    );
  });

  it('PAR-15 bad input: unknown keys, empty ids, a forged request, __proto__ ids', () => {
    expect(invalidPaths(() => addPartner(acme, { partner: '', rights: limited, at }))).toEqual([['partner']]);
    expect(invalidPaths(() => addPartner(acme, { partner: 'agency', rights: { access: 'limited', products: [] }, at }))).toEqual([
      ['rights', 'products'],
    ]);
    expect(invalidPaths(() => addPartner(acme, { partner: 'agency', rights: limited, at: 'soon' }))).toEqual([['at']]);
    expect(caught(() => addPartner(acme, { partner: 'agency', rights: limited, at, confirmed: true } as never)).message).toMatch(
      /unknown key 'confirmed'/,
    );
    const { state, request } = addPartner(acme, { partner: 'agency', rights: limited, at });
    expect(caught(() => confirmPartnership(state, { ...request, confirmedAt: at } as never)).code).toBe('INVALID_INPUT');
    const forgedState = JSON.parse('{ "client": "acme", "grants": [], "__proto__": { "requests": [] } }') as ClientAccess;
    expect(caught(() => confirmPartnership(forgedState, request)).code).toBe('INVALID_INPUT');
    const twoRequests = { ...JSON.parse(JSON.stringify(state)), requests: [request, request] } as ClientAccess;
    expect(invalidPaths(() => confirmPartnership(twoRequests, request))).toEqual([['requests']]);
    const proto = addPartner(emptyClientAccess('__proto__'), { partner: '__proto__', rights: limited, at });
    expect(confirmPartnership(proto.state, proto.request).grant).toEqual({ partner: '__proto__', access: 'limited', products: ['shop'] });
  });
});
