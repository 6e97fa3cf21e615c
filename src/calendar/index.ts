/**
 * Business-hours calendar: weekly opening hours in an IANA time zone with closures
 * ({@link weeklySchedule}, {@link alwaysOpen}), per-date overrides, closures read from an ICS file
 * ({@link closuresFromIcs}) and business-time arithmetic
 * ({@link addBusinessTime}, {@link businessTimeBetween}, {@link isOpen}, {@link nextOpening}),
 * computed with `@date-fns/tz` offsets, independent of the host's time zone and DST-safe.
 *
 * @module calendar
 */
export {
  Schedule,
  isSchedule,
  weeklySchedule,
  alwaysOpen,
  scheduleSchema,
  scheduleInstanceSchema,
  type ScheduleClosure,
} from './schedule.js';
export { addBusinessTime, businessTimeBetween } from './businessTime.js';
export { isOpen, nextOpening, isClosingInstant } from './openings.js';
export { BUSINESS_TIME_HORIZON_DAYS, BUSINESS_TIME_MAX_SPAN_DAYS } from './walk.js';
export {
  SCHEDULE_WEEKDAYS,
  MAX_BUSINESS_DURATION_MS,
  instantSchema,
  timeZoneSchema,
  scheduleDefinitionSchema,
  businessDurationSchema,
  type Weekday,
  type OpeningInterval,
  type InstantInput,
  type ClosureInput,
  type ScheduleDefinition,
  type BusinessDuration,
  type DateOverrideInput,
  MAX_DATE_OVERRIDES,
} from './schema.js';
export { closuresFromIcs, ICS_LIMITS, type IcsOptions, type IcsClosure } from './ics.js';
