import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commitmentTerm, compareBillingPeriods, refundFor, subscribe, type Subscription } from '../../src/subscriptions/index.js';
import { jsonSchemaFor, type JsonSchemaName } from '../../src/schemas/index.js';
import { jsonVerdict, libraryVerdict } from './verdict.js';

/*
 * COM-01 in the JSON Schemas (docs/schemas.md: the limits of defaultPolicy are in the schemas):
 * the months of a subscription, a commitment term and a billing comparison were `minimum: 1`,
 * while the library refuses fewer than 6 (round 2, #11). A client validating with the schema
 * was told 5 months is fine.
 */

const at = '2026-01-15T10:00:00Z';
const prices = { monthly: '50', annual: '540' };
const sub = JSON.parse(JSON.stringify(subscribe({ tier: 'plus', startedAt: at }))) as Subscription;

/** Each input with a number of months, and how the library is called with it. */
const MONTHS: readonly [JsonSchemaName, string, (months: number) => unknown, (input: unknown) => unknown][] = [
  ['SubscribeInput', 'months', (months) => ({ tier: 'plus', startedAt: at, months }), (r) => subscribe(r as never)],
  ['CommitmentTermInput', 'months', (months) => ({ startedAt: at, months }), (r) => commitmentTerm(r as never)],
  ['BillingComparisonInput', 'months', (months) => ({ tier: 'plus', months, prices }), (r) => compareBillingPeriods(r as never)],
];

describe('COM-01 the JSON Schemas state the minimum commitment of the default policy', () => {
  for (const [name, key, input, call] of MONTHS) {
    it(`COM-01 ${name}.${key}: minimum 6, and its description says so`, () => {
      const property = (jsonSchemaFor(name) as { properties: Record<string, { minimum?: number; description?: string }> }).properties[key];
      expect(property?.minimum).toBe(6);
      expect(property?.description).toMatch(/at least 6 \(COM-01/);
    });

    it(`COM-01 ${name}: 5 months refused by both, 6 accepted by both`, () => {
      expect([libraryVerdict(() => call(input(5))), jsonVerdict(name, input(5))]).toEqual(['refused', 'refused']);
      expect([libraryVerdict(() => call(input(6))), jsonVerdict(name, input(6))]).toEqual(['accepted', 'accepted']);
    });

    it(`COM-01 ${name}: schema and library agree for any number of months`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -2, max: 1300 }), (months) => {
          expect(jsonVerdict(name, input(months))).toBe(libraryVerdict(() => call(input(months))));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('COM-01 SubscriptionInput.commitmentMonths: minimum 6; a stored subscription of 5 months is refused by both', () => {
    const property = (jsonSchemaFor('SubscriptionInput') as { properties: Record<string, { minimum?: number }> }).properties[
      'commitmentMonths'
    ];
    expect(property?.minimum).toBe(6);
    const five = { ...sub, commitmentMonths: 5 };
    expect([libraryVerdict(() => refundFor(five, 'close-account')), jsonVerdict('SubscriptionInput', five)]).toEqual([
      'refused',
      'refused',
    ]);
  });
});
