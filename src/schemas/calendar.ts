import { businessDurationSchema, instantSchema, scheduleSchema, timeZoneSchema } from '../calendar/index.js';
import { inputEntries } from './entry.js';

/** The business-hours calendar. */
export const calendarInputs = inputEntries({
  WeeklyScheduleInput: {
    schema: scheduleSchema,
    title: 'Weekly schedule',
    description:
      "Opening hours per weekday ('mon'…'sun': lists of ['HH:MM', 'HH:MM'] intervals, '24:00' allowed as an end) in an IANA time " +
      "zone, with optional closures (whole dates 'YYYY-MM-DD' or instant ranges { from, to }).",
    usedBy: ['weeklySchedule(definition)'],
    notChecked: [
      'that each interval ends after it starts and the intervals of a day do not overlap',
      'that the schedule is open at some time',
      'that the time zone exists',
    ],
  },
  InstantInput: {
    schema: instantSchema,
    title: 'Instant',
    description:
      "An instant as an ISO 8601 string with 'Z' or an offset, like '2026-10-24T22:00:00+02:00' (seconds and fractions optional, " +
      'offset with or without a colon). ' +
      "No `format: 'date-time'`: RFC 3339 requires seconds and a colon in the offset, and this input does not.",
    usedBy: [
      'addBusinessTime(start), businessTimeBetween(from, to), isOpen(at), nextOpening(at), isClosingInstant(at)',
      'requestCancellation(sub, requestedAt), revokeTemporaryAccess(grant, revokedAt), isAccountManagerAvailable(tier, at)',
      'changePaymentMode(state, mode, at), dueReminder(invoice, payments, now), renewalWarrantyApplies(product, now), fixedClock(at)',
    ],
    notChecked: ['that the date exists (no 30 February) and lies in the years 0001–9999'],
  },
  BusinessDurationInput: {
    schema: businessDurationSchema,
    title: 'Business-time duration',
    description: '{ hours, minutes, seconds, milliseconds }, each optional and at least 0; the parts add up.',
    usedBy: ['addBusinessTime(start, duration)'],
    notChecked: ['that the parts add up to at most 87,660 hours'],
  },
  TimeZoneInput: {
    schema: timeZoneSchema,
    title: 'IANA time zone',
    description: "An IANA time zone name, like 'Europe/Zurich'.",
    usedBy: ['alwaysOpen(timeZone)'],
    notChecked: ['that the zone exists in the time zone database'],
  },
});
