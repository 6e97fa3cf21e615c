import { describe, it, expect } from 'vitest';
import { authorize, emptyClientAccess, grantAccess, PARTNER_ACTIONS, type PartnerAction } from '../../src/partners/index.js';
import { codesOf } from './helpers.js';

const acme = emptyClientAccess('acme');
const STATES = {
  none: acme,
  limited: grantAccess(acme, { partner: 'p1', access: 'limited', products: ['site'] }),
  'full/client pays': grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'client' }),
  'full/partner pays': grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'partner' }),
} as const;
type StateName = keyof typeof STATES;

/** Expected denial codes ([] = allowed) for partner p1's staff member acting on product 'site'. */
const PARTNER_STAFF: Record<PartnerAction, Record<StateName, string[]>> = {
  'view-product': { none: ['NO_GRANT'], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  'manage-product': { none: ['NO_GRANT'], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  order: { none: ['NO_GRANT'], limited: ['LIMITED_ACCESS_CANNOT_ORDER'], 'full/client pays': [], 'full/partner pays': [] },
  renew: { none: ['NO_GRANT'], limited: ['LIMITED_ACCESS_CANNOT_ORDER'], 'full/client pays': [], 'full/partner pays': [] },
  'view-invoices': {
    none: ['NO_GRANT'],
    limited: ['INVOICES_NOT_GRANTED'],
    'full/client pays': ['INVOICES_IN_CLIENT_ORGANIZATION'],
    'full/partner pays': [],
  },
  'pay-invoices': {
    none: ['NO_GRANT'],
    limited: ['INVOICES_NOT_GRANTED'],
    'full/client pays': ['INVOICES_IN_CLIENT_ORGANIZATION'],
    'full/partner pays': [],
  },
  'add-client': {
    none: ['LEGAL_REPRESENTATIVE_REQUIRED'],
    limited: ['LEGAL_REPRESENTATIVE_REQUIRED'],
    'full/client pays': ['LEGAL_REPRESENTATIVE_REQUIRED'],
    'full/partner pays': ['LEGAL_REPRESENTATIVE_REQUIRED'],
  },
  // PAR-08 (clarified): "Der Kunde und der Partner können die Zahlungsmittel festlegen".
  'change-payment-mode': { none: ['NO_FULL_ACCESS'], limited: ['NO_FULL_ACCESS'], 'full/client pays': [], 'full/partner pays': [] },
};

/** Expected denial codes for the client itself. */
const CLIENT: Record<PartnerAction, Record<StateName, string[]>> = {
  'view-product': { none: [], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  'manage-product': { none: [], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  order: { none: [], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  renew: { none: [], limited: [], 'full/client pays': [], 'full/partner pays': [] },
  'view-invoices': { none: [], limited: [], 'full/client pays': [], 'full/partner pays': ['INVOICES_IN_PARTNER_ORGANIZATION'] },
  'pay-invoices': { none: [], limited: [], 'full/client pays': [], 'full/partner pays': ['INVOICES_IN_PARTNER_ORGANIZATION'] },
  'add-client': {
    none: ['NOT_A_PARTNER'],
    limited: ['NOT_A_PARTNER'],
    'full/client pays': ['NOT_A_PARTNER'],
    'full/partner pays': ['NOT_A_PARTNER'],
  },
  'change-payment-mode': { none: ['NO_FULL_ACCESS'], limited: ['NO_FULL_ACCESS'], 'full/client pays': [], 'full/partner pays': [] },
};

const rows = (table: Record<PartnerAction, Record<StateName, string[]>>) =>
  PARTNER_ACTIONS.flatMap((action) => (Object.keys(STATES) as StateName[]).map((state) => [action, state, table[action][state]] as const));

describe('PAR-12 the whole permission table (deny by default)', () => {
  it.each(rows(PARTNER_STAFF))('PAR-12 partner staff: %s with %s access → %j', (action, state, codes) => {
    expect(
      codesOf(authorize(STATES[state], { actor: { kind: 'partner', partner: 'p1', role: 'staff' }, action, product: 'site' })),
    ).toEqual(codes);
  });

  it.each(rows(CLIENT))('PAR-12 client: %s with %s access → %j', (action, state, codes) => {
    expect(codesOf(authorize(STATES[state], { actor: { kind: 'client', client: 'acme' }, action, product: 'site' }))).toEqual(codes);
  });

  it('PAR-11 a legal representative differs from staff only for add-client', () => {
    for (const action of PARTNER_ACTIONS) {
      for (const state of Object.keys(STATES) as StateName[]) {
        const rep = codesOf(
          authorize(STATES[state], { actor: { kind: 'partner', partner: 'p1', role: 'legal-representative' }, action, product: 'site' }),
        );
        expect(rep).toEqual(action === 'add-client' ? [] : PARTNER_STAFF[action][state]);
      }
    }
  });
});
