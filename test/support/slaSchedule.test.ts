import { describe, expect, it } from 'vitest';
import { advanceSlaClock, defineSlaPolicy, slaClock, type SlaEvent } from '../../src/support/index.js';
import { closuresFromIcs, weeklySchedule, type ScheduleDefinition } from '../../src/calendar/index.js';
import { defaultPolicy } from '../../src/index.js';

const H = 3_600_000;
const iso = (d: Date | null) => d?.toISOString() ?? null;
const email: ScheduleDefinition = defaultPolicy.support.channels.email as ScheduleDefinition;
const withHoliday = (closures: NonNullable<ScheduleDefinition['closures']>) => weeklySchedule({ ...email, closures });

describe('SLA clock when the calendar changes (a holiday added)', () => {
  // Plus by e-mail, Thursday 24 December 2026 20:00 in Zurich: 3 h that evening, due Friday 07:00.
  const received: SlaEvent = { type: 'received', at: '2026-12-24T20:00:00+01:00', channel: 'email', tier: 'plus' };

  it('SLA-07 time used stays used; what remains counts in the new hours', () => {
    expect(iso(slaClock([received]).firstResponse.dueAt)).toBe('2026-12-25T06:00:00.000Z');
    // At 22:00 the desk closes Christmas Day: 2 h used stay, 2 h remain: 22:00–23:00, then Saturday 06:00–07:00.
    const change: SlaEvent = { type: 'schedule-changed', at: '2026-12-24T22:00:00+01:00', schedule: withHoliday(['2026-12-25']) };
    const c = slaClock({ events: [received, change], at: '2026-12-24T22:30:00+01:00' });
    expect(c.firstResponse).toMatchObject({ state: 'running', usedMs: 2.5 * H, remainingMs: 1.5 * H });
    expect(iso(c.firstResponse.dueAt)).toBe('2026-12-26T06:00:00.000Z');
  });

  it('SLA-07 a holiday declared for a day already under way does not give back the time used', () => {
    const morning: SlaEvent = { type: 'received', at: '2026-12-24T10:00:00+01:00', channel: 'email', tier: 'plus' };
    const schedule = withHoliday(['2026-12-24']);
    const c = slaClock({
      events: [morning, { type: 'schedule-changed', at: '2026-12-24T11:00:00+01:00', schedule }],
      at: '2026-12-24T12:00:00+01:00',
    });
    expect(c.firstResponse.usedMs).toBe(H); // the hour from 10:00 to 11:00 stays used; nothing after counts
    expect(iso(c.firstResponse.dueAt)).toBe('2026-12-25T08:00:00.000Z'); // 3 h from Friday 06:00
    // Recomputing from scratch with the new calendar would count nothing on the 24th: a different (later) due.
    const scratch = slaClock({ events: [morning], at: '2026-12-24T12:00:00+01:00' }, defineSlaPolicy({ schedules: { email: schedule } }));
    expect(scratch.firstResponse.usedMs).toBe(0);
    expect(iso(scratch.firstResponse.dueAt)).toBe('2026-12-25T09:00:00.000Z');
  });

  it('SLA-07 the calendar can come from an ICS file, with a part day', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Europe/Zurich:20261224T120000',
      'DTEND;TZID=Europe/Zurich:20261226T000000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const schedule = withHoliday(closuresFromIcs(ics, { zone: 'Europe/Zurich' }));
    const c = slaClock(
      [{ type: 'received', at: '2026-12-24T10:00:00+01:00', channel: 'email', tier: 'plus' }],
      defineSlaPolicy({ schedules: { email: schedule } }),
    );
    expect(iso(c.firstResponse.dueAt)).toBe('2026-12-26T07:00:00.000Z'); // 2 h on the 24th, 2 h from Saturday 06:00
  });

  it('SLA-07 recomputing many open tickets: advancing stored clocks equals folding their events again', () => {
    const schedule = withHoliday(['2026-12-25', '2026-12-26']);
    const change = { type: 'schedule-changed', at: '2026-12-24T18:00:00+01:00', schedule } as const;
    for (let i = 0; i < 50; i += 1) {
      const events: SlaEvent[] = [
        {
          type: 'received',
          at: new Date(Date.parse('2026-12-23T05:00:00Z') + i * 1_337_000),
          channel: i % 2 === 0 ? 'email' : 'phone',
          tier: (['plus', 'pro', 'enterprise'] as const)[i % 3]!,
        },
        ...(i % 4 === 0 ? [{ type: 'waiting-on-customer', at: '2026-12-24T08:00:00+01:00' } as const] : []),
      ];
      const stored = slaClock(events);
      const fresh = advanceSlaClock(stored, [change]);
      expect(JSON.stringify(fresh)).toBe(JSON.stringify(slaClock([...events, change])));
    }
  });
});

describe('advanceSlaClocks', () => {
  it('SLA-07 applies one change to many clocks, each equal to advancing it alone; names a bad clock by index', async () => {
    const { advanceSlaClocks } = await import('../../src/support/index.js');
    const schedule = withHoliday(['2026-12-25']);
    const change = [{ type: 'schedule-changed', at: '2026-12-24T21:00:00Z', schedule }] as const;
    const clocks = [0, 1, 2].map((i) =>
      slaClock([{ type: 'received', at: new Date(Date.parse('2026-12-24T10:00:00Z') + i * H), channel: 'email', tier: 'pro' }]),
    );
    const all = advanceSlaClocks(clocks, change);
    expect(all.map((c) => JSON.stringify(c))).toEqual(clocks.map((c) => JSON.stringify(advanceSlaClock(c, change))));
    expect(
      (() => {
        try {
          advanceSlaClocks([clocks[0]!, { ...clocks[1]! }], change);
        } catch (e) {
          return (e as { issues: { path: unknown[] }[] }).issues[0]?.path;
        }
        return undefined;
      })(),
    ).toEqual(['clocks', 1]);
    expect(() => advanceSlaClocks('x' as never, change)).toThrow(/clocks/);
  });
});
