import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canPlaceEmergencyCall, InvalidInputError, SUPPORT_TIERS } from '../../src/index.js';

const incidents = ['infrastructure', 'application', 'webmastering', 'other'] as const;

describe('SUP-04 emergency calls', () => {
  it('SUP-04 Pro and Enterprise may call 24/7 for an infrastructure incident in French or English', () => {
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'fr' })).toEqual({ allowed: true });
    expect(
      canPlaceEmergencyCall({ tier: 'enterprise', incident: 'infrastructure', language: 'en-GB', at: '2026-12-25T03:00:00+01:00' }),
    ).toEqual({ allowed: true });
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'FR-ch' }).allowed).toBe(true);
  });

  it('SUP-04 lists every failed condition: tier, incident kind and language', () => {
    const d = canPlaceEmergencyCall({ tier: 'plus', incident: 'webmastering', language: 'de' });
    expect(d.allowed).toBe(false);
    expect(!d.allowed && d.reasons.map((r) => [r.code, r.rule])).toEqual([
      ['TIER_WITHOUT_EMERGENCY_CALLS', 'SUP-04'],
      ['INCIDENT_NOT_ELIGIBLE', 'SUP-04'],
      ['LANGUAGE_NOT_SUPPORTED', 'SUP-04'],
    ]);
  });

  it('SUP-04 an incident that does not need immediate intervention is refused', () => {
    const d = canPlaceEmergencyCall({ tier: 'enterprise', incident: 'infrastructure', language: 'en', immediateInterventionNeeded: false });
    expect(!d.allowed && d.reasons.map((r) => r.code)).toEqual(['NOT_URGENT']);
  });

  it('SUP-04 property: allowed exactly when tier, incident and language all qualify, and each failure is listed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORT_TIERS),
        fc.constantFrom(...incidents),
        fc.constantFrom('fr', 'en', 'de', 'it', 'es', 'pt-BR', 'en-US'),
        (tier, incident, language) => {
          const d = canPlaceEmergencyCall({ tier, incident, language });
          const tierOk = tier === 'pro' || tier === 'enterprise';
          const incidentOk = incident === 'infrastructure';
          const languageOk = /^(fr|en)/.test(language);
          expect(d.allowed).toBe(tierOk && incidentOk && languageOk);
          const codes = d.allowed ? [] : d.reasons.map((r) => r.code);
          expect(codes.includes('TIER_WITHOUT_EMERGENCY_CALLS')).toBe(!tierOk);
          expect(codes.includes('INCIDENT_NOT_ELIGIBLE')).toBe(!incidentOk);
          expect(codes.includes('LANGUAGE_NOT_SUPPORTED')).toBe(!languageOk);
        },
      ),
    );
  });

  it('SUP-04 bad input names each field', () => {
    try {
      canPlaceEmergencyCall({ tier: 'gold', incident: 'fire', language: '', at: 'now' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => i.path[0])).toEqual(['tier', 'incident', 'language', 'at']);
    }
  });
});

describe('SUP-04 reasons in words', () => {
  it('SUP-04 each reason names what would qualify', () => {
    const d = canPlaceEmergencyCall({ tier: 'standard', incident: 'application', language: 'it' });
    expect(!d.allowed && d.reasons.map((r) => r.message)).toEqual([
      'Standard support has no emergency calls (only Pro and Enterprise).',
      'Emergency calls are reserved for infrastructure incidents, not application.',
      "Emergency calls are conducted only in fr and en, not 'it'.",
    ]);
  });
});
