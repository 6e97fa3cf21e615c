import { weeklySchedule, type OpeningInterval, type Schedule } from '../../src/calendar/index.js';

const HOUR = 3_600_000;
export { HOUR };

const everyDay = (interval: OpeningInterval) => {
  const day = [interval];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day };
};

/** SUP-03: e-mail support, every day 06:00–23:00 Europe/Zurich. */
export const emailHours: Schedule = weeklySchedule({ timeZone: 'Europe/Zurich', hours: everyDay(['06:00', '23:00']) });

const weekday: readonly OpeningInterval[] = [['06:00', '19:00']];
/** SUP-03: phone support, Monday to Friday 06:00–19:00 Europe/Zurich. */
export const phoneHours: Schedule = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
});

export const iso = (d: Date): string => d.toISOString();

/** The same intervals on all seven weekdays (`hours` of a schedule definition). */
export const daily = (intervals: readonly OpeningInterval[]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
  sat: intervals,
  sun: intervals,
});
