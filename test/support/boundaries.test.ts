/**
 * Exact limits of the support rules: the language tags an emergency call accepts, the instants at
 * which a grant or an SLA changes state (to the millisecond), and the immutability of results.
 */
import { describe, expect, it } from 'vitest';
import {
  canPlaceEmergencyCall,
  canUseTemporaryAccess,
  definePolicy,
  grantTemporaryAccess,
  InvalidInputError,
  isAccountManagerAvailable,
  isInSupportScope,
  responseDeadline,
  revokeTemporaryAccess,
  slaStatus,
  supportTierFeatures,
} from '../../src/index.js';

const call = (language: string) => canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language });
const H = 3_600_000;

describe('SUP-04 language tags of an emergency call', () => {
  it.each(['fr', 'FR', 'en', 'En', 'fr-CH', 'fr_CH', 'en-GB', 'EN_gb', 'en-GB-oxendict', 'fr-419', 'en-a-bcdefgh1', 'fr-12345678'])(
    'SUP-04 %s is French or English: allowed',
    (tag) => {
      expect(call(tag)).toEqual({ allowed: true });
    },
  );

  it.each(['de', 'deu', 'fra', 'eng', 'it-CH', 'frr', 'enm'])(
    'SUP-04 %s is a well-formed tag of another language: refused with the reason',
    (tag) => {
      const d = call(tag);
      expect(!d.allowed && d.reasons.map((r) => [r.code, r.message])).toEqual([
        ['LANGUAGE_NOT_SUPPORTED', `Emergency calls are conducted only in fr and en, not '${tag.split(/[-_]/)[0]!.toLowerCase()}'.`],
      ]);
    },
  );

  it.each([
    '',
    'f',
    'fren',
    'fr-',
    'fr--CH',
    'fr-CH-',
    '-fr',
    'fr-123456789',
    'fr CH',
    ' fr',
    'fr ',
    'f1',
    '1fr',
    'fr.CH',
    'fr-CH!',
    'é',
    'fr\nen',
    'en-GB\n',
  ])('SUP-04 %j is not a language tag: bad input naming the field', (tag) => {
    expect(() => call(tag)).toThrow(InvalidInputError);
    expect(() => call(tag)).toThrow("Invalid emergency call request: language: must be a language tag like 'fr', 'en' or 'fr-CH'");
  });

  it('SUP-04 a policy language list is matched against the primary language only', () => {
    const policy = definePolicy({ support: { emergency: { languages: ['de'] } } });
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'de_AT' }, policy)).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'DE-ch' }, policy)).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'fr' }, policy).allowed).toBe(false);
  });

  it('SUP-04 immediate intervention: only an explicit false refuses; true and absent allow', () => {
    const base = { tier: 'enterprise' as const, incident: 'infrastructure' as const, language: 'en' };
    expect(canPlaceEmergencyCall({ ...base, immediateInterventionNeeded: true })).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall(base)).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall({ ...base, immediateInterventionNeeded: false }).allowed).toBe(false);
  });

  it('SUP-04 without `at` the line hours are not checked, even when the policy never opens it on that day', () => {
    const closed = definePolicy({ support: { emergency: { hours: { hours: { sat: [], sun: [] } } } } });
    const base = { tier: 'enterprise' as const, incident: 'infrastructure' as const, language: 'en' };
    expect(canPlaceEmergencyCall(base, closed)).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall({ ...base, at: '2026-03-28T23:59:59.999+01:00' }, closed).allowed).toBe(false); // Saturday
    expect(canPlaceEmergencyCall({ ...base, at: '2026-03-30T00:00:00+02:00' }, closed)).toEqual({ allowed: true }); // Monday 00:00
  });
});

describe('SUP-05 account managers at the exact limits', () => {
  it('SUP-05 open at 09:00:00.000, closed at 18:00:00.000 and at 08:59:59.999, open at 17:59:59.999 (Zurich)', () => {
    expect(isAccountManagerAvailable('enterprise', '2026-06-01T09:00:00.000+02:00')).toBe(true);
    expect(isAccountManagerAvailable('enterprise', '2026-06-01T08:59:59.999+02:00')).toBe(false);
    expect(isAccountManagerAvailable('enterprise', '2026-06-01T17:59:59.999+02:00')).toBe(true);
    expect(isAccountManagerAvailable('enterprise', '2026-06-01T18:00:00.000+02:00')).toBe(false);
  });

  it('SUP-05 a tier with account managers through the policy is reachable; hours follow the policy', () => {
    const policy = definePolicy({
      support: {
        tiers: { plus: { accountManagers: { total: 1, technical: 0 } } },
        accountManagerHours: { hours: { sat: [['10:00', '12:00']] } },
      },
    });
    expect(isAccountManagerAvailable('plus', '2026-06-01T10:00:00+02:00', policy)).toBe(true);
    expect(isAccountManagerAvailable('plus', '2026-06-06T11:00:00+02:00', policy)).toBe(true); // Saturday
    expect(isAccountManagerAvailable('pro', '2026-06-06T11:00:00+02:00')).toBe(false);
    const closures = definePolicy({ support: { accountManagerHours: { closures: ['2026-06-01'] } } });
    expect(isAccountManagerAvailable('pro', '2026-06-01T10:00:00+02:00', closures)).toBe(false);
    expect(isAccountManagerAvailable('pro', '2026-06-02T10:00:00+02:00', closures)).toBe(true);
  });
});

