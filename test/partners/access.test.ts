import { describe, it, expect } from 'vitest';
import {
  canGrantAccess,
  changePaymentMode,
  emptyClientAccess,
  grantAccess,
  revokeAccess,
  type PartnerAccessGrantInput,
  type ClientAccess,
} from '../../src/partners/index.js';
import { isHostPolicyError } from '../../src/errors.js';
import { caught, codesOf, invalidPaths } from './helpers.js';

const acme = emptyClientAccess('acme');
const full = (partner: string, paymentMode: 'client' | 'partner' = 'client'): PartnerAccessGrantInput => ({
  partner,
  access: 'full',
  paymentMode,
});
const limited = (partner: string, ...products: string[]): PartnerAccessGrantInput => ({ partner, access: 'limited', products });

describe('PAR-02 PAR-03 PAR-04 PAR-05 client access grants', () => {
  it('PAR-02 limited access lists its products, sorted and without duplicates', () => {
    const s = grantAccess(acme, limited('p1', 'site-b', 'site-a', 'site-b'));
    expect(s).toEqual({ client: 'acme', grants: [{ partner: 'p1', access: 'limited', products: ['site-a', 'site-b'] }] });
  });

  it('PAR-03 several limited partners on different products', () => {
    const s = grantAccess(grantAccess(acme, limited('p1', 'site')), limited('p2', 'mail'));
    expect(s.grants.map((g) => g.partner)).toEqual(['p1', 'p2']);
  });

  it('PAR-03 a product already managed by another partner is an ACCESS_CONFLICT', () => {
    const s = grantAccess(acme, limited('p1', 'site', 'mail'));
    const e = caught(() => grantAccess(s, limited('p2', 'mail', 'drive')));
    expect(e.code).toBe('ACCESS_CONFLICT');
    expect(e.rule).toBe('PAR-03');
    expect(e.details?.['conflict']).toBe('PRODUCT_ALREADY_MANAGED');
    expect(e.message).toMatch(/mail/);
  });

  it('PAR-04 full access with a payment mode', () => {
    expect(grantAccess(acme, full('p1', 'partner')).grants).toEqual([{ partner: 'p1', access: 'full', paymentMode: 'partner' }]);
  });

  it('PAR-05 a second full partner is an ACCESS_CONFLICT', () => {
    const e = caught(() => grantAccess(grantAccess(acme, full('p1')), full('p2')));
    expect([e.code, e.rule, e.details?.['conflict']]).toEqual(['ACCESS_CONFLICT', 'PAR-05', 'FULL_ACCESS_TAKEN']);
  });

  it('PAR-05 full access excludes limited partners, both ways', () => {
    const withFull = grantAccess(acme, full('p1'));
    expect(caught(() => grantAccess(withFull, limited('p2', 'site'))).details?.['conflict']).toBe('FULL_ACCESS_PRESENT');
    const withLimited = grantAccess(acme, limited('p2', 'site'));
    expect(caught(() => grantAccess(withLimited, full('p1'))).details?.['conflict']).toBe('LIMITED_PARTNERS_PRESENT');
  });

  it('PAR-05 canGrantAccess lists every conflict', () => {
    const s = grantAccess(grantAccess(acme, limited('p1', 'site')), limited('p2', 'mail'));
    expect(codesOf(canGrantAccess(s, full('p3')))).toEqual(['LIMITED_PARTNERS_PRESENT']);
    expect(codesOf(canGrantAccess(s, limited('p3', 'site', 'mail')))).toEqual(['PRODUCT_ALREADY_MANAGED', 'PRODUCT_ALREADY_MANAGED']);
    expect(canGrantAccess(s, limited('p1', 'site', 'drive'))).toEqual({ allowed: true });
  });

  it('PAR-04 a new grant to the same partner replaces its grant (limited → full)', () => {
    const s = grantAccess(grantAccess(acme, limited('p1', 'site')), full('p1', 'partner'));
    expect(s.grants).toEqual([{ partner: 'p1', access: 'full', paymentMode: 'partner' }]);
  });

  it('PAR-05 after revoking the full partner another one can get full access', () => {
    const s = revokeAccess(grantAccess(acme, full('p1')), 'p1');
    expect(grantAccess(s, full('p2')).grants[0]?.partner).toBe('p2');
  });

  it('PAR-12 revoking a partner without access changes nothing', () => {
    const s = grantAccess(acme, limited('p1', 'site'));
    expect(revokeAccess(s, 'p9')).toEqual(s);
  });

  it('PAR-02 the state is immutable and JSON-friendly', () => {
    const s = grantAccess(acme, limited('p1', 'site'));
    expect(Object.isFrozen(s) && Object.isFrozen(s.grants) && Object.isFrozen(s.grants[0])).toBe(true);
    const back = JSON.parse(JSON.stringify(s)) as ClientAccess;
    expect(back).toEqual(s);
    expect(grantAccess(back, limited('p2', 'mail')).grants).toHaveLength(2);
    expect(acme.grants).toEqual([]);
  });
});

