/**
 * Premium Support subscriptions: commitment, cancellation, refunds, upgrades, billing periods.
 * Run with `npx tsx examples/subscriptions.ts` (or `npm run demo`).
 */
import {
  changeTier,
  compareBillingPeriods,
  isHostPolicyError,
  REFUND_EVENTS,
  refundFor,
  requestCancellation,
  subscribe,
} from '../src/index.js';

const day = (d: Date): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Zurich', dateStyle: 'medium', timeStyle: 'short' }).format(d);

const sub = subscribe({ tier: 'plus', startedAt: '2026-08-31T10:00:00+02:00' });
console.log('Subscription (COM-01)');
console.log(
  `  ${sub.tier}, billed ${sub.billing}, committed from ${day(sub.commitment.start)} to ${day(sub.commitment.end)} (31 Aug → end of Feb)`,
);

console.log('\nCancellation (COM-02, COM-03)');
for (const at of ['2026-09-15T00:00:00Z', '2027-03-01T00:00:00Z']) {
  const c = requestCancellation(sub, at);
  console.log(`  asked ${day(new Date(at))}: ends ${day(c.effectiveAt)}, refund ${c.refund.toString()}`);
}

console.log('\nRefunds (COM-03)');
for (const event of REFUND_EVENTS) {
  const r = refundFor(sub, event);
  console.log(`  ${event.padEnd(19)} ${r.amount.toString()}  ${r.reasons[0]?.message ?? ''}`);
}

console.log('\nTier changes (COM-04)');
const pro = changeTier(sub, 'pro');
console.log(`  plus → pro: ok, commitment still ends ${day(pro.commitment.end)}`);
try {
  changeTier(pro, 'plus');
} catch (e) {
  if (isHostPolicyError(e)) console.log(`  pro → plus: ${e.code} (${e.rule ?? ''})`);
}

console.log('\nMonthly or annual? (COM-05; illustrative prices, the sources give none)');
const c = compareBillingPeriods({ tier: 'plus', prices: { monthly: '50', annual: '540' } });
console.log(
  `  monthly: ${c.monthlyPerYear.toString()} a year, annual: ${c.annualPerYear.toString()} → ` +
    `${c.cheaper} saves ${c.yearlySavings.toString()} (${c.savingsRate.toString()})`,
);
