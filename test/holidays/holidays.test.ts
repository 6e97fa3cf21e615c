import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closuresFromHolidays } from '../../src/holidays/index.js';
import { weeklySchedule, addBusinessTime, isOpen } from '../../src/calendar/index.js';
import { slaClock, defineSlaPolicy } from '../../src/support/index.js';
import { defaultPolicy, HostPolicyError, InvalidInputError } from '../../src/index.js';

const ZH_PUBLIC_2026 = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-05',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-05-24',
  '2026-05-25',
  '2026-08-01',
  '2026-09-20',
  '2026-12-25',
  '2026-12-26',
];

async function rejection(p: Promise<unknown>): Promise<HostPolicyError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostPolicyError);
    return e as HostPolicyError;
  }
  return expect.fail('expected a rejection');
}

describe('closuresFromHolidays (hostpolicy/holidays, date-holidays)', () => {
  it('Zurich 2026: the public holidays as dates', async () => {
    expect(await closuresFromHolidays({ country: 'CH', state: 'ZH', years: [2026] })).toEqual(ZH_PUBLIC_2026);
  });

  it("Zurich 2026 with the optional days: Berchtoldstag, and Knabenschiessen's afternoon as a part day", async () => {
    const closures = await closuresFromHolidays({ country: 'ch', state: 'zh', years: [2026, 2026], types: ['public', 'optional'] });
    expect(closures).toEqual([
      ...['2026-01-01', '2026-01-02', ...ZH_PUBLIC_2026.slice(1)],
      { from: '2026-09-14T11:00:00.000Z', to: '2026-09-14T22:00:00.000Z' },
    ]);
    // On that Monday the e-mail desk is open in the morning only: a Plus request at 11:00 is due on Tuesday 08:00.
    const email = weeklySchedule({ ...defaultPolicy.support.channels.email, closures } as never);
    expect(isOpen('2026-09-14T12:59:00+02:00', email)).toBe(true);
    expect(isOpen('2026-09-14T13:00:00+02:00', email)).toBe(false);
    expect(addBusinessTime('2026-09-14T11:00:00+02:00', { hours: 4 }, email).toISOString()).toBe('2026-09-15T06:00:00.000Z');
    const clock = slaClock(
      [{ type: 'received', at: '2026-09-14T11:00:00+02:00', channel: 'email', tier: 'plus' }],
      defineSlaPolicy({ schedules: { email } }),
    );
    expect(clock.firstResponse.dueAt?.toISOString()).toBe('2026-09-15T06:00:00.000Z');
  });

  it('several years, another canton', async () => {
    const ge = await closuresFromHolidays({ country: 'CH', state: 'GE', years: [2026, 2027] });
    expect(ge).toContain('2026-12-31'); // Restauration genevoise
    expect(ge).toContain('2027-08-01');
    expect(ge.every((c) => typeof c === 'string')).toBe(true);
  });

  it('bad input rejects with INVALID_INPUT; unknown places with UNKNOWN_HOLIDAY_REGION', async () => {
    expect(await rejection(closuresFromHolidays({ country: 'CHE', years: [2026] }))).toBeInstanceOf(InvalidInputError);
    expect(await rejection(closuresFromHolidays({ country: 'CH', years: [] }))).toBeInstanceOf(InvalidInputError);
    expect(await rejection(closuresFromHolidays({ country: 'CH', years: [1800] }))).toBeInstanceOf(InvalidInputError);
    expect(await rejection(closuresFromHolidays({ country: 'CH', years: [2026], types: ['holy'] as never }))).toBeInstanceOf(
      InvalidInputError,
    );
    expect((await rejection(closuresFromHolidays({ country: 'CH', years: [2026], cantons: 'ZH' } as never))).message).toMatch(
      /unknown key 'cantons'/,
    );
    expect((await rejection(closuresFromHolidays({ country: 'CH', years: [2026], zone: 'Mars/Olympus' }))).code).toBe('INVALID_INPUT');
    expect((await rejection(closuresFromHolidays({ country: 'QQ', years: [2026] }))).code).toBe('UNKNOWN_HOLIDAY_REGION');
    const state = await rejection(closuresFromHolidays({ country: 'CH', state: 'QQ', years: [2026] }));
    expect([state.code, state.message]).toEqual(['UNKNOWN_HOLIDAY_REGION', expect.stringMatching(/no state 'QQ' \(known: ZH, BE/)]);
    expect((await rejection(closuresFromHolidays(null as never))).code).toBe('INVALID_INPUT');
    expect((await rejection(closuresFromHolidays({ country: '__proto__', years: [2026] }))).code).toBe('INVALID_INPUT');
  });

  it('only src/holidays imports date-holidays: every other entry works without it', () => {
    const src = join(import.meta.dirname, '../../src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          path.endsWith('.ts') &&
          !path.includes(`${join('src', 'holidays')}`) &&
          /['"]date-holidays['"]/.test(readFileSync(path, 'utf8'))
        )
          offenders.push(path);
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
