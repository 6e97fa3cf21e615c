import fc from 'fast-check';
import {
  weeklySchedule,
  SCHEDULE_WEEKDAYS,
  type OpeningInterval,
  type Schedule,
  type ScheduleDefinition,
} from '../../src/calendar/index.js';

export const ZONES = ['Europe/Zurich', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Sao_Paulo'] as const;

const wall = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Opening intervals of one day from distinct boundary minutes (0..1440, step `step`). */
function dayArb(step: number): fc.Arbitrary<OpeningInterval[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 1440 / step }), { maxLength: 6 }).map((points) => {
    const sorted = points.map((p) => p * step).sort((a, b) => a - b);
    const out: OpeningInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([wall(sorted[i] as number), wall(sorted[i + 1] as number)]);
    return out;
  });
}

export const MIN_T = Date.UTC(2024, 0, 1); // both on every grid used below
export const MAX_T = Date.UTC(2029, 0, 1);

/** A schedule definition; `step` is the grid of its boundaries in minutes (60: whole hours). */
export function definitionArb(options: { step?: number; closures?: boolean } = {}): fc.Arbitrary<ScheduleDefinition> {
  const step = options.step ?? 1;
  const grid = Math.min(step, 30) * 60_000;
  const dateClosure = fc.integer({ min: MIN_T, max: MAX_T }).map((t) => new Date(t).toISOString().slice(0, 10));
  const closure = fc.oneof(
    dateClosure,
    // Ranges on the boundaries' grid, so that a stepping oracle sees them exactly.
    fc
      .tuple(fc.integer({ min: MIN_T / grid, max: MAX_T / grid }), fc.integer({ min: 1, max: (20 * 86_400_000) / grid }))
      .map(([from, len]) => ({
        from: new Date(from * grid).toISOString(),
        to: new Date((from + len) * grid).toISOString(),
      })),
  );
  return fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      days: fc.tuple(...SCHEDULE_WEEKDAYS.map(() => dayArb(step))),
      closures: options.closures === false ? fc.constant([]) : fc.array(closure, { maxLength: 4 }),
    })
    .filter(({ days }) => days.some((d) => d.length > 0))
    .map(({ timeZone, days, closures }) => ({
      timeZone,
      hours: Object.fromEntries(SCHEDULE_WEEKDAYS.map((d, i) => [d, days[i] ?? []])),
      ...(closures.length === 0 ? {} : { closures }),
    }));
}

export function scheduleArb(options: { step?: number; closures?: boolean } = {}): fc.Arbitrary<Schedule> {
  return definitionArb(options).map((d) => weeklySchedule(d));
}

export const instantArb = fc.integer({ min: MIN_T, max: MAX_T });
/** Up to 3,000 business hours, to the millisecond. */
export const durationMsArb = fc.oneof(fc.integer({ min: 0, max: 8 * 3_600_000 }), fc.integer({ min: 0, max: 3_000 * 3_600_000 }));
