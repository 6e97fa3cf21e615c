import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { describeJson } from '../internal/jsonHint.js';
// A rate read without decimal.js (money/unitRate.ts): the support functions ship none (docs/packaging.md).
import { unitRateSchema } from '../money/unitRate.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/** The four support tiers (SUP-01), lowest first. */
export const SUPPORT_TIERS = ['standard', 'plus', 'pro', 'enterprise'] as const;
/** A support tier (SUP-01). */
export type SupportTier = (typeof SUPPORT_TIERS)[number];
/** A tier that is subscribed and paid for (Premium Support): every tier except Standard. */
export type PremiumSupportTier = Exclude<SupportTier, 'standard'>;
/** A channel a support request can arrive by (SUP-02, SUP-03). */
export type SupportChannel = 'phone' | 'email';
/** The kind of incident behind an emergency call (SUP-04). */
export type IncidentKind = 'infrastructure' | 'application' | 'webmastering' | 'other';
/** The kind of person acting on a temporary access grant (SUP-09). */
export type SupportActorKind = 'support-staff' | 'customer' | 'partner' | 'other';

/** A weekday key of an opening-hours definition. */
export type SupportWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Opening hours as plain data, in the shape the calendar's `weeklySchedule()` takes: wall-clock
 * `'HH:MM'` intervals per weekday in an IANA zone (`'24:00'` allowed as an end).
 */
export interface SupportHoursData {
  readonly timeZone: string;
  readonly hours: Readonly<Partial<Record<SupportWeekday, readonly (readonly [string, string])[]>>>;
  /**
   * Closed dates (`'2026-12-25'`, in the zone) or instant ranges (`{ from, to }`), e.g. public
   * holidays. None by default: the sources name none.
   */
  readonly closures?: readonly (string | { readonly from: string; readonly to: string })[];
}

/** Every feature of one support tier, as data (SUP-01..08). */
export interface SupportTierData {
  readonly name: string;
  /** Included with every account at no cost (Standard), rather than subscribed (SUP-01). */
  readonly included: boolean;
  /**
   * Guaranteed first response in business hours of the request's channel (SUP-03); `null` when
   * the tier only answers "as quickly as possible" (SUP-02).
   */
  readonly firstResponseHours: number | null;
  /** Emergency calls 24/7 (SUP-04). */
  readonly emergencyCalls: boolean;
  /** Number of account managers, and how many of them are technical (SUP-05). */
  readonly accountManagers: { readonly total: number; readonly technical: number };
  /** Custom advice on weekdays (SUP-05). */
  readonly customAdvice: boolean;
  /** Partners can take this tier (SUP-06). */
  readonly openToPartners: boolean;
  /** The tier gives a VIP code (SUP-08). */
  readonly vipCode: boolean;
}

/** Support policy data (SUP-01..09). */
export interface SupportPolicy {
  readonly tiers: Readonly<Record<SupportTier, SupportTierData>>;
  /** Opening hours of each channel; the SLA clock runs in them (SUP-02, SUP-03). */
  readonly channels: Readonly<Record<SupportChannel, SupportHoursData>>;
  /** When the account managers and custom advice are reachable (SUP-05). */
  readonly accountManagerHours: SupportHoursData;
  readonly emergency: {
    /** When the emergency line answers (SUP-04: 24/7). */
    readonly hours: SupportHoursData;
    /** Incident kinds that justify an emergency call (SUP-04). */
    readonly incidents: readonly IncidentKind[];
    /** Languages (ISO 639-1) in which emergency calls are conducted (SUP-04). */
    readonly languages: readonly string[];
  };
  /**
   * A running request is at risk when this share of its guarantee or less remains, in business
   * time (SUP-03, Decision).
   */
  readonly atRiskRemaining: string | number;
  /** What support does and does not do (SUP-07). */
  readonly scope: {
    readonly inScope: readonly string[];
    readonly outOfScope: readonly string[];
  };
  /** Temporary access grants to the provider's support staff (SUP-09). */
  readonly temporaryAccess: {
    /** Services a customer can open to support staff. */
    readonly services: readonly string[];
    /** Who may use a grant. */
    readonly actors: readonly SupportActorKind[];
  };
}

