/**
 * Calendar benchmark: addBusinessTime for 400 business hours versus 1 hour (the cost must not
 * grow with the duration), throughput of a 4-hour addition (what responseDeadline needs), a
 * naive minute-stepping implementation as the baseline, and moment-business-time (a dev
 * dependency of this bench only) at 1 h and 400 h, all in one run.
 */
import { createRequire } from 'node:module';
import { addBusinessTime, businessTimeBetween, weeklySchedule, type OpeningInterval } from '../src/calendar/index.js';
import { bestOfCpu, formatOps, measureCpu, report, time, type Measurement } from './harness.js';
import { naiveAddBusinessMinutes } from './naiveBusinessTime.js';

const weekday: readonly OpeningInterval[] = [['06:00', '19:00']];
const phone = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
});
const day: readonly OpeningInterval[] = [['06:00', '23:00']];
const email = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
});

// 1,024 starts spread over 2026 (every 8 h 33 min), so the measurement crosses DST days and
// weekends instead of repeating one cached path.
const STARTS = Array.from({ length: 1024 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 30_780_000));

function rotating(fn: (start: Date) => unknown): () => unknown {
  let i = 0;
  return () => fn(STARTS[(i = (i + 1) & 1023)] as Date);
}

/**
 * The shared 2-core machine is noisy: measure the cases in alternation for a few rounds, in CPU
 * time, and keep each case's best round, so that one busy second does not decide a ratio.
 */
function bestOf(cases: Record<string, () => unknown>, rounds = 3): Record<string, Measurement> {
  const best: Record<string, Measurement> = {};
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, fn] of Object.entries(cases)) {
      const m = measureCpu(name, fn, 400);
      const previous = best[name];
      if (previous === undefined || m.nsPerOp < previous.nsPerOp) best[name] = m;
    }
  }
  return best;
}

export function run(): void {
  const results = bestOf({
    one: rotating((s) => addBusinessTime(s, { hours: 1 }, phone)),
    four: rotating((s) => addBusinessTime(s, { hours: 4 }, email)),
    fourIso: (() => {
      const isoStarts = STARTS.map((d) => d.toISOString());
      let i = 0;
      return () => addBusinessTime(isoStarts[(i = (i + 1) & 1023)] as string, { hours: 4 }, email);
    })(),
    many: rotating((s) => addBusinessTime(s, { hours: 400 }, phone)),
    between: rotating((s) => businessTimeBetween(s, new Date(s.getTime() + 7 * 86_400_000), phone)),
  });
  const { one, four, fourIso, many, between } = results as Record<'one' | 'four' | 'fourIso' | 'many' | 'between', Measurement>;

  report(`addBusinessTime 1 h:    ${formatOps(one.opsPerSecond)} (${(one.nsPerOp / 1000).toFixed(2)} µs)`);
  report(
    `addBusinessTime 4 h:    ${formatOps(four.opsPerSecond)} (${(four.nsPerOp / 1000).toFixed(2)} µs; target < 5 µs)`,
    four.nsPerOp < 5_000,
  );
  report(`addBusinessTime 4 h, ISO string start: ${formatOps(fourIso.opsPerSecond)} (${(fourIso.nsPerOp / 1000).toFixed(2)} µs)`);
  report(`addBusinessTime 400 h:  ${formatOps(many.opsPerSecond)} (${(many.nsPerOp / 1000).toFixed(2)} µs)`);
  const ratio = many.nsPerOp / one.nsPerOp;
  report(`400 h / 1 h cost ratio: ${ratio.toFixed(2)}× (target ≤ 2×)`, ratio <= 2);
  report(`businessTimeBetween 1 week: ${formatOps(between.opsPerSecond)} (${(between.nsPerOp / 1000).toFixed(2)} µs)`);

  // Cold cost: the first computation in a zone scans a year of offsets with tzOffset (once per
  // zone and year, shared by every schedule in that zone).
  const cold = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo'].map((timeZone) => {
    const s = weeklySchedule({ timeZone, hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } });
    return time(() => addBusinessTime('2031-06-02T12:00:00Z', { hours: 4 }, s)).ms;
  });
  report(`first 4 h addition in a fresh zone-year (cold): ${Math.min(...cold).toFixed(2)}–${Math.max(...cold).toFixed(2)} ms`);

  // Baseline: one minute at a time, reading the wall-clock time with TZDate.
  const start = STARTS[100] as Date;
  const naive = (minutes: number, runs: number, schedule = phone): number => {
    const { ms } = time(() => {
      for (let i = 0; i < runs; i += 1) naiveAddBusinessMinutes(start.getTime(), minutes, schedule);
    });
    return (ms * 1e6) / runs; // ns per call
  };
  const naiveOne = naive(60, 20);
  const naiveFour = naive(240, 10, email);
  const naiveMany = naive(24_000, 2);
  report(`naive minute stepping 1 h:   ${(naiveOne / 1000).toFixed(0)} µs → speed-up ${(naiveOne / one.nsPerOp).toFixed(0)}×`);
  report(`naive minute stepping 4 h:   ${(naiveFour / 1000).toFixed(0)} µs → speed-up ${(naiveFour / four.nsPerOp).toFixed(0)}× (e-mail)`);
  report(`naive minute stepping 400 h: ${(naiveMany / 1e6).toFixed(1)} ms → speed-up ${(naiveMany / many.nsPerOp).toFixed(0)}×`);
  const same = naiveAddBusinessMinutes(start.getTime(), 24_000, phone) === addBusinessTime(start, { hours: 400 }, phone).getTime();
  report(`naive and fast results agree for 400 h: ${String(same)}`, same);
  peer();
}

