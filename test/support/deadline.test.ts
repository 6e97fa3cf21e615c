import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  businessTimeBetween,
  definePolicy,
  InvalidInputError,
  isOpen,
  responseDeadline,
  weeklySchedule,
  defaultPolicy,
} from '../../src/index.js';

const tiers = ['plus', 'pro', 'enterprise'] as const;
const channels = ['phone', 'email'] as const;
const instants = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
const schedules = {
  phone: weeklySchedule(defaultPolicy.support.channels.phone),
  email: weeklySchedule(defaultPolicy.support.channels.email),
};

describe('SUP-03 response deadline', () => {
  it('SUP-03 Plus e-mail received Saturday 22:00 in Zurich is due Sunday 09:00, across the end of DST', () => {
    const d = responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-10-24T20:00:00Z' });
    expect(d?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' })?.toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });

  it('SUP-03 Plus phone received Friday 17:00 in Zurich is due Monday 08:00, across the start of DST', () => {
    const d = responseDeadline({ tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00' });
    expect(d?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('SUP-03 the clock of a request received while closed starts at the next opening', () => {
    // Saturday 10:00 by phone: the phone opens Monday 06:00; Pro's 2 h end at 08:00.
    expect(responseDeadline({ tier: 'pro', channel: 'phone', receivedAt: '2026-05-09T10:00:00+02:00' })?.toISOString()).toBe(
      '2026-05-11T06:00:00.000Z',
    );
    // Wednesday 23:30 by e-mail: opens Thursday 06:00; Enterprise's 1 h end at 07:00.
    expect(responseDeadline({ tier: 'enterprise', channel: 'email', receivedAt: '2026-05-06T23:30:00+02:00' })?.toISOString()).toBe(
      '2026-05-07T05:00:00.000Z',
    );
  });

  it('SUP-03 a request at the closing instant waits for the next opening; one at the opening instant starts at once', () => {
    expect(responseDeadline({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-05-08T19:00:00+02:00' })?.toISOString()).toBe(
      '2026-05-11T05:00:00.000Z',
    );
    expect(responseDeadline({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-05-11T06:00:00+02:00' })?.toISOString()).toBe(
      '2026-05-11T05:00:00.000Z',
    );
    // A guarantee that ends exactly at closing time is due at closing time, not at the next opening.
    expect(responseDeadline({ tier: 'pro', channel: 'phone', receivedAt: '2026-05-08T17:00:00+02:00' })?.toISOString()).toBe(
      '2026-05-08T17:00:00.000Z',
    );
  });

  it('SUP-03 the same request gets different deadlines by channel', () => {
    // Friday 18:00: phone closes at 19:00 and reopens Monday, e-mail runs until 23:00.
    const req = { tier: 'plus' as const, receivedAt: '2026-05-08T18:00:00+02:00' };
    expect(responseDeadline({ ...req, channel: 'phone' })?.toISOString()).toBe('2026-05-11T07:00:00.000Z');
    expect(responseDeadline({ ...req, channel: 'email' })?.toISOString()).toBe('2026-05-08T20:00:00.000Z');
  });

  it('SUP-02 Standard support has no guaranteed time: null', () => {
    expect(responseDeadline({ tier: 'standard', channel: 'email', receivedAt: '2026-05-08T18:00:00+02:00' })).toBeNull();
  });

  it('SUP-03 guarantees and hours are policy data', () => {
    // definePolicy merges objects key by key: days left out keep their default hours, so close them.
    const closed = { tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const policy = definePolicy({
      support: { tiers: { plus: { firstResponseHours: 8 } }, channels: { email: { hours: { mon: [['08:00', '12:00']], ...closed } } } },
    });
    // Monday 10:00: 2 h on Monday, 4 h the next Monday, 2 h the one after.
    expect(responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-05-04T10:00:00+02:00' }, policy)?.toISOString()).toBe(
      '2026-05-18T08:00:00.000Z',
    );
  });

  it('SUP-03 public holidays are closures the caller adds to a channel (none by default)', () => {
    const policy = definePolicy({ support: { channels: { phone: { closures: ['2026-12-25'] } } } });
    const req = { tier: 'plus' as const, channel: 'phone' as const, receivedAt: '2026-12-24T18:00:00+01:00' };
    expect(responseDeadline(req)?.toISOString()).toBe('2026-12-25T08:00:00.000Z'); // Friday 09:00
    expect(responseDeadline(req, policy)?.toISOString()).toBe('2026-12-28T08:00:00.000Z'); // Monday 09:00
  });

  it('SUP-03 a policy that is not a policy is bad input, not a crash', () => {
    const req = { tier: 'plus' as const, channel: 'phone' as const, receivedAt: '2026-12-24T18:00:00+01:00' };
    for (const bad of [null, {}, 42, { support: { tiers: {} } }])
      expect(() => responseDeadline(req, bad as never)).toThrow(InvalidInputError);
    expect(() => definePolicy({ support: { tiers: { plus: { firstResponseHour: 3 } } } } as never)).toThrow(/firstResponseHour/);
  });

  it('SUP-03 property: Enterprise ≤ Pro ≤ Plus for the same request', () => {
    fc.assert(
      fc.property(fc.constantFrom(...channels), instants, (channel, receivedAt) => {
        const [plus, pro, ent] = tiers.map((tier) => responseDeadline({ tier, channel, receivedAt })!.getTime());
        expect(ent!).toBeLessThanOrEqual(pro!);
        expect(pro!).toBeLessThanOrEqual(plus!);
      }),
      { numRuns: 300 },
    );
  });

  it(
    'SUP-03 property: the deadline lies exactly the guarantee of business time after receipt, inside opening hours or at a closing ' +
      'instant',
    () => {
      const hours = { plus: 4, pro: 2, enterprise: 1 } as const;
      fc.assert(
        fc.property(fc.constantFrom(...tiers), fc.constantFrom(...channels), instants, (tier, channel, receivedAt) => {
          const d = responseDeadline({ tier, channel, receivedAt })!;
          expect(d.getTime()).toBeGreaterThan(receivedAt.getTime());
          expect(businessTimeBetween(receivedAt, d, schedules[channel])).toBe(hours[tier] * 3_600_000);
          // The last minute before the deadline is open time.
          expect(isOpen(new Date(d.getTime() - 1), schedules[channel])).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('SUP-03 property: Date and ISO string with any offset give the same deadline', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tiers),
        fc.constantFrom(...channels),
        instants,
        fc.integer({ min: -12, max: 14 }),
        (tier, channel, at, offsetH) => {
          const local = new Date(at.getTime() + offsetH * 3_600_000).toISOString().slice(0, 19);
          const sign = offsetH < 0 ? '-' : '+';
          const iso = `${local}${sign}${String(Math.abs(offsetH)).padStart(2, '0')}:00`;
          const fromDate = responseDeadline({ tier, channel, receivedAt: new Date(Math.floor(at.getTime() / 1000) * 1000) });
          expect(responseDeadline({ tier, channel, receivedAt: iso })?.getTime()).toBe(fromDate?.getTime());
        },
      ),
    );
  });

  it('SUP-03 bad input names each field', () => {
    try {
      responseDeadline({ tier: 'gold', channel: 'fax', receivedAt: '2026-13-01T00:00:00Z' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => i.path[0])).toEqual(['tier', 'channel', 'receivedAt']);
    }
    expect(() => responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-05-08 18:00' })).toThrow(/receivedAt/);
    expect(() => responseDeadline({ tier: 'plus', channel: 'email', receivedAt: new Date('nope') })).toThrow(InvalidInputError);
    expect(() => responseDeadline(undefined as never)).toThrow(InvalidInputError);
  });

  it('SUP-03 a policy whose hours are not a valid schedule is refused with a clear error', () => {
    const broken = {
      ...defaultPolicy,
      support: {
        ...defaultPolicy.support,
        channels: { ...defaultPolicy.support.channels, email: { timeZone: 'Mars/Olympus', hours: { mon: [['06:00', '23:00']] } } },
      },
    } as typeof defaultPolicy;
    expect(() => responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-05-08T18:00:00Z' }, broken)).toThrow(
      InvalidInputError,
    );
  });
});
