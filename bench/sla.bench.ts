/**
 * `npm run bench -- sla`: the SLA clock of issue 23.
 * - a 50-event ticket folded by `slaClock()` (target ≥ 100,000 clocks/s), next to
 *   `responseDeadline()` in the same run as a baseline;
 * - recomputing 1,000,000 open tickets after a holiday is added (target ≤ 3 s): stored clocks
 *   advanced with one `schedule-changed` event (one `advanceSlaClock` call per ticket; the batch
 *   function `advanceSlaClocks` for comparison), in batches so memory stays
 *   small; refolding every ticket's events from scratch is shown next to it for comparison.
 * Every figure is CPU time of this process (user + system, GC threads included), not wall time:
 * the machine's cores are shared. The stored clocks of each batch are made, then collected and
 * left to settle (`collectAndSettle`) before the timed passes: the sweep that follows a forced
 * full GC of a heap of 50,000 clocks runs on helper threads and would otherwise be billed to the
 * first pass (it doubled it). Each target is printed with a floor measured in the same run —
 * the bare calendar walk the computation cannot avoid — and the ratio to it.
 */
import {
  advanceSlaClock,
  advanceSlaClocks,
  defineSlaPolicy,
  responseDeadline,
  slaClock,
  weeklySchedule,
  defaultPolicy,
  type SlaClock,
  type SlaEvent,
  type ScheduleDefinition,
} from '../src/index.js';
import { compiledOf } from '../src/calendar/schedule.js';
import { addMs, betweenMs } from '../src/calendar/walk.js';
import { foldStateOf } from '../src/support/sla/result.js';
import type { FoldState } from '../src/support/sla/fold.js';
import { collectAndSettle, formatOps, measureCpu, report } from './harness.js';

/** Runs `fn` and returns its result with the CPU time (ms, user + system) this process spent: on a
 * shared 2-core machine the wall clock also counts the time other processes held the cores. */
