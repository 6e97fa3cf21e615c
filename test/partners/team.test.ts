import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  authorize,
  designateUser,
  emptyClientAccess,
  emptyPartnerTeam,
  grantAccess,
  isDesignatedUser,
  PARTNER_ACTIONS,
  undesignateUser,
  type PartnerActor,
  type PartnerTeam,
} from '../../src/partners/index.js';
import { caught, codesOf, invalidPaths } from './helpers.js';
import { partnerActionArb, partnerRoleArb } from './arbitraries.js';

const acme = emptyClientAccess('acme');
const full = grantAccess(acme, { partner: 'agency', access: 'full', paymentMode: 'partner' });
const limited = grantAccess(acme, { partner: 'agency', access: 'limited', products: ['shop'] });
const team = designateUser(emptyPartnerTeam('agency'), 'anna');
const anna: PartnerActor = { kind: 'partner', partner: 'agency', user: 'anna' };
const ben: PartnerActor = { kind: 'partner', partner: 'agency', user: 'ben' };
const PRODUCT_ACTIONS = ['view-product', 'manage-product', 'order', 'renew'] as const;

describe("PAR-14 designated users manage the clients' products", () => {
  it('PAR-14 the partner designates and undesignates its users', () => {
    expect(emptyPartnerTeam('agency')).toEqual({ partner: 'agency', designated: [] });
    const t = designateUser(designateUser(team, 'chris'), 'anna');
    expect(t).toEqual({ partner: 'agency', designated: ['anna', 'chris'] });
    expect(Object.isFrozen(t) && Object.isFrozen(t.designated)).toBe(true);
    expect(isDesignatedUser(t, 'chris')).toBe(true);
    expect(undesignateUser(t, 'chris')).toEqual(team);
    expect(undesignateUser(team, 'nobody')).toEqual(team);
  });

  it(
    'PAR-14 "können Sie die Benutzer festlegen, die Produkte Ihrer Kunden verwalten können": a designated user acts with the grant; a ' +
      'user not designated is denied every product action, whatever the grant',
    () => {
      for (const action of PRODUCT_ACTIONS) {
        expect(authorize(full, { actor: anna, action, product: 'shop' }, team)).toEqual({ allowed: true });
        const d = authorize(full, { actor: ben, action, product: 'shop' }, team);
        expect(d.allowed).toBe(false);
        if (!d.allowed) expect(d.reasons.map((r) => [r.code, r.rule])).toEqual([['USER_NOT_DESIGNATED', 'PAR-14']]);
      }
      expect(codesOf(authorize(limited, { actor: ben, action: 'manage-product', product: 'shop' }, team))).toEqual(['USER_NOT_DESIGNATED']);
    },
  );

  it("PAR-14 every failed condition is listed: the designation first, then the grant's own", () => {
    expect(codesOf(authorize(limited, { actor: ben, action: 'order', product: 'blog' }, team))).toEqual([
      'USER_NOT_DESIGNATED',
      'LIMITED_ACCESS_CANNOT_ORDER',
      'PRODUCT_NOT_GRANTED',
    ]);
    expect(codesOf(authorize(limited, { actor: anna, action: 'order', product: 'shop' }, team))).toEqual(['LIMITED_ACCESS_CANNOT_ORDER']);
  });

  it('PAR-14 with a team, an actor that names no user is denied (identities in every decision)', () => {
    const d = authorize(
      full,
      { actor: { kind: 'partner', partner: 'agency', role: 'legal-representative' }, action: 'manage-product', product: 'shop' },
      team,
    );
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reasons.map((r) => [r.code, r.rule])).toEqual([['USER_REQUIRED', 'PAR-14']]);
  });

  it("PAR-14 another partner's team cannot vouch for this partner's users", () => {
    const rivalTeam = designateUser(emptyPartnerTeam('rival'), 'anna');
    expect(codesOf(authorize(full, { actor: anna, action: 'manage-product', product: 'shop' }, rivalTeam))).toEqual([
      'TEAM_OF_ANOTHER_PARTNER',
    ]);
  });

  it('PAR-14 an empty team lets no user act on products; other actions and the client do not read the team', () => {
    const none = emptyPartnerTeam('agency');
    expect(codesOf(authorize(full, { actor: anna, action: 'view-product', product: 'shop' }, none))).toEqual(['USER_NOT_DESIGNATED']);
    expect(authorize(full, { actor: ben, action: 'view-invoices' }, team)).toEqual({ allowed: true });
    expect(authorize(full, { actor: { ...ben, role: 'legal-representative' } as PartnerActor, action: 'add-client' }, team)).toEqual({
      allowed: true,
    });
    expect(authorize(full, { actor: { kind: 'client', client: 'acme' }, action: 'order', product: 'shop' }, none)).toEqual({
      allowed: true,
    });
  });

  it('PAR-14 without a team, the user is recorded but not checked (callers before PAR-14 keep their answers)', () => {
    expect(authorize(full, { actor: ben, action: 'order', product: 'shop' })).toEqual({ allowed: true });
    expect(authorize(full, { actor: { kind: 'partner', partner: 'agency' }, action: 'order', product: 'shop' })).toEqual({ allowed: true });
  });

  it('PAR-14 property: with a team, a partner actor acts on products only as a designated user, and never beyond its grant', () => {
    const users = fc.constantFrom('anna', 'ben', 'chris', undefined);
    fc.assert(
      fc.property(
        fc.subarray(['anna', 'ben', 'chris']),
        users,
        fc.option(partnerRoleArb, { nil: undefined }),
        partnerActionArb,
        fc.constantFrom(acme, full, limited),
        (designated, user, role, action, state) => {
          const t = designated.reduce<PartnerTeam>((acc, u) => designateUser(acc, u), emptyPartnerTeam('agency'));
          const actor = {
            kind: 'partner' as const,
            partner: 'agency',
            ...(role === undefined ? {} : { role }),
            ...(user === undefined ? {} : { user }),
          };
          const withTeam = authorize(state, { actor, action, product: 'shop' }, t);
          const without = authorize(state, { actor, action, product: 'shop' });
          if (withTeam.allowed) expect(without.allowed).toBe(true);
          if ((PRODUCT_ACTIONS as readonly string[]).includes(action)) {
            expect(withTeam.allowed).toBe(without.allowed && user !== undefined && designated.includes(user));
          } else {
            expect(withTeam).toEqual(without);
          }
        },
      ),
    );
  });

  it('PAR-14 bad input: blank users, unknown keys, a __proto__ key; a __proto__ user id is a user like any other', () => {
    expect(invalidPaths(() => designateUser(team, '  '))).toEqual([[]]);
    expect(invalidPaths(() => authorize(full, { actor: { kind: 'partner', partner: 'agency', user: '' }, action: 'order' }))).toEqual([
      ['actor', 'user'],
    ]);
    expect(invalidPaths(() => authorize(full, { actor: anna, action: 'order' }, { partner: 'agency', designated: [''] }))).toEqual([
      ['designated', 0],
    ]);
    expect(
      caught(() =>
        authorize(full, { actor: anna, action: 'order' }, { partner: 'agency', designated: ['anna'], admins: [] } as PartnerTeam),
      ).message,
    ).toMatch(/unknown key 'admins'/);
    expect(
      caught(() => authorize(full, { actor: { kind: 'partner', partner: 'agency', usr: 'anna' } as PartnerActor, action: 'order' }))
        .message,
    ).toMatch(/unknown key 'usr' — did you mean 'user'/);
    const forged = JSON.parse('{ "partner": "agency", "designated": [], "__proto__": { "designated": ["ben"] } }') as PartnerTeam;
    expect(caught(() => authorize(full, { actor: ben, action: 'order' }, forged)).code).toBe('INVALID_INPUT');
    const inherited = Object.create({ designated: ['ben'] }) as { partner: string };
    inherited.partner = 'agency';
    expect(caught(() => isDesignatedUser(inherited as PartnerTeam, 'ben')).code).toBe('INVALID_INPUT');
    const proto = designateUser(emptyPartnerTeam('__proto__'), '__proto__');
    expect(proto).toEqual({ partner: '__proto__', designated: ['__proto__'] });
    const s = grantAccess(emptyClientAccess('__proto__'), { partner: '__proto__', access: 'full', paymentMode: 'client' });
    expect(authorize(s, { actor: { kind: 'partner', partner: '__proto__', user: '__proto__' }, action: 'order' }, proto)).toEqual({
      allowed: true,
    });
    expect(
      codesOf(authorize(s, { actor: { kind: 'partner', partner: '__proto__', user: 'constructor' }, action: 'order' }, proto)),
    ).toEqual(['USER_NOT_DESIGNATED']);
    expect(invalidPaths(() => designateUser(team, 'x'.repeat(201)))).toEqual([[]]);
  });

  it('PAR-14 the table is unchanged for every action without a team', () => {
    for (const action of PARTNER_ACTIONS) {
      expect(authorize(full, { actor: ben, action, product: 'shop' })).toEqual(
        authorize(full, { actor: { kind: 'partner', partner: 'agency' }, action, product: 'shop' }),
      );
    }
  });
});
