import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { timeZoneSchema } from '../calendar/schema.js';
import { amountSchema, currencySchema } from '../money/schema.js';
import { deepFreeze } from '../internal/deepFreeze.js';

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

/**
 * A kind of payment means an organization can register in its payment profile (BIL-13), e.g.
 * `'card'` or `'prepaid'`. The kinds offered are policy data; `'prepaid'` is the one the engines
 * know: paying with it debits the prepaid account (BIL-05).
 */
export type PaymentMeansKind = string;

/** The domain transfer fee (BIL-12): charged once per transfer, however many attempts it takes. */
export interface DomainTransferFeeData {
  /** The fee by currency; a transfer in a currency that is not listed cannot be priced. */
  readonly fees: Readonly<Record<string, string | number>>;
  /** True when the value is an example, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** Billing policy data (BIL-08, BIL-09, BIL-10, BIL-12, BIL-13). */
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
  /** The fee of a domain transfer, charged once per transfer (BIL-12). */
  readonly domainTransfer: DomainTransferFeeData;
  /** The kinds of payment means a payment profile can hold (BIL-13). */
  readonly paymentMeans: readonly PaymentMeansKind[];
}

/** The sources' billing values, each with its rule ID. */
export const defaultBillingPolicy: BillingPolicy = /*@__PURE__*/ deepFreeze({
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
  // BIL-12: "einen Link, mit dem Sie die Übertragungsanfrage erneut starten können, ohne die
  // Übertragungsgebühren erneut zu zahlen" (domain transfer guide). The sources give no amount:
  // this fee is ILLUSTRATIVE, to be replaced with the provider's price list.
  domainTransfer: { fees: { CHF: '15.00', EUR: '15.00' }, illustrative: true },
  // BIL-13: "Das auf dem Vorkassekonto verfügbare Geld kann beispielsweise als
  // Standardzahlungsprofil dienen, aber andere Zahlungsmittel können registriert werden"
  // (payment profile guide). The sources name the prepaid account (and PayPal, bank accounts
  // for payouts); the other kinds are the usual Swiss means, listed as examples.
  paymentMeans: ['card', 'bank-transfer', 'ebill', 'paypal', 'prepaid'],
});

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
        (steps) =>
          steps.every((s, i) => i === 0 || (s.daysAfterDue > (steps[i - 1]?.daysAfterDue ?? -1) && s.step > (steps[i - 1]?.step ?? 0))),
        'steps must come in increasing step numbers and days after the due date',
      ),
      z.refine((steps) => steps.every((s) => Object.values(s.fees ?? {}).every((f) => !f.isNegative())), 'fees must not be negative'),
    ),
  payoutMethods: z.array(z.enum(['bank-account', 'paypal'])),
  renewalWarranty: strictObject({ notAtOrder: z.array(z.string().check(z.minLength(1))) }),
  domainTransfer: strictObject({
    fees: z
      .record(currencySchema, amountSchema)
      .check(z.refine((fees) => Object.values(fees).every((f) => !f.isNegative()), 'fees must not be negative')),
    illustrative: z.optional(z.boolean()),
  }),
  paymentMeans: z
    .array(z.string().check(z.minLength(1), z.maxLength(50)))
    .check(z.refine((kinds) => new Set(kinds).size === kinds.length, 'payment means kinds must be unique')),
});
