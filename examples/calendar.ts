/**
 * Business-hours calendar: the provider's support opening hours (SUP-03) and deadlines computed
 * in Europe/Zurich across both DST changes of 2026, whatever the host's time zone.
 */
import {
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  isOpen,
  nextOpening,
  weeklySchedule,
  type OpeningInterval,
} from '../src/index.js';

const zurichFormat: Intl.DateTimeFormatOptions = {
  timeZone: 'Europe/Zurich',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};
const zurich = (d: Date): string => `${d.toLocaleString('en-GB', zurichFormat)} (${d.toISOString()})`;

const weekday: readonly OpeningInterval[] = [['06:00', '19:00']];
const phone = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  closures: ['2026-12-25', '2026-12-26'],
});
const day: readonly OpeningInterval[] = [['06:00', '23:00']];
const email = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
});

console.log('Support opening hours (SUP-03)');
console.log(`  phone: Mon–Fri 06:00–19:00 Europe/Zurich, ${phone.weeklyOpenHours} h a week, closed ${phone.closures.join(', ')}`);
console.log(`  e-mail: every day 06:00–23:00 Europe/Zurich, ${email.weeklyOpenHours} h a week`);

console.log('\nDeadlines across DST');
const autumn = addBusinessTime('2026-10-24T22:00:00+02:00', { hours: 4 }, email);
console.log(`  e-mail, Sat 24.10.2026 22:00 + 4 h  → ${zurich(autumn)}`);
const spring = addBusinessTime('2026-03-27T17:00:00+01:00', { hours: 4 }, phone);
console.log(`  phone,  Fri 27.03.2026 17:00 + 4 h  → ${zurich(spring)}`);
const xmas = addBusinessTime('2026-12-24T17:00:00+01:00', { hours: 4 }, phone);
console.log(`  phone,  Thu 24.12.2026 17:00 + 4 h  → ${zurich(xmas)} (25 and 26 Dec closed)`);

console.log('\nQuestions');
console.log(`  phone open on Fri 27.03.2026 18:59?  ${String(isOpen('2026-03-27T18:59:00+01:00', phone))}`);
console.log(`  phone open on Fri 27.03.2026 19:00?  ${String(isOpen('2026-03-27T19:00:00+01:00', phone))}`);
console.log(`  next phone opening after Fri 19:30 → ${zurich(nextOpening('2026-03-27T19:30:00+01:00', phone))}`);
const hours = businessTimeBetween('2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', phone) / 3_600_000;
console.log(`  phone open hours in 2026: ${hours} h`);
console.log(
  `  400 business hours from Mon 23.11.2026 06:00 → ${zurich(addBusinessTime('2026-11-23T06:00:00+01:00', { hours: 400 }, phone))}`,
);
console.log(`  24/7 + 4 h from Sat 24.10.2026 22:00 → ${zurich(addBusinessTime('2026-10-24T22:00:00+02:00', { hours: 4 }, alwaysOpen()))}`);
