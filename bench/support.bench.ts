/**
 * `npm run bench -- support`: throughput of `responseDeadline()` (issue 3 target: ≥ 100,000/s),
 * next to the calendar's `addBusinessTime()` alone in the same run, so the ratio shows what input
 * validation and policy lookup add on top of the business-time arithmetic.
 */
import { addBusinessTime, defaultPolicy, responseDeadline, slaStatus, weeklySchedule, type SupportRequest } from '../src/index.js';
import { formatOps, measure, report } from './harness.js';

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
  const schedules = { phone: weeklySchedule(defaultPolicy.support.channels.phone), email: weeklySchedule(defaultPolicy.support.channels.email) };
  const hours = { plus: 4, pro: 2, enterprise: 1 } as const;
  let i = 0;
  const base = measure('addBusinessTime (calendar only)', () => {
    const r = reqs[(i += 1) & 1023] as SupportRequest & { tier: 'plus' | 'pro' | 'enterprise' };
    return addBusinessTime(r.receivedAt, { hours: hours[r.tier] }, schedules[r.channel]);
  });
  const deadline = measure('responseDeadline', () => responseDeadline(reqs[(i += 1) & 1023] as SupportRequest));
  const status = measure('slaStatus', () => {
    const r = reqs[(i += 1) & 1023] as SupportRequest;
    return slaStatus({ ...r, now: r.receivedAt });
  });
  report(`addBusinessTime baseline      ${formatOps(base.opsPerSecond)} (${base.nsPerOp.toFixed(0)} ns/op)`);
  report(
    `responseDeadline              ${formatOps(deadline.opsPerSecond)} (${deadline.nsPerOp.toFixed(0)} ns/op), ${(deadline.nsPerOp / base.nsPerOp).toFixed(2)}× the baseline's cost — target ≥ 100,000/s`,
    deadline.opsPerSecond >= 100_000,
  );
  report(`slaStatus                     ${formatOps(status.opsPerSecond)} (${status.nsPerOp.toFixed(0)} ns/op)`);
}