const ZURICH = 'Europe/Zurich';
const ALL_DAY: readonly (readonly [string, string])[] = [['00:00', '24:00']];

/** The sources' support values, each with its rule ID and source. */
export const defaultSupportPolicy: SupportPolicy = /*@__PURE__*/ deepFreeze({
  tiers: {
    // SUP-01/02: "Free and unlimited, it responds to all your requests as quickly as possible".
    standard: {
      name: 'Standard',
      included: true,
      firstResponseHours: null,
      emergencyCalls: false,
      accountManagers: { total: 0, technical: 0 },
      customAdvice: false,
      openToPartners: true, // every account has Standard support
      vipCode: false, // SUP-08: the VIP code is "reserved for customers who have subscribed to Premium Support"
    },
    // SUP-01/03/06: "Support Plus — Partners can benefit from this support. A first response is
    // guaranteed within 4 hours (opening hours above)." (Premium Support guide)
    plus: {
      name: 'Plus',
      included: false,
      firstResponseHours: 4,
      emergencyCalls: false,
      accountManagers: { total: 0, technical: 0 },
      customAdvice: false,
      openToPartners: true,
      // SUP-08 (Decision): the newer pages reserve the VIP code to Premium Support (Plus, Pro,
      // Enterprise); the older German partner page says "(Pro / Enterprise)". Set false to follow it.
      vipCode: true,
    },
    // SUP-03/04/05: "Support Pro — A response is guaranteed within 2 hours (opening hours above).
    // Emergency calls can be made 24/7. You have a dedicated account manager, 5/7 from 9 am to 6 pm."
    pro: {
      name: 'Pro',
      included: false,
      firstResponseHours: 2,
      emergencyCalls: true,
      accountManagers: { total: 1, technical: 0 },
      customAdvice: false,
      // SUP-06 (Decision): the sources say partners can take Plus and say nothing for Pro or
      // Enterprise; the conservative reading keeps these closed. Policy data: set true to open.
      openToPartners: false,
      vipCode: true, // SUP-08
    },
    // SUP-03/04/05: "Enterprise Support — A response is guaranteed within 1 hour (opening hours
    // above). Emergency calls can be made 24/7. Custom advice is provided 5 days a week from 9 am
    // to 6 pm. You benefit from two designated account managers (including one technical)."
    enterprise: {
      name: 'Enterprise',
      included: false,
      firstResponseHours: 1,
      emergencyCalls: true,
      accountManagers: { total: 2, technical: 1 },
      customAdvice: true,
      openToPartners: false, // SUP-06 (Decision), see Pro
      vipCode: true, // SUP-08
    },
  },
  channels: {
    // SUP-02: "5/7 from 6 am to 7 pm by phone", Swiss time.
    phone: {
      timeZone: ZURICH,
      hours: {
        mon: [['06:00', '19:00']],
        tue: [['06:00', '19:00']],
        wed: [['06:00', '19:00']],
        thu: [['06:00', '19:00']],
        fri: [['06:00', '19:00']],
      },
    },
    // SUP-02: "7/7 by email from 6 am to 11 pm", Swiss time.
    email: {
      timeZone: ZURICH,
      hours: {
        mon: [['06:00', '23:00']],
        tue: [['06:00', '23:00']],
        wed: [['06:00', '23:00']],
        thu: [['06:00', '23:00']],
        fri: [['06:00', '23:00']],
        sat: [['06:00', '23:00']],
        sun: [['06:00', '23:00']],
      },
    },
  },
  // SUP-05: account manager "5/7 from 9 am to 6 pm"; custom advice "5 days a week from 9 am to 6 pm".
  accountManagerHours: {
    timeZone: ZURICH,
    hours: {
      mon: [['09:00', '18:00']],
      tue: [['09:00', '18:00']],
      wed: [['09:00', '18:00']],
      thu: [['09:00', '18:00']],
      fri: [['09:00', '18:00']],
    },
  },
  emergency: {
    // SUP-04: "Emergency calls can be made 24/7".
    hours: {
      timeZone: ZURICH,
      hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
    },
    // SUP-04: "strictly reserved for incidents related to the infrastructure requiring immediate
    // intervention from Infomaniak" (Premium Support limits).
    incidents: ['infrastructure'],
    // SUP-04: "These exchanges are conducted exclusively in French and English."
    languages: ['fr', 'en'],
  },
  // SUP-03 (Decision, issue 3): at risk when a quarter of the guarantee or less remains.
  atRiskRemaining: '25%',
  scope: {
    // SUP-07: "advice and support … regarding a specific situation or issue: a production launch,
    // a launch follow-up, or a technical implementation involving subscribed Services"; "generally
    // a diagnosis related to the issue encountered".
    inScope: ['diagnosis', 'production-launch', 'launch-follow-up', 'technical-implementation'],
    // SUP-07: "Modifying third-party applications, developing websites (webmastering), all of this
    // falls outside the scope"; "Infomaniak does not directly intervene on your machines or networks".
    outOfScope: ['third-party-application-change', 'webmastering', 'customer-machine-intervention'],
  },
  temporaryAccess: {
    // SUP-09: "may request access to Mail or kDrive on a case-by-case basis"; "temporärer Zugriff
    // auf kMail und kDrive".
    services: ['mail', 'kdrive'],
    // SUP-09: "access only possible for Infomaniak Support collaborators".
    actors: ['support-staff'],
  },
});

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const timeSchema = z.string().check(z.regex(TIME, "must be a time 'HH:MM' between '00:00' and '24:00'"));
const intervalSchema = z.tuple([timeSchema, timeSchema]);