describe('PAR-08 payment mode changes', () => {
  it('PAR-08 the client changes the mode; the event names the partner to notify', () => {
    const s = grantAccess(grantAccess(acme, full('p1', 'client')), full('p1', 'client'));
    const { state, event } = changePaymentMode(s, 'partner', '2026-11-23T10:00:00+01:00');
    expect(state.grants).toEqual([{ partner: 'p1', access: 'full', paymentMode: 'partner' }]);
    expect(event).toEqual({
      type: 'PaymentModeChanged',
      client: 'acme',
      by: 'client',
      notify: 'p1',
      from: 'client',
      to: 'partner',
      at: new Date('2026-11-23T09:00:00Z'),
    });
    expect(s.grants[0]).toEqual({ partner: 'p1', access: 'full', paymentMode: 'client' });
  });

  it(
    'PAR-08 "Der Kunde und der Partner können die Zahlungsmittel festlegen": ' +
      'the full partner sets the mode and the client is notified',
    () => {
      const s = grantAccess(acme, full('p1', 'partner'));
      const { state, event } = changePaymentMode(s, 'client', '2026-11-23T10:00:00Z', { by: 'partner' });
      expect(state.grants).toEqual([{ partner: 'p1', access: 'full', paymentMode: 'client' }]);
      expect(event).toEqual({
        type: 'PaymentModeChanged',
        client: 'acme',
        by: 'partner',
        notify: 'acme',
        from: 'partner',
        to: 'client',
        at: new Date('2026-11-23T10:00:00Z'),
      });
    },
  );

  it('PAR-08 setting the mode it already has changes nothing and notifies no one', () => {
    const s = grantAccess(acme, full('p1', 'client'));
    for (const by of ['client', 'partner'] as const) {
      const { state, event } = changePaymentMode(s, 'client', '2026-11-23T10:00:00Z', { by });
      expect(event).toBeNull();
      expect(state).toEqual(s);
    }
  });

  it('PAR-08 unknown options are invalid input', () => {
    const s = grantAccess(acme, full('p1', 'client'));
    expect(caught(() => changePaymentMode(s, 'partner', '2026-11-23T10:00:00Z', { by: 'p1' as 'partner' })).code).toBe('INVALID_INPUT');
    expect(caught(() => changePaymentMode(s, 'partner', '2026-11-23T10:00:00Z', { notify: 'x' } as never)).code).toBe('INVALID_INPUT');
  });

  it('PAR-08 without full access there is no payment mode to change', () => {
    const e = caught(() => changePaymentMode(grantAccess(acme, limited('p1', 'site')), 'partner', new Date('2026-11-23T10:00:00Z')));
    expect([e.code, e.rule]).toEqual(['NO_FULL_ACCESS', 'PAR-08']);
  });
});

describe('PAR-12 bad input to access functions', () => {
  it('PAR-12 an empty partner id is invalid input naming the field', () => {
    expect(invalidPaths(() => grantAccess(acme, limited('', 'site')))).toEqual([['partner']]);
    expect(invalidPaths(() => grantAccess(acme, full('  ')))).toEqual([['partner']]);
    expect(invalidPaths(() => revokeAccess(acme, ''))).toEqual([[]]);
  });

  it('PAR-02 a limited grant without products, an unknown access or mode are invalid input', () => {
    expect(invalidPaths(() => grantAccess(acme, limited('p1')))).toEqual([['products']]);
    expect(caught(() => grantAccess(acme, { partner: 'p1', access: 'admin' } as unknown as PartnerAccessGrantInput)).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      invalidPaths(() => grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'card' } as unknown as PartnerAccessGrantInput)),
    ).toEqual([['paymentMode']]);
  });

  it('PAR-05 a stored state that breaks the invariants is refused', () => {
    const broken = {
      client: 'acme',
      grants: [
        { partner: 'p1', access: 'full', paymentMode: 'client' },
        { partner: 'p2', access: 'full', paymentMode: 'client' },
      ],
    } as ClientAccess;
    expect(invalidPaths(() => grantAccess(broken, limited('p3', 'x')))).toEqual([['grants']]);
  });

  it('PAR-08 an invalid instant or mode is invalid input, never an Invalid Date', () => {
    const s = grantAccess(acme, full('p1'));
    expect(caught(() => changePaymentMode(s, 'partner', '2026-11-23 10:00')).code).toBe('INVALID_INPUT');
    expect(caught(() => changePaymentMode(s, 'partner', new Date(Number.NaN))).code).toBe('INVALID_INPUT');
    expect(caught(() => changePaymentMode(s, 'both' as 'client', '2026-11-23T10:00:00Z')).code).toBe('INVALID_INPUT');
    expect(caught(() => emptyClientAccess('')).code).toBe('INVALID_INPUT');
  });

  it('PAR-12 every failure is a HostPolicyError, never a TypeError', () => {
    for (const input of [null, undefined, 42, 'x', [], { client: 'acme' }]) {
      try {
        grantAccess(input as unknown as ClientAccess, full('p1'));
        expect.fail('should throw');
      } catch (e) {
        expect(isHostPolicyError(e)).toBe(true);
      }
    }
  });
});