function cpuTime<T>(fn: () => T): { result: T; ms: number; wallMs: number } {
  const wall = performance.now();
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

const HOUR = 3_600_000;
const sla = defineSlaPolicy({
  targets: {
    plus: { normal: { nextResponse: 8, resolution: 40 }, urgent: { firstResponse: 2, nextResponse: 2, resolution: 16 } },
    pro: { normal: { nextResponse: 4, resolution: 24 }, urgent: { firstResponse: 1, nextResponse: 1, resolution: 8 } },
    enterprise: { normal: { nextResponse: 2, resolution: 16 }, urgent: { firstResponse: 0.5, nextResponse: 0.5, resolution: 4 } },
  },
});

/** A ticket of `n` events over about three weeks: replies both ways, waits, a priority change, a solve and a reopening. */
export function ticket(n: number, shift: number, channel: 'phone' | 'email' = 'email'): SlaEvent[] {
  const start = Date.parse('2026-10-12T07:00:00Z') + shift;
  const tiers = ['plus', 'pro', 'enterprise'] as const;
  const events: SlaEvent[] = [
    { type: 'received', at: new Date(start).toISOString(), channel, tier: tiers[Math.floor(shift / HOUR) % 3] ?? 'pro' },
  ];
  const cycle = ['staff-replied', 'waiting-on-customer', 'customer-replied', 'staff-replied', 'customer-replied'] as const;
  for (let i = 1; i < n; i += 1) {
    const at = new Date(start + i * 7 * HOUR + (i % 5) * 600_000).toISOString();
    if (i === 12) events.push({ type: 'priority-changed', at, priority: 'urgent' });
    else if (i === 30) events.push({ type: 'solved', at });
    else if (i === 31) events.push({ type: 'reopened', at });
    else events.push({ type: cycle[i % cycle.length] ?? 'staff-replied', at });
  }
  return events;
}

function clocksPerSecond(): void {
  const tickets = Array.from({ length: 64 }, (_, i) => ticket(50, i * 26_280_000));
  const reqs = tickets.map((t) => {
    const r = t[0] as Extract<SlaEvent, { type: 'received' }>;
    return { tier: r.tier, channel: r.channel, receivedAt: r.at as string };
  });
  let i = 0;
  const base = measureCpu('responseDeadline', () => responseDeadline(reqs[(i += 1) & 63] as (typeof reqs)[number]));
  // Every metric read (objects and dates are built on first read: reading all of them is the honest cost).
  const clock = measureCpu('slaClock 50 events', () => {
    const c = slaClock(tickets[(i += 1) & 63] as SlaEvent[], sla);
    return [c.firstResponse, c.nextResponse, c.resolution, c.waits];
  });
  // The same tickets with Date instants (as a database driver returns them): no ISO strings to read.
  const dated = tickets.map((t) => t.map((e) => ({ ...e, at: new Date(e.at) })) as SlaEvent[]);
  const withDates = measureCpu('slaClock 50 events, Date instants', () => {
    const c = slaClock(dated[(i += 1) & 63] as SlaEvent[], sla);
    return [c.firstResponse, c.nextResponse, c.resolution, c.waits];
  });
  // The floor: the calendar walk alone over the same tickets' 49 gaps (no events read, nothing built).
  const email = compiledOf(sla.schedules.email) as NonNullable<ReturnType<typeof compiledOf>>;
  const instants = tickets.map((t) => t.map((e) => Date.parse(e.at as string)));
  const walk = measureCpu('bare walk, 49 gaps', () => {
    const at = instants[(i += 1) & 63] as number[];
    let sum = 0;
    for (let k = 1; k < at.length; k += 1) sum += betweenMs(email, at[k - 1] as number, at[k] as number);
    return sum;
  });
  report(`responseDeadline baseline     ${formatOps(base.opsPerSecond)} (${base.nsPerOp.toFixed(0)} ns/op, CPU)`);
  report(`floor: bare walk of 49 gaps   ${formatOps(walk.opsPerSecond)} (${walk.nsPerOp.toFixed(0)} ns/op, betweenMs per gap)`);
  report(
    `slaClock, 50-event ticket     ${formatOps(clock.opsPerSecond)} (${clock.nsPerOp.toFixed(0)} ns/op, ` +
      `${(clock.nsPerOp / 50).toFixed(0)} ns/event), ` +
      `${(clock.nsPerOp / base.nsPerOp).toFixed(1)}× the baseline's cost, ${(clock.nsPerOp / walk.nsPerOp).toFixed(1)}× the floor — ` +
      `target ≥ 100,000/s: ${clock.opsPerSecond >= 100_000 ? 'met' : 'NOT met'}`,
    clock.opsPerSecond >= 100_000,
  );
  report(
    `  the same with Date instants  ${formatOps(withDates.opsPerSecond)} (${withDates.nsPerOp.toFixed(0)} ns/op), ` +
      `${(withDates.nsPerOp / base.nsPerOp).toFixed(1)}× the baseline's cost, ${(withDates.nsPerOp / walk.nsPerOp).toFixed(1)}× the ` +
      'floor',
    withDates.opsPerSecond >= 100_000,
  );
}

const TOTAL = 1_000_000;
const BATCH = 50_000;
/** Clocks per `advanceSlaClocks` call. */
const CHUNK = 1_000;

function recompute(): void {
  const email = defaultPolicy.support.channels.email as ScheduleDefinition;
  const holiday = weeklySchedule({ ...email, closures: ['2026-10-26'] });
  const change = [{ type: 'schedule-changed', at: '2026-10-23T12:00:00Z', schedule: holiday }] as const;
  // Open tickets of 2 to 6 events, received in the week before the holiday is added.
  const open = (k: number): SlaEvent[] => {
    const start = Date.parse('2026-10-19T05:00:00Z') + ((k * 7_919_000) % (3 * 86_400_000));
    const tier = (['plus', 'pro', 'enterprise'] as const)[k % 3] ?? 'pro';
    const events: SlaEvent[] = [{ type: 'received', at: new Date(start).toISOString(), channel: k % 4 === 0 ? 'phone' : 'email', tier }];
    const kinds = ['staff-replied', 'customer-replied', 'waiting-on-customer', 'customer-replied', 'staff-replied'] as const;
    for (let j = 0; j < (k % 5) + 1; j += 1)
      events.push({ type: kinds[j] ?? 'staff-replied', at: new Date(start + (j + 1) * 5_400_000).toISOString() });
    return events;
  };
  const holidayCalendar = compiledOf(holiday) as NonNullable<ReturnType<typeof compiledOf>>;
  const changeAt = Date.parse(change[0].at);
  let floorMs = 0;
  let advanceMs = 0;
  let advanceWallMs = 0;
  let batchMs = 0;
  let done = 0;
  let checksum = 0;
  while (done < TOTAL) {
    const stored: SlaClock[] = [];
    for (let k = done; k < done + BATCH; k += 1) stored.push(slaClock(open(k), sla));
    collectAndSettle();
    // Streamed, as a desk writes each new due instant back: the new clocks are not kept.
    const { ms, wallMs, result } = cpuTime(() => {
      let sum = 0;
      for (const c of stored) sum += advanceSlaClock(c, change).resolution.dueAt?.getTime() ?? 0;
      return sum;
    });
    // The batch function, the change read once per 1,000 clocks, for comparison.
    const batch = cpuTime(() => {
      let sum = 0;
      for (let from = 0; from < stored.length; from += CHUNK) {
        for (const c of advanceSlaClocks(stored.slice(from, from + CHUNK), change)) sum += c.resolution.dueAt?.getTime() ?? 0;
      }
      return sum;
    });
    batchMs += batch.ms;
    // The floor, on the same stored clocks: the one walk a recompute cannot avoid (the resolution's
    // remaining time from the change, in the new calendar), nothing read, checked or built.
    const floor = cpuTime(() => {
      let sum = 0;
      for (const c of stored) {
        const m = (foldStateOf(c) as FoldState).metrics[2];
        if (m.active && !Number.isNaN(m.target)) sum += addMs(holidayCalendar, changeAt, Math.max(0, m.target - m.used));
      }
      return sum;
    });
    floorMs += floor.ms;
    checksum += (result + floor.result) % 1000;
    advanceMs += ms;
    advanceWallMs += wallMs;
    done += BATCH;
  }
  // The same recomputation by folding each ticket's events again, on one batch, scaled.
  const events = Array.from({ length: BATCH }, (_, k) => open(k));
  collectAndSettle();
  const refold = cpuTime(() => {
    let sum = 0;
    for (const e of events) sum += slaClock([...e, ...change], sla).resolution.dueAt?.getTime() ?? 0;
    return sum;
  });
  report(
    `1,000,000 open tickets after a holiday is added: ${(advanceMs / 1000).toFixed(2)} s CPU (${(advanceWallMs / 1000).toFixed(2)} s ` +
      `wall) with one advanceSlaClock call per ticket (${((advanceMs * 1e6) / TOTAL).toFixed(0)} ns/ticket), ` +
      `${(advanceMs / floorMs).toFixed(1)}× the floor — target ≤ 3 s: ${advanceMs <= 3000 ? 'met' : 'NOT met'}`,
    advanceMs <= 3000,
  );
  report(
    `  advanceSlaClocks, ${CHUNK.toLocaleString('en-US')} clocks a call, instead: ${(batchMs / 1000).toFixed(2)} s CPU ` +
      `(${((batchMs * 1e6) / TOTAL).toFixed(0)} ns/ticket; the chunk's new clocks live until read)`,
  );
  report(
    `  floor: one addMs per open resolution on the same stored clocks: ${(floorMs / 1000).toFixed(2)} s CPU ` +
      `(${((floorMs * 1e6) / TOTAL).toFixed(0)} ns/ticket)`,
  );
  report(
    `  refolding every ticket's events instead: ${((refold.ms * (TOTAL / BATCH)) / 1000).toFixed(2)} s CPU (measured on ` +
      `${BATCH.toLocaleString('en-US')} tickets, scaled)${checksum < 0 ? '' : ''}`,
  );
}

export function run(): void {
  clocksPerSecond();
  recompute();
}