/**
 * zod schema of opening hours data. The calendar's `weeklySchedule()` checks the rest (known zone,
 * ordered and non-overlapping intervals) when the hours are compiled.
 */
export const supportHoursSchema = strictObject({
  timeZone: z.string().check(z.minLength(1)),
  hours: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), z.array(intervalSchema)),
  // Checked in full by the calendar's weeklySchedule() when the hours are compiled.
  closures: z.optional(
    z.array(
      describeJson(
        z.custom<string | { from: string; to: string }>(
          (v) =>
            typeof v === 'string' ||
            (typeof v === 'object' &&
              v !== null &&
              typeof (v as { from?: unknown }).from === 'string' &&
              typeof (v as { to?: unknown }).to === 'string'),
          "must be a date 'YYYY-MM-DD' or { from, to } with ISO 8601 instants",
        ),
        () => ({
          anyOf: [
            { type: 'string' },
            { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } },
          ],
        }),
      ),
    ),
  ),
});

const tierSchema = strictObject({
  name: z.string().check(z.minLength(1)),
  included: z.boolean(),
  firstResponseHours: z.nullable(z.number().check(z.positive(), z.lte(24 * 365))),
  emergencyCalls: z.boolean(),
  accountManagers: strictObject({ total: z.int().check(z.gte(0)), technical: z.int().check(z.gte(0)) }).check(
    z.refine((m) => m.technical <= m.total, 'technical managers cannot outnumber all managers'),
  ),
  customAdvice: z.boolean(),
  openToPartners: z.boolean(),
  vipCode: z.boolean(),
});

const tokens = z.array(z.string().check(z.minLength(1)));

/** zod schema of the support policy. */
export const supportPolicySchema = strictObject({
  tiers: strictObject({ standard: tierSchema, plus: tierSchema, pro: tierSchema, enterprise: tierSchema }),
  channels: strictObject({ phone: supportHoursSchema, email: supportHoursSchema }),
  accountManagerHours: supportHoursSchema,
  emergency: strictObject({
    hours: supportHoursSchema,
    incidents: z.array(z.enum(['infrastructure', 'application', 'webmastering', 'other'])),
    languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be a lower-case ISO 639 language code'))),
  }),
  atRiskRemaining: unitRateSchema,
  scope: strictObject({ inScope: tokens, outOfScope: tokens }).check(
    z.refine((s) => !s.inScope.some((a) => s.outOfScope.includes(a)), 'an activity cannot be both in and out of scope'),
  ),
  temporaryAccess: strictObject({
    services: tokens.check(z.minLength(1)),
    actors: z.array(z.enum(['support-staff', 'customer', 'partner', 'other'])),
  }),
});
