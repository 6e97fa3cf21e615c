/**
 * Every decision and error of the partner program, with its exact wording, pinned in a snapshot:
 * people read these messages (PAR-12: every denial carries its reason), so a change of wording
 * is a change to review, not an accident.
 */
import { describe, expect, it } from 'vitest';
import {
  authorize,
  emptyClientAccess,
  grantAccess,
  incentiveFor,
  revokeAccess,
  PARTNER_ACTIONS,
  type ClientAccess,
} from '../../src/partners/index.js';

const acme = emptyClientAccess('acme');
const states: Record<string, ClientAccess> = {
  none: acme,
  limited: grantAccess(acme, { partner: 'p1', access: 'limited', products: ['site'] }),
  'full, client pays': grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'client' }),
  'full, partner pays': grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'partner' }),
};
const actors = {
  client: { kind: 'client' as const, client: 'acme' },
  'p1 staff': { kind: 'partner' as const, partner: 'p1', role: 'staff' as const },
  'p1 legal representative': { kind: 'partner' as const, partner: 'p1', role: 'legal-representative' as const },
  p2: { kind: 'partner' as const, partner: 'p2' },
};

/** What a thrown error says, as data. */
function thrown(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (e) {
    const { code, rule, message, details } = e as { code: string; rule?: string; message: string; details?: unknown };
    return { code, rule, message, details };
  }
}

describe('PAR-12 the wording of every partner decision', () => {
  it('PAR-12 authorize: every state × actor × action × product, with codes, rules and messages', () => {
    const table: Record<string, unknown> = {};
    for (const [stateName, state] of Object.entries(states)) {
      for (const [actorName, actor] of Object.entries(actors)) {
        for (const action of PARTNER_ACTIONS) {
          for (const product of [undefined, 'site', 'mail']) {
            const request = { actor, action, ...(product === undefined ? {} : { product }) };
            table[`${stateName} | ${actorName} | ${action} | ${product ?? '-'}`] = authorize(state, request);
          }
        }
      }
    }
    expect(table).toMatchSnapshot();
  });

  it('PAR-03 PAR-05 grant conflicts name every conflict, in the singular and the plural', () => {
    const twoLimited = grantAccess(grantAccess(acme, { partner: 'p1', access: 'limited', products: ['a', 'b'] }), {
      partner: 'p2',
      access: 'limited',
      products: ['c'],
    });
    expect({
      'full over one limited partner': thrown(() =>
        grantAccess(states.limited as ClientAccess, { partner: 'p2', access: 'full', paymentMode: 'client' }),
      ),
      'full over two limited partners': thrown(() => grantAccess(twoLimited, { partner: 'p3', access: 'full', paymentMode: 'partner' })),
      'second full partner': thrown(() =>
        grantAccess(states['full, client pays'] as ClientAccess, { partner: 'p2', access: 'full', paymentMode: 'client' }),
      ),
      'limited next to a full partner': thrown(() =>
        grantAccess(states['full, client pays'] as ClientAccess, { partner: 'p2', access: 'limited', products: ['x'] }),
      ),
      'one product already managed': thrown(() => grantAccess(twoLimited, { partner: 'p3', access: 'limited', products: ['a'] })),
      'two products already managed': thrown(() =>
        grantAccess(twoLimited, { partner: 'p3', access: 'limited', products: ['a', 'c', 'd'] }),
      ),
      'the same partner again replaces its grant': thrown(() =>
        grantAccess(twoLimited, { partner: 'p1', access: 'limited', products: ['z'] }),
      ),
    }).toMatchSnapshot();
  });

  it('PAR-12 revoking a partner without access changes nothing; revoking one removes exactly its grant', () => {
    const state = grantAccess(states.limited as ClientAccess, { partner: 'p2', access: 'limited', products: ['mail'] });
    expect(revokeAccess(state, 'nobody')).toBe(state);
    expect(revokeAccess(state, 'p2').grants.map((g) => g.partner)).toEqual(['p1']);
    expect(revokeAccess(state, 'p1').grants.map((g) => g.partner)).toEqual(['p2']);
    expect(revokeAccess(revokeAccess(state, 'p1'), 'p2').grants).toEqual([]);
  });

  it('PAR-09 PAR-10 incentives: every combination, with amounts and errors', () => {
    const table: Record<string, unknown> = {};
    const prices = { publicPrice: { amount: '100', currency: 'CHF' }, partnerPrice: { amount: '80', currency: 'CHF' } };
    for (const access of ['limited', 'full'] as const) {
      for (const paymentMode of [undefined, 'client', 'partner'] as const) {
        for (const actor of ['client', 'partner'] as const) {
          for (const managedByPartner of [false, true]) {
            const order = { access, actor, managedByPartner, ...prices, ...(paymentMode === undefined ? {} : { paymentMode }) };
            table[`${access} | ${paymentMode ?? '-'} | ${actor} | ${managedByPartner}`] = thrown(() => incentiveFor(order));
          }
        }
      }
    }
    expect(JSON.parse(JSON.stringify(table))).toMatchSnapshot();
  });
});
