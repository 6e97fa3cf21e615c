import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { timeZoneSchema } from '../calendar/schema.js';
import { amountSchema, currencySchema } from '../money/schema.js';

/** One reminder step (BIL-08): sent when the invoice is this many days overdue. */
export interface ReminderStepData {
  /** 1 for the first reminder, 2 for the second, … */
  readonly step: number;
  readonly name: string;
  /** Calendar days after the due date (in the billing time zone) when this step becomes due. */
  readonly daysAfterDue: number;
  /** Reminder fee by currency; a currency that is not listed has no fee. */
  readonly fees?: Readonly<Record<string, string | number>>;
  /** True when the value is an example, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** A way to pay out a prepaid balance (BIL-09). */
export type PayoutMethod = 'bank-account' | 'paypal';

/** Billing policy data (BIL-08, BIL-09, BIL-10). */
export interface BillingPolicy {
  /** The zone in which "days after the due date" are counted. */
  readonly timeZone: string;
  /** Reminder steps, in increasing `daysAfterDue` (BIL-08). */
  readonly reminderSteps: readonly ReminderStepData[];
  /** Where a prepaid balance can be paid out to (BIL-09). */
  readonly payoutMethods: readonly PayoutMethod[];
  readonly renewalWarranty: {
    /** Products for which the Renewal Warranty cannot be chosen at order time (BIL-10). */
    readonly notAtOrder: readonly string[];
  };
}

/** The sources' billing values, each with its rule ID. */
export const defaultBillingPolicy: BillingPolicy = {
  // Reminders are counted in the provider's zone (Swiss provider).
  timeZone: 'Europe/Zurich',
  // BIL-08: the sources ("Zahlungserinnerung", "Mahnung") name reminders but give no delays or
  // fees. These steps are ILLUSTRATIVE defaults, to be replaced with the provider's figures.
  reminderSteps: [
    { step: 1, name: 'payment reminder', daysAfterDue: 10, illustrative: true },
    { step: 2, name: 'second reminder', daysAfterDue: 20, illustrative: true },
    { step: 3, name: 'final notice', daysAfterDue: 30, fees: { CHF: '20.00', EUR: '20.00' }, illustrative: true },
  ],
  // BIL-09: "Überweisung des Betrags vom Manager auf ein Bankkonto oder PayPal".
  payoutMethods: ['bank-account', 'paypal'],
  // BIL-10: "Diese Option ist bei der Bestellung (außer für das Produkt NAS Synology) oder nach dem
  // Kauf verfügbar" (Renewal Warranty guide).
  renewalWarranty: { notAtOrder: ['nas-synology'] },
};

/** zod schema of the billing policy. */
export const billingPolicySchema = strictObject({
  timeZone: timeZoneSchema,
  reminderSteps: z
    .array(
      strictObject({
        step: z.int().check(z.gte(1)),
        name: z.string().check(z.minLength(1)),
        daysAfterDue: z.int().check(z.gte(0), z.lte(3650)),
        fees: z.optional(z.record(currencySchema, amountSchema)),
        illustrative: z.optional(z.boolean()),
      }),
    )
    .check(
      z.refine(
        (steps) => steps.every((s, i) => i === 0 || (s.daysAfterDue > (steps[i - 1]?.daysAfterDue ?? -1) && s.step > (steps[i - 1]?.step ?? 0))),
        'steps must come in increasing step numbers and days after the due date',
      ),
      z.refine((steps) => steps.every((s) => Object.values(s.fees ?? {}).every((f) => !f.isNegative())), 'fees must not be negative'),
    ),
  payoutMethods: z.array(z.enum(['bank-account', 'paypal'])),
  renewalWarranty: strictObject({ notAtOrder: z.array(z.string().check(z.minLength(1))) }),
});
