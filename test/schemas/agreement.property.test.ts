import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organization } from '../../src/accounts/index.js';
import { reconcile } from '../../src/billing/index.js';
import { weeklySchedule } from '../../src/calendar/index.js';
import { money, parseMoney, rate } from '../../src/money/index.js';
import { revokeAccess } from '../../src/partners/index.js';
import { fixedClock } from '../../src/ports/index.js';
import { quote } from '../../src/pricing/index.js';
import type { JsonSchemaName } from '../../src/schemas/index.js';
import { refundFor } from '../../src/subscriptions/index.js';
import { moneyArbitrary, organizationArbitrary, scheduleDefinitionArbitrary } from '../../src/testing/arbitraries.js';
import { invoicesArbitrary, paymentsArbitrary } from '../../src/testing/billingArbitraries.js';
import { clientAccessArbitrary } from '../../src/testing/partnerArbitraries.js';
import { subscriptionArbitrary } from '../../src/testing/subscriptionArbitraries.js';
import { jsonVerdict, libraryVerdict } from './verdict.js';

/** The value as a service would send it: through JSON. */
const wire = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Both validators give the same verdict on `value` sent through JSON. */
function agree(name: JsonSchemaName, call: (input: never) => unknown, value: unknown): void {
  const sent = wire(value);
  expect(jsonVerdict(name, sent), JSON.stringify(sent)).toBe(libraryVerdict(() => call(sent as never)));
}

const rateLike = fc.oneof(
  fc.stringMatching(/^ ?-?\d{0,4}(\.\d{0,12})? ?%? ?$/),
  fc.double({ min: -0.5, max: 1.5 }),
  fc.constantFrom('100%', '100.0%', '35%', '35.0000000001%', '0.35', '0.3500000001', '1', '1.0', '0%', '.5', '5.%'),
);

describe('JSON Schemas agree with the library on generated input', () => {
  it('RateInput: percentages, fractions and numbers, valid or not', () => {
    fc.assert(
      fc.property(rateLike, (v) => agree('RateInput', (r: never) => rate(r), v)),
      { numRuns: 2000 },
    );
  });

  it('AmountInput: decimal strings and numbers, valid or not', () => {
    const amount = fc.oneof(
      fc.stringMatching(/^ ?[+-]?\d{0,17}(\.\d{0,14})? ?$/),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(amount, (v) => agree('AmountInput', (a: never) => money(a, 'CHF'), v)),
      { numRuns: 2000 },
    );
  });

  it('InstantInput: ISO 8601 look-alikes (existing days of years 1000–8999), valid or not', () => {
    const instant = fc.stringMatching(
      /^[1-8]\d{3}-(0\d|1[0-4])-(0[0-9]|1\d|2[0-8])[Tt ]\d\d:\d\d(:\d\d(\.\d{0,10})?)?([Zz]|[+-]\d\d:?\d\d)?$/,
    );
    fc.assert(
      fc.property(instant, (v) => agree('InstantInput', (at: never) => fixedClock(at), v)),
      { numRuns: 2000 },
    );
  });

  it('QuoteInput: requests mixing valid and invalid fields', () => {
    const request = fc.record(
      {
        currency: fc.constantFrom('CHF', 'EUR', 'USD', 'XYZ', 'chf'),
        lines: fc.array(
          fc.record({
            product: fc.constantFrom('web-hosting', 'mail-hosting', 'nope', ' '), // PRC-02: web and mail hostings
            quantity: fc.oneof(fc.integer({ min: -2, max: 1_000_002 }), fc.double({ min: 0, max: 10 }), fc.constant('3')),
          }),
          { maxLength: 3 },
        ),
        partnerDiscount: rateLike,
        period: fc.constantFrom('monthly', 'annual', 'weekly'),
        vat: fc.constantFrom(false, true, { rate: '8%' }, { rate: '101%' }, { country: 'CH' }, { country: 'DE' }, { country: 'ch' }),
        cashRounding: fc.boolean(),
      },
      { requiredKeys: ['currency', 'lines'] },
    );
    fc.assert(
      fc.property(request, (req) => agree('QuoteInput', (r: never) => quote(r), req)),
      { numRuns: 2000 },
    );
  });

  it('generated domain values are accepted by both', () => {
    fc.assert(fc.property(moneyArbitrary(), (m) => agree('MoneyInput', (x: never) => parseMoney(x), m)));
    fc.assert(fc.property(scheduleDefinitionArbitrary(), (d) => agree('WeeklyScheduleInput', (x: never) => weeklySchedule(x), d)));
    fc.assert(fc.property(organizationArbitrary(), (o) => agree('OrganizationInput', (x: never) => organization(x), o)));
    fc.assert(fc.property(clientAccessArbitrary(), (s) => agree('ClientAccessInput', (x: never) => revokeAccess(x, 'nobody'), s)));
    fc.assert(fc.property(subscriptionArbitrary(), (s) => agree('SubscriptionInput', (x: never) => refundFor(x, 'close-account'), s)));
    fc.assert(
      fc.property(
        invoicesArbitrary().chain((invoices) => paymentsArbitrary(invoices).map((payments) => ({ invoices, payments }))),
        (input) => agree('ReconcileInput', (x: never) => reconcile(x), input),
      ),
    );
  });

  it('generated domain values are accepted, not just agreed on', () => {
    const accepted = (name: JsonSchemaName) => (value: unknown) => {
      expect(jsonVerdict(name, wire(value))).toBe('accepted');
    };
    fc.assert(fc.property(moneyArbitrary(), accepted('MoneyInput')));
    fc.assert(fc.property(scheduleDefinitionArbitrary(), accepted('WeeklyScheduleInput')));
    fc.assert(fc.property(subscriptionArbitrary(), accepted('SubscriptionInput')));
    fc.assert(fc.property(organizationArbitrary(), accepted('OrganizationInput')));
  });
});
