/**
 * Issue 16 (Trust II), item 4: identities in every decision. A client actor names its client and
 * is checked against the state; an actor is read strictly; a state's grants are its own; an
 * invitation is bound to what the client received; product ids compare in one canonical form.
 * Every test here failed on the code before the issue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  authorize,
  canonicalProductId,
  emptyClientAccess,
  grantAccess,
  inviteClient,
  PARTNER_ACTIONS,
  receiveInvitation,
  type ClientAccess,
  type PartnerActor,
} from '../../src/partners/index.js';
import { caught, invalidPaths } from './helpers.js';

const acme = emptyClientAccess('acme');
const agencyFull = grantAccess(acme, { partner: 'agency', access: 'full', paymentMode: 'client' });
const at = '2026-11-23T09:00:00Z';

describe('PAR-12 the client actor names its client', () => {
  it('PAR-12 a client actor naming another client is denied every action on this state', () => {
    for (const action of PARTNER_ACTIONS) {
      const d = authorize(agencyFull, { actor: { kind: 'client', client: 'rival' }, action, product: 'site' });
      expect(d.allowed).toBe(false);
      if (!d.allowed) expect(d.reasons.map((r) => [r.code, r.rule])).toEqual([['NOT_THIS_CLIENT', 'PAR-12']]);
    }
    expect(authorize(agencyFull, { actor: { kind: 'client', client: 'acme' }, action: 'order', product: 'site' })).toEqual({
      allowed: true,
    });
  });

  it('PAR-12 a client actor without its id is invalid input, not an anonymous client', () => {
    expect(invalidPaths(() => authorize(agencyFull, { actor: { kind: 'client' } as unknown as PartnerActor, action: 'order' }))).toEqual([
      ['actor', 'client'],
    ]);
  });

  it('PAR-12 an extra field on an actor is refused, not stripped ({ kind: client, partner: agency } may not order)', () => {
    const forged = { kind: 'client', partner: 'agency' } as unknown as PartnerActor;
    const e = caught(() => authorize(agencyFull, { actor: forged, action: 'order', product: 'site' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/partner/);
    const withId = { kind: 'client', client: 'acme', partner: 'agency' } as unknown as PartnerActor;
    expect(caught(() => authorize(agencyFull, { actor: withId, action: 'order' })).message).toMatch(/unknown key 'partner'/);
  });
});

describe('PAR-12 a state is read from its own properties only', () => {
  it('PAR-12 grants inherited from a prototype give a stranger nothing: the state is invalid input', () => {
    const inherited = Object.create({ grants: [{ partner: 'stranger', access: 'full', paymentMode: 'partner' }] }) as { client: string };
    inherited.client = 'acme';
    expect(
      caught(() => authorize(inherited as unknown as ClientAccess, { actor: { kind: 'partner', partner: 'stranger' }, action: 'order' }))
        .code,
    ).toBe('INVALID_INPUT');
    const literal = JSON.parse('{ "client": "acme", "grants": [], "__proto__": { "x": 1 } }') as ClientAccess;
    expect(caught(() => authorize(literal, { actor: { kind: 'partner', partner: 'stranger' }, action: 'order' })).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('PAR-11 an invitation is bound to what the client received', () => {
  const invitation = inviteClient({
    partner: 'p1',
    role: 'legal-representative',
    client: 'acme',
    requested: { access: 'limited', products: ['site'] },
    at,
  });
  const received = receiveInvitation(acme, invitation);

  it('PAR-11 an invitation edited to another partner is refused', () => {
    const e = caught(() => acceptInvitation(received, { ...invitation, partner: 'p2' }));
    expect([e.code, e.rule]).toEqual(['INVITATION_NOT_PENDING', 'PAR-11']);
  });

  it('PAR-11 an invitation edited to other rights, or another instant, is refused', () => {
    expect(caught(() => acceptInvitation(received, { ...invitation, requested: { access: 'full', paymentMode: 'partner' } })).code).toBe(
      'INVITATION_NOT_PENDING',
    );
    expect(
      caught(() => acceptInvitation(received, { ...invitation, requested: { access: 'limited', products: ['site', 'mail'] } })).code,
    ).toBe('INVITATION_NOT_PENDING');
    expect(caught(() => acceptInvitation(received, { ...invitation, invitedAt: '2026-11-24T09:00:00.000Z' })).code).toBe(
      'INVITATION_NOT_PENDING',
    );
  });

  it('PAR-11 an invitation never delivered, or already answered, cannot be accepted', () => {
    expect(caught(() => acceptInvitation(acme, invitation)).code).toBe('INVITATION_NOT_PENDING');
    const { state } = acceptInvitation(received, invitation);
    expect(caught(() => acceptInvitation(state, invitation)).code).toBe('INVITATION_NOT_PENDING');
  });

  it('PAR-11 the pending invitation survives storage (a JSON round trip) and is accepted from it', () => {
    const stored = JSON.parse(JSON.stringify(received)) as ClientAccess;
    expect(stored.invitations).toEqual([invitation]);
    const { grant, state } = acceptInvitation(stored, JSON.parse(JSON.stringify(invitation)));
    expect(grant).toEqual({ partner: 'p1', access: 'limited', products: ['site'] });
    expect(state).toEqual({ client: 'acme', grants: [grant] });
  });

  it('PAR-11 an invitation for another client is not received', () => {
    expect(caught(() => receiveInvitation(emptyClientAccess('rival'), invitation)).code).toBe('INVITATION_CLIENT_MISMATCH');
  });
});

describe('PAR-03 product ids compare in one canonical form', () => {
  const managed = grantAccess(acme, { partner: 'p1', access: 'limited', products: ['shop.example.ch'] });

  it.each([
    'SHOP.EXAMPLE.CH',
    ' shop.example.ch',
    'shop.example.ch.',
    'shop\u200B.example.ch',
    'ｓｈｏｐ.example.ch',
    'Shop.Example.Ch\u200D ',
  ])('PAR-03 a rival cannot get limited access to %j, another spelling of a product p1 manages', (spelling) => {
    const e = caught(() => grantAccess(managed, { partner: 'rival', access: 'limited', products: [spelling] }));
    expect([e.code, e.rule]).toEqual(['ACCESS_CONFLICT', 'PAR-03']);
    // And p1 acts on its product under any of its spellings.
    expect(authorize(managed, { actor: { kind: 'partner', partner: 'p1' }, action: 'manage-product', product: spelling })).toEqual({
      allowed: true,
    });
  });

  it('PAR-03 ids that are not domain names keep their case: two products', () => {
    const s = grantAccess(acme, { partner: 'p1', access: 'limited', products: ['Site-A'] });
    expect(grantAccess(s, { partner: 'p2', access: 'limited', products: ['site-a'] }).grants).toHaveLength(2);
  });

  it('PAR-03 property: random case, spaces, invisible characters and full-width letters of a domain give one canonical id', () => {
    const label = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    const domain = fc.tuple(label, label, fc.constantFrom('ch', 'com', 'swiss')).map((parts) => parts.join('.'));
    const spell = (id: string, upper: boolean[], invisible: number, fullWidth: boolean, pad: boolean): string => {
      let s = [...id].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
      if (fullWidth)
        s = [...s].map((c) => (/[a-zA-Z0-9]/.test(c) ? String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0) : c)).join('');
      const cut = invisible % (s.length + 1);
      s = `${s.slice(0, cut)}\u200B${s.slice(cut)}`;
      return pad ? `  ${s}\t` : s;
    };
    fc.assert(
      fc.property(
        domain,
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        (id, upper, invisible, fullWidth, pad) => {
          expect(canonicalProductId(spell(id, upper, invisible, fullWidth, pad))).toBe(id);
        },
      ),
    );
  });

  it('a product id above 253 characters is refused before any other work', () => {
    expect(caught(() => grantAccess(acme, { partner: 'p1', access: 'limited', products: [`${'a'.repeat(250)}.example.ch`] })).code).toBe(
      'INVALID_INPUT',
    );
  });
});
