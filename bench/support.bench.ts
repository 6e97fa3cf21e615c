/**
 * `npm run bench -- support`: throughput of `responseDeadline()` (issue 3 target: ≥ 100,000/s),
 * next to the calendar's `addBusinessTime()` alone on a prebuilt schedule, for the same instants
 * and durations in the same run, so the ratio shows what input validation and policy lookup add
 * on top of the business-time arithmetic (issue 21 target: ≤ 1.3×). CPU time, best of 5 rounds
 * with the two cases in alternation.
 */
import { addBusinessTime, weeklySchedule } from '../src/calendar/index.js';
import { defaultPolicy } from '../src/policy/index.js';
import { responseDeadline, slaStatus, type SupportRequest } from '../src/support/index.js';
import { bestOfCpu, formatOps, measure, report } from './harness.js';

const TIERS = ['plus', 'pro', 'enterprise'] as const;
const CHANNELS = ['phone', 'email'] as const;

/** A fixed spread of requests over two weeks, both channels and all guaranteed tiers, DST included. */
function requests(count: number): SupportRequest[] {
  const start = Date.parse('2026-10-19T00:00:00Z');
  return Array.from({ length: count }, (_, i) => ({
    tier: TIERS[i % 3] ?? 'plus',
    channel: CHANNELS[(i >> 2) % 2] ?? 'email',
    receivedAt: new Date(start + ((i * 7_919_000) % (14 * 86_400_000))).toISOString(),
  }));
}

export function run(): void {
  const reqs = requests(1024);
  const schedules = {
    phone: weeklySchedule(defaultPolicy.support.channels.phone),
    email: weeklySchedule(defaultPolicy.support.channels.email),
  };
  const hours = { plus: 4, pro: 2, enterprise: 1 } as const;
  const bare = (r: SupportRequest): Date =>
    addBusinessTime(r.receivedAt, { hours: hours[r.tier as keyof typeof hours] }, schedules[r.channel]);
  const agree = reqs.every((r) => responseDeadline(r)?.getTime() === bare(r).getTime());
  report(`responseDeadline and the bare addBusinessTime agree on all ${reqs.length} requests: ${String(agree)}`, agree);
  // Both cases walk the same 1,024 requests in the same order, each with its own position.
  let i = 0;
  let j = 0;
  const { base, deadline } = bestOfCpu({
    base: () => bare(reqs[(i = (i + 1) & 1023)] as SupportRequest),
    deadline: () => responseDeadline(reqs[(j = (j + 1) & 1023)] as SupportRequest),
  });
  const ratio = deadline.nsPerOp / base.nsPerOp;
  report(`addBusinessTime baseline      ${formatOps(base.opsPerSecond)} (${base.nsPerOp.toFixed(0)} ns/op, CPU time, best of 5)`);
  const perOp = `${deadline.nsPerOp.toFixed(0)} ns/op`;
  const enough = deadline.opsPerSecond >= 100_000;
  report(`responseDeadline              ${formatOps(deadline.opsPerSecond)} (${perOp}) — target ≥ 100,000/s`, enough);
  report(`responseDeadline / bare addBusinessTime: ${ratio.toFixed(2)}× the cost (target ≤ 1.3×)`, ratio <= 1.3);
  const status = measure('slaStatus', () => {
    const r = reqs[(i += 1) & 1023] as SupportRequest;
    return slaStatus({ ...r, now: r.receivedAt });
  });
  report(`slaStatus                     ${formatOps(status.opsPerSecond)} (${status.nsPerOp.toFixed(0)} ns/op)`);
}
