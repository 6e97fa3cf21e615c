// The SLA clock: a Pro ticket by phone in Zurich around Easter and the start of DST, paused while
// waiting for the customer, then the desk shortens Maundy Thursday (docs/sla.md, worked example).
import { weeklySchedule } from '../src/calendar/index.js';
import { closuresFromHolidays } from '../src/holidays/index.js';
import { defaultPolicy } from '../src/policy/index.js';
import { defineSlaPolicy, slaClock, type SlaEvent } from '../src/support/index.js';

const holidays = await closuresFromHolidays({ country: 'CH', state: 'ZH', years: [2026] });
const phone = weeklySchedule({ ...defaultPolicy.support.channels.phone, closures: holidays });
const sla = defineSlaPolicy({ targets: { pro: { normal: { nextResponse: 4, resolution: 40 } } }, schedules: { phone } });
const hours = (ms: number): string => `${(ms / 3_600_000).toFixed(1)} h`;

const events: SlaEvent[] = [
  { type: 'received', at: '2026-03-27T16:00:00+01:00', channel: 'phone', tier: 'pro' },
  { type: 'staff-replied', at: '2026-03-27T17:30:00+01:00' },
  { type: 'waiting-on-customer', at: '2026-03-27T17:30:00+01:00' },
  { type: 'customer-replied', at: '2026-03-31T09:00:00+02:00' },
  { type: 'staff-replied', at: '2026-03-31T11:00:00+02:00' },
];
console.log(`Canton of Zurich 2026: ${holidays.length} public holidays closed on the phone line.`);
const tuesday = slaClock({ events, at: '2026-03-31T10:00:00+02:00' }, sla);
console.log('Tuesday 31 March, 10:00 CEST:');
console.log(`  first response: ${tuesday.firstResponse.state}`);
console.log(`  next response:  ${tuesday.nextResponse.state}, due ${tuesday.nextResponse.dueAt?.toISOString() ?? '-'}`);
console.log(
  `  resolution:     ${tuesday.resolution.state}, ${hours(tuesday.resolution.usedMs)} used, ` +
    `due ${tuesday.resolution.dueAt?.toISOString() ?? '-'} (after Easter)`,
);

const shortThursday = weeklySchedule({ ...phone.toJSON(), overrides: [{ date: '2026-04-02', hours: [['06:00', '12:00']] }] });
const changed = slaClock(
  {
    events: [...events, { type: 'schedule-changed', at: '2026-04-01T12:00:00+02:00', schedule: shortThursday }],
    at: '2026-04-01T12:00:00+02:00',
  },
  sla,
);
console.log('Wednesday noon, Maundy Thursday shortened to 06:00–12:00:');
console.log(
  `  resolution: ${hours(changed.resolution.usedMs)} used (stays used), now due ${changed.resolution.dueAt?.toISOString() ?? '-'}`,
);
