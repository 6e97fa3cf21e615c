import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canPlaceEmergencyCall, definePolicy, InvalidInputError, isAccountManagerAvailable } from '../../src/index.js';

describe('SUP-05 account managers', () => {
  it('SUP-05 Pro and Enterprise reach their account managers Mon–Fri 09:00–18:00 Zurich time', () => {
    expect(isAccountManagerAvailable('pro', '2026-03-30T09:00:00+02:00')).toBe(true); // Monday 09:00
    expect(isAccountManagerAvailable('enterprise', '2026-03-27T17:59:00+01:00')).toBe(true); // Friday
    expect(isAccountManagerAvailable('pro', '2026-03-30T18:00:00+02:00')).toBe(false); // closing instant
    expect(isAccountManagerAvailable('pro', '2026-03-30T08:59:00+02:00')).toBe(false);
    expect(isAccountManagerAvailable('enterprise', '2026-03-28T10:00:00+01:00')).toBe(false); // Saturday
  });

  it('SUP-05 Standard and Plus have no account manager', () => {
    expect(isAccountManagerAvailable('plus', '2026-03-30T10:00:00+02:00')).toBe(false);
    expect(isAccountManagerAvailable('standard', '2026-03-30T10:00:00+02:00')).toBe(false);
  });

  it('SUP-05 property: available exactly on weekdays 09:00–18:00 in Zurich for Pro', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Zurich', weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
        const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
        const hour = Number(parts.hour);
        const expected = !['Sat', 'Sun'].includes(parts.weekday ?? '') && hour >= 9 && hour < 18;
        expect(isAccountManagerAvailable('pro', at)).toBe(expected);
      }),
    );
  });

  it('SUP-05 bad input is refused', () => {
    expect(() => isAccountManagerAvailable('gold' as never, '2026-03-30T10:00:00Z')).toThrow(InvalidInputError);
    expect(() => isAccountManagerAvailable('pro', 'monday')).toThrow(/at/);
  });
});

describe('SUP-04 emergency line hours', () => {
  it('SUP-04 the line answers 24/7 by default, at night and on a DST night', () => {
    expect(canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-03-29T01:30:00Z' }).allowed).toBe(
      true,
    );
  });

  it('SUP-04 a policy that closes the line at weekends adds EMERGENCY_LINE_CLOSED', () => {
    const policy = definePolicy({ support: { emergency: { hours: { hours: { sat: [], sun: [] } } } } });
    const d = canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-03-29T01:30:00Z' }, policy);
    expect(!d.allowed && d.reasons.map((r) => [r.code, r.rule])).toEqual([['EMERGENCY_LINE_CLOSED', 'SUP-04']]);
  });
});