/** The part of moment-business-time 2's API used here (the package ships no types). */
interface BusinessMoment {
  addWorkingTime(amount: number, unit: 'hours'): BusinessMoment;
  valueOf(): number;
}
interface MomentBusinessTime {
  utc(date: Date): BusinessMoment;
  updateLocale(locale: string, data: { workinghours: Record<number, readonly string[] | null>; holidays: readonly string[] }): unknown;
}

/**
 * addBusinessTime against moment-business-time, the most used npm package for it, on the phone
 * hours (Mon–Fri 06:00–19:00), the same start instants and durations, CPU time, best of 5 rounds
 * in alternation (issue 21 targets: ≥ 25× at 1 h, ≥ 500× at 400 h). moment-business-time reads
 * the hours in moment's zone, so it runs in UTC mode, its cheapest (no zone lookups), while
 * ours counts in Europe/Zurich with its DST days; that both do the same work is checked on a
 * UTC copy of the schedule first.
 */
function peer(): void {
  const moment = createRequire(import.meta.url)('moment-business-time') as MomentBusinessTime;
  const open = ['06:00:00', '19:00:00'];
  moment.updateLocale('en', { workinghours: { 0: null, 1: open, 2: open, 3: open, 4: open, 5: open, 6: null }, holidays: [] });
  const utcPhone = weeklySchedule({ timeZone: 'UTC', hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } });
  const agree = STARTS.slice(0, 256).every((s) =>
    [1, 400].every((hours) => moment.utc(s).addWorkingTime(hours, 'hours').valueOf() === addBusinessTime(s, { hours }, utcPhone).getTime()),
  );
  report(`moment-business-time and addBusinessTime agree on 256 starts × (1 h, 400 h) in UTC: ${String(agree)}`, agree);
  const r = bestOfCpu({
    ours1: rotating((s) => addBusinessTime(s, { hours: 1 }, phone)),
    moment1: rotating((s) => moment.utc(s).addWorkingTime(1, 'hours')),
    ours400: rotating((s) => addBusinessTime(s, { hours: 400 }, phone)),
    moment400: rotating((s) => moment.utc(s).addWorkingTime(400, 'hours')),
  });
  for (const [hours, ours, theirs, target] of [
    [1, r.ours1, r.moment1, 25],
    [400, r.ours400, r.moment400, 500],
  ] as const) {
    const ratio = theirs.nsPerOp / ours.nsPerOp;
    const figures = `${formatOps(ours.opsPerSecond)}; moment-business-time ${formatOps(theirs.opsPerSecond)}`;
    report(`addBusinessTime ${hours} h: ${figures} → ${ratio.toFixed(0)}× (target ≥ ${target}×)`, ratio >= target);
  }
}
