import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canUseTemporaryAccess,
  grantTemporaryAccess,
  InvalidInputError,
  revokeTemporaryAccess,
  type TemporaryAccessGrant,
} from '../../src/index.js';

const g = grantTemporaryAccess({ services: ['mail', 'kdrive'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' });
const staff = { kind: 'support-staff' as const };

describe('SUP-09 temporary access for support staff', () => {
  it('SUP-09 support staff can use a grant between its start and its expiry', () => {
    expect(canUseTemporaryAccess(g, { actor: staff, at: '2026-05-05T09:00:00Z', service: 'kdrive' })).toEqual({ allowed: true });
    expect(canUseTemporaryAccess(g, { actor: staff, at: '2026-05-06T08:00:00Z' })).toMatchObject({ allowed: false });
  });

  it('SUP-09 only support staff can use it, and every failed condition is listed', () => {
    const d = canUseTemporaryAccess(g, { actor: { kind: 'partner', id: 'p1' }, at: '2026-05-07T00:00:00Z', service: 'web' });
    expect(!d.allowed && d.reasons.map((r) => [r.code, r.rule])).toEqual([
      ['ACTOR_NOT_ALLOWED', 'SUP-09'],
      ['ACCESS_EXPIRED', 'SUP-09'],
      ['SERVICE_NOT_GRANTED', 'SUP-09'],
    ]);
    const early = canUseTemporaryAccess(g, { actor: staff, at: '2026-05-01T00:00:00Z' });
    expect(!early.allowed && early.reasons.map((r) => r.code)).toEqual(['ACCESS_NOT_YET_GRANTED']);
  });

  it('SUP-09 a revoked grant cannot be used after the revocation; revoking twice keeps the first', () => {
    const r = revokeTemporaryAccess(g, '2026-05-05T12:00:00Z');
    expect(r.revokedAt?.toISOString()).toBe('2026-05-05T12:00:00.000Z');
    expect(canUseTemporaryAccess(r, { actor: staff, at: '2026-05-05T11:59:59Z' }).allowed).toBe(true);
    const d = canUseTemporaryAccess(r, { actor: staff, at: '2026-05-05T12:00:00Z' });
    expect(!d.allowed && d.reasons.map((x) => x.code)).toEqual(['ACCESS_REVOKED']);
    expect(revokeTemporaryAccess(r, '2026-05-05T18:00:00Z').revokedAt?.toISOString()).toBe('2026-05-05T12:00:00.000Z');
    expect(g.revokedAt).toBeNull(); // immutable
  });

  it('SUP-09 grants round-trip through JSON', () => {
    const json = JSON.parse(JSON.stringify(revokeTemporaryAccess(g, '2026-05-05T12:00:00Z'))) as TemporaryAccessGrant;
    expect(canUseTemporaryAccess(json, { actor: staff, at: '2026-05-05T13:00:00Z' }).allowed).toBe(false);
  });

  it('SUP-09 property: usable exactly by support staff in [grantedAt, min(expiresAt, revokedAt))', () => {
    const base = Date.parse('2026-01-01T00:00:00Z');
    const H = 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
        fc.integer({ min: -50, max: 700 }),
        fc.constantFrom('support-staff' as const, 'customer' as const, 'partner' as const, 'other' as const),
        (hours, revokeAfter, useAfter, kind) => {
          let grant = grantTemporaryAccess({ services: ['mail'], grantedAt: new Date(base), expiresAt: new Date(base + hours * H) });
          if (revokeAfter !== undefined) grant = revokeTemporaryAccess(grant, new Date(base + revokeAfter * H));
          const t = useAfter * H;
          const end = Math.min(hours, revokeAfter ?? Infinity) * H;
          const expected = kind === 'support-staff' && t >= 0 && t < end;
          expect(canUseTemporaryAccess(grant, { actor: { kind }, at: new Date(base + t) }).allowed).toBe(expected);
        },
      ),
    );
  });

  it('SUP-09 bad input names the field', () => {
    expect(() => grantTemporaryAccess({ services: ['ftp'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' })).toThrow(
      /services\[0\]/,
    );
    expect(() => grantTemporaryAccess({ services: [], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' })).toThrow(
      InvalidInputError,
    );
    expect(() =>
      grantTemporaryAccess({ services: ['mail'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-04T08:00:00Z' }),
    ).toThrow(/expiresAt: must be after grantedAt/);
    expect(() => revokeTemporaryAccess(g, '2026-05-01T00:00:00Z')).toThrow(/revokedAt/);
    expect(() => canUseTemporaryAccess(g, { actor: { kind: 'robot' as never }, at: 'now' })).toThrow(InvalidInputError);
  });
});

describe('SUP-09 grant edge cases', () => {
  it('SUP-09 revocation at the grant instant is allowed; a second, earlier revocation wins', () => {
    expect(revokeTemporaryAccess(g, '2026-05-04T08:00:00Z').revokedAt?.toISOString()).toBe('2026-05-04T08:00:00.000Z');
    const late = revokeTemporaryAccess(g, '2026-05-05T18:00:00Z');
    expect(revokeTemporaryAccess(late, '2026-05-05T09:00:00Z').revokedAt?.toISOString()).toBe('2026-05-05T09:00:00.000Z');
  });

  it('SUP-09 a malformed grant read back from storage is bad input', () => {
    const use = { actor: staff, at: '2026-05-05T09:00:00Z' };
    expect(() => canUseTemporaryAccess({ ...g, expiresAt: g.grantedAt }, use)).toThrow(/expiresAt: must be after grantedAt/);
    expect(() => canUseTemporaryAccess({ ...g, revokedAt: '2026-05-01T00:00:00Z' }, use)).toThrow(
      /revokedAt: must not be before grantedAt/,
    );
    expect(() => canUseTemporaryAccess({ ...g, services: ['mail', 'mail'] }, use)).toThrow(/unique/);
    expect(() => grantTemporaryAccess({ services: ['ftp'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' })).toThrow(
      /must be one of "mail", "kdrive"/,
    );
  });

  it('SUP-09 the reasons say when and what', () => {
    const d = canUseTemporaryAccess(revokeTemporaryAccess(g, '2026-05-05T12:00:00Z'), {
      actor: { kind: 'customer' },
      at: '2026-05-07T00:00:00Z',
      service: 'web',
    });
    expect(!d.allowed && d.reasons.map((r) => r.message)).toEqual([
      "Only the provider's support staff can use temporary access, not a customer.",
      'The access expired at 2026-05-06T08:00:00.000Z.',
      'The customer revoked the access at 2026-05-05T12:00:00.000Z.',
      'The access does not cover web (granted: mail, kdrive).',
    ]);
  });
});