describe('SUP-03 deadlines and SLA states at the exact limits', () => {
  // Pro by phone, Monday 10:00 CEST: due 12:00 CEST (10:00Z).
  const req = { tier: 'pro' as const, channel: 'phone' as const, receivedAt: '2026-06-01T08:00:00Z' };

  it('SUP-03 closures of the e-mail channel and of the emergency line are read from the policy too', () => {
    const policy = definePolicy({
      support: {
        channels: { email: { closures: [{ from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' }] } },
        emergency: { hours: { closures: ['2026-06-03'] } },
      },
    });
    expect(responseDeadline({ tier: 'enterprise', channel: 'email', receivedAt: '2026-06-01T08:00:00Z' }, policy)?.toISOString()).toBe(
      '2026-06-02T05:00:00.000Z',
    );
    expect(
      canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-06-03T12:00:00+02:00' }, policy).allowed,
    ).toBe(false);
    expect(
      canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-06-04T00:00:00+02:00' }, policy).allowed,
    ).toBe(true);
  });

  it('SUP-03 now may equal receipt; a response may equal receipt or now', () => {
    expect(slaStatus({ ...req, now: req.receivedAt })).toEqual({
      state: 'running',
      deadline: new Date('2026-06-01T10:00:00Z'),
      remainingMs: 2 * H,
      remainingBusinessMs: 2 * H,
    });
    expect(slaStatus({ ...req, respondedAt: req.receivedAt, now: '2026-06-01T09:00:00Z' })).toEqual({
      state: 'met',
      deadline: new Date('2026-06-01T10:00:00Z'),
      remainingMs: 2 * H,
      remainingBusinessMs: 2 * H,
    });
    expect(slaStatus({ ...req, respondedAt: '2026-06-01T09:00:00Z', now: '2026-06-01T09:00:00Z' }).state).toBe('met');
  });

  it('SUP-03 at risk from exactly a quarter of the guarantee left (30 min of Pro), running 1 ms before', () => {
    expect(slaStatus({ ...req, now: '2026-06-01T09:29:59.999Z' })).toMatchObject({ state: 'running', remainingBusinessMs: H / 2 + 1 });
    expect(slaStatus({ ...req, now: '2026-06-01T09:30:00.000Z' })).toMatchObject({ state: 'at-risk', remainingBusinessMs: H / 2 });
    expect(slaStatus({ ...req, now: '2026-06-01T10:00:00.000Z' })).toMatchObject({
      state: 'at-risk',
      remainingMs: 0,
      remainingBusinessMs: 0,
    });
    expect(slaStatus({ ...req, now: '2026-06-01T10:00:00.001Z' })).toMatchObject({
      state: 'breached',
      remainingMs: -1,
      remainingBusinessMs: -1,
    });
  });

  it('SUP-03 a response 1 ms late is breached; on the deadline it is met', () => {
    expect(slaStatus({ ...req, respondedAt: '2026-06-01T10:00:00.000Z', now: '2026-06-02T00:00:00Z' })).toMatchObject({
      state: 'met',
      remainingMs: 0,
    });
    expect(slaStatus({ ...req, respondedAt: '2026-06-01T10:00:00.001Z', now: '2026-06-02T00:00:00Z' })).toMatchObject({
      state: 'breached',
      remainingMs: -1,
    });
  });

  it('SUP-03 an at-risk share of zero or of the whole guarantee', () => {
    const never = definePolicy({ support: { atRiskRemaining: '0%' } });
    expect(slaStatus({ ...req, now: '2026-06-01T09:59:59.999Z' }, never).state).toBe('running');
    expect(slaStatus({ ...req, now: '2026-06-01T10:00:00.000Z' }, never).state).toBe('at-risk');
    const always = definePolicy({ support: { atRiskRemaining: 1 } });
    expect(slaStatus({ ...req, now: req.receivedAt }, always).state).toBe('at-risk');
  });

  it('SUP-03 results are frozen', () => {
    expect(Object.isFrozen(slaStatus({ ...req, now: req.receivedAt }))).toBe(true);
    expect(Object.isFrozen(slaStatus({ ...req, tier: 'standard', now: req.receivedAt }))).toBe(true);
  });

  it('SUP-03 a guarantee of minutes, given by the policy, is counted to the millisecond', () => {
    const policy = definePolicy({ support: { tiers: { enterprise: { firstResponseHours: 0.25 } } } });
    expect(responseDeadline({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-06-01T08:00:00Z' }, policy)?.toISOString()).toBe(
      '2026-06-01T08:15:00.000Z',
    );
    expect(
      slaStatus({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-06-01T08:00:00Z', now: '2026-06-01T08:11:15Z' }, policy).state,
    ).toBe('at-risk');
    expect(
      slaStatus({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-06-01T08:00:00Z', now: '2026-06-01T08:11:14.999Z' }, policy)
        .state,
    ).toBe('running');
  });
});

describe('SUP-09 grants at the exact limits', () => {
  const g = grantTemporaryAccess({ services: ['kdrive'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-04T08:00:00.001Z' });
  const staff = { kind: 'support-staff' as const };

  it('SUP-09 a grant of one millisecond is usable during that millisecond only', () => {
    expect(canUseTemporaryAccess(g, { actor: staff, at: '2026-05-04T08:00:00.000Z' })).toEqual({ allowed: true });
    expect(canUseTemporaryAccess(g, { actor: staff, at: '2026-05-04T07:59:59.999Z' }).allowed).toBe(false);
    expect(canUseTemporaryAccess(g, { actor: staff, at: '2026-05-04T08:00:00.001Z' }).allowed).toBe(false);
  });

  it('SUP-09 a grant revoked at its start is never usable, and a stored one revoked at its start is valid', () => {
    const r = revokeTemporaryAccess(g, '2026-05-04T08:00:00Z');
    const d = canUseTemporaryAccess(r, { actor: staff, at: '2026-05-04T08:00:00.000Z' });
    expect(!d.allowed && d.reasons.map((x) => x.code)).toEqual(['ACCESS_REVOKED']);
    const stored = {
      services: ['kdrive'],
      grantedAt: '2026-05-04T08:00:00Z',
      expiresAt: '2026-05-05T08:00:00Z',
      revokedAt: '2026-05-04T08:00:00Z',
    };
    expect(canUseTemporaryAccess(stored, { actor: staff, at: '2026-05-04T07:00:00Z' }).allowed).toBe(false);
    expect(revokeTemporaryAccess(stored, '2026-05-04T09:00:00Z').revokedAt?.toISOString()).toBe('2026-05-04T08:00:00.000Z');
    expect(canUseTemporaryAccess({ ...stored, revokedAt: null }, { actor: staff, at: '2026-05-04T09:00:00Z' })).toEqual({ allowed: true });
  });

  it('SUP-09 the reason for an early use names the start of the grant', () => {
    const d = canUseTemporaryAccess(g, { actor: staff, at: '2026-05-04T07:00:00Z', service: 'kdrive' });
    expect(!d.allowed && d.reasons).toEqual([
      { code: 'ACCESS_NOT_YET_GRANTED', rule: 'SUP-09', message: 'The access is granted from 2026-05-04T08:00:00.000Z.' },
    ]);
  });

  it('SUP-09 grants and revocations are frozen, services included, and copied from the input', () => {
    const services = ['mail', 'kdrive'];
    const made = grantTemporaryAccess({ services, grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' });
    services.push('web');
    expect(made.services).toEqual(['mail', 'kdrive']);
    expect(Object.isFrozen(made) && Object.isFrozen(made.services)).toBe(true);
    const revoked = revokeTemporaryAccess(made, '2026-05-05T00:00:00Z');
    expect(Object.isFrozen(revoked) && Object.isFrozen(revoked.services)).toBe(true);
    expect(revoked).toEqual({
      services: ['mail', 'kdrive'],
      grantedAt: made.grantedAt,
      expiresAt: made.expiresAt,
      revokedAt: new Date('2026-05-05T00:00:00Z'),
    });
  });

  it('SUP-09 the services and actors a grant allows are policy data', () => {
    const policy = definePolicy({ support: { temporaryAccess: { services: ['mail', 'web'], actors: ['support-staff', 'partner'] } } });
    const made = grantTemporaryAccess({ services: ['web'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' }, policy);
    expect(canUseTemporaryAccess(made, { actor: { kind: 'partner' }, at: '2026-05-05T00:00:00Z', service: 'web' }, policy)).toEqual({
      allowed: true,
    });
    expect(canUseTemporaryAccess(made, { actor: { kind: 'partner' }, at: '2026-05-05T00:00:00Z', service: 'web' }).allowed).toBe(false);
    expect(() => grantTemporaryAccess({ services: ['web'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' })).toThrow(
      'Invalid temporary access grant: services[0]: must be one of "mail", "kdrive"',
    );
  });
});

describe('SUP-07 SUP-01 policy-driven wording', () => {
  it('SUP-07 an unknown activity lists the policy activities, in and out of scope', () => {
    const policy = definePolicy({ support: { scope: { inScope: ['diagnosis'], outOfScope: ['seo'] } } });
    expect(() => isInSupportScope({ activity: 'coffee' }, policy)).toThrow(
      'Invalid support scope request: activity: must be one of "diagnosis", "seo"',
    );
  });

  it('SUP-01 the features returned are a copy: the policy is not changed through them', () => {
    const f = supportTierFeatures('enterprise');
    expect(Object.isFrozen(f.accountManagers)).toBe(true);
    expect(f.accountManagers).not.toBe(definePolicy().support.tiers.enterprise.accountManagers);
    expect(f).toEqual(definePolicy().support.tiers.enterprise);
  });
});
