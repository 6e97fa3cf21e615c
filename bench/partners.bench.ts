/**
 * Partner program: the cost of validation at the boundary. Each public function is measured next
 * to its typed core (the baseline, same run), so the ratio is the price of parsing the input.
 */
import { formatOps, measure, report } from './harness.js';
import {
  authorize,
  emptyClientAccess,
  grantAccess,
  incentiveFor,
  submitRfp,
  rfpExcerpt,
  type ClientAccess,
} from '../src/partners/index.js';
import { authorizeTyped } from '../src/partners/authorize.js';
import { incentiveOf } from '../src/partners/incentive.js';
import { grantAccessTo } from '../src/partners/clientAccess.js';
import { money } from '../src/money/index.js';

export function run(): void {
  // A client with 20 limited partners, 3 products each.
  let state: ClientAccess = emptyClientAccess('acme');
  for (let i = 0; i < 20; i += 1)
    state = grantAccess(state, { partner: `p${i}`, access: 'limited', products: [`a${i}`, `b${i}`, `c${i}`] });
  const req = {
    actor: { kind: 'partner' as const, partner: 'p7', role: 'staff' as const },
    action: 'manage-product' as const,
    product: 'b7',
  };

  // The same state read back from storage: a plain JSON copy, parsed and checked on every call.
  const stored = JSON.parse(JSON.stringify(state)) as ClientAccess;

  const pairs: [string, () => unknown, () => unknown][] = [
    ['authorize (20 partners)', () => authorize(state, req), () => authorizeTyped(state, req)],
    ['authorize (20 partners, JSON copy from storage)', () => authorize(stored, req), () => authorizeTyped(state, req)],
    [
      'grantAccess (20 → 21 partners)',
      () => grantAccess(state, { partner: 'new', access: 'limited', products: ['z'] }),
      () => grantAccessTo(state, { partner: 'new', access: 'limited', products: ['z'] }),
    ],
    [
      'incentiveFor',
      () =>
        incentiveFor({
          access: 'full',
          paymentMode: 'partner',
          actor: 'partner',
          managedByPartner: true,
          publicPrice: { amount: '347.20', currency: 'CHF' },
          partnerPrice: { amount: '277.76', currency: 'CHF' },
        }),
      () =>
        incentiveOf(
          { access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: true },
          money('347.20', 'CHF'),
          money('277.76', 'CHF'),
        ),
    ],
  ];
  for (const [name, pub, core] of pairs) {
    const base = measure(`${name} core`, core, 500);
    const m = measure(name, pub, 500);
    report(
      `${name}: ${formatOps(m.opsPerSecond)} (typed core ${formatOps(base.opsPerSecond)}, validation costs ` +
        `×${(base.opsPerSecond / m.opsPerSecond).toFixed(1)})`,
    );
  }

  const { rfp } = submitRfp(
    {
      id: 'r',
      title: 'Shop',
      description: 'Call 044 555 12 34 or write a@b.ch. '.repeat(50),
      topics: ['shop'],
      contact: { name: 'A', email: 'a@b.ch' },
      deleteToken: 'x'.repeat(16),
      at: '2026-11-23T09:00:00Z',
    },
    [{ partner: 'p', topics: ['shop'] }],
  );
  const e = measure('rfpExcerpt (1.8 kB description)', () => rfpExcerpt(rfp), 500);
  report(`rfpExcerpt (1.8 kB description): ${formatOps(e.opsPerSecond)} (${Math.round(e.nsPerOp / 1000)} µs each)`);
}
