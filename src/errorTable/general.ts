import type { CodeTablePart } from './entry.js';

/** Codes of any context, money, calendar, pricing and subscriptions. @internal */
export const GENERAL_CODES = {
  INVALID_INPUT: {
    kind: 'error',
    context: 'any',
    when:
      'Any public function, when an input does not have the expected shape or values: a missing or unknown key, a wrong type, a value ' +
      'out of range, an inherited property, a hole, a revoked Proxy. `rule` names the rule whose input it is, when one applies.',
    todo:
      'Read `issues`: each has the path of the field and what is wrong with it (an unknown key names the key meant). Fix the input; ' +
      'retrying as is fails again.',
  },
  INCOMPATIBLE_VALUE: {
    kind: 'error',
    context: 'any',
    when:
      'A value object (a `Money`, `Rate`, `Schedule`, `PrepaidLedger`, `Quote`) made by another copy of hostpolicy whose data format ' +
      "differs from this copy's.",
    todo: "Load one version of hostpolicy (check `npm ls hostpolicy`), or pass the value's JSON form instead of the object.",
  },
  AMOUNT_OUT_OF_RANGE: {
    kind: 'error',
    context: 'money',
    violates: { 'MON-01': 'amount within the exact range' },
    when: '`money` and arithmetic give an amount beyond 30 integer or 400 fraction digits.',
    todo: 'Check the amount for a unit error (cents given as francs).',
  },
  NOT_IN_MINOR_UNITS: {
    kind: 'error',
    context: 'money',
    violates: { 'MON-03': 'amount in whole minor units' },
    when: '`toMinorUnits` is given an amount with a fraction of the minor unit (CHF 2.345).',
    todo: 'Round first, with the rounding mode you mean: `toMinorUnits(m.round())`.',
  },
  CURRENCY_MISMATCH: {
    kind: 'both',
    context: 'money',
    violates: { 'MON-02': 'one currency per operation', 'BIL-12': "fee paid in the transfer's currency" },
    explains: ['BIL-04'],
    when:
      "`Money#plus`, `minus`, `compare` and every function that combines two amounts (`incentiveFor`'s public and partner prices) meet " +
      "two currencies; `payTransferFee` gets a payment in another currency than the transfer's. As a credit cause of `reconcile` and a " +
      "cause of `explainReminder`: the payment is not in the invoice's currency, so it was credited (BIL-04).",
    todo:
      'Convert explicitly before combining (the library never converts). For a credited payment, refund it or settle the invoice from ' +
      'the prepaid balance in that currency.',
  },
  NO_OPENING: {
    kind: 'error',
    context: 'calendar',
    during: ['SUP-03'],
    when:
      '`addBusinessTime`, `nextOpening`, `responseDeadline`, `slaStatus`, `slaClock`: the schedule has no open time within ten years ' +
      'of the start (closures cover everything), or the business time asked for cannot be reached within 100 years.',
    todo: 'Check the schedule: at least one weekday with hours, and closures that leave some of them open.',
  },
  INVALID_ICS: {
    kind: 'error',
    context: 'calendar',
    when:
      '`closuresFromIcs` reads a text that is not an iCalendar file it understands (no `BEGIN:VCALENDAR`, an unclosed component, a bad ' +
      'date, an RRULE other than `FREQ=YEARLY`); `details.line` gives the line.',
    todo: 'Fix the file at the line named, or export the calendar again; only all-day and timed events with yearly recurrences are read.',
  },
  ICS_TOO_LARGE: {
    kind: 'error',
    context: 'calendar',
    when:
      '`closuresFromIcs` is given a text beyond `ICS_LIMITS` (2,000,000 characters, 50,000 lines, 10,000 characters a line, 20,000 ' +
      'closures, recurrences stepping through too many years).',
    todo: 'Split the calendar, or export only the years you need.',
  },
  HOLIDAYS_UNAVAILABLE: {
    kind: 'error',
    context: 'calendar',
    when: '`closuresFromHolidays` cannot load the optional package `date-holidays`.',
    todo: 'Install it: `npm install date-holidays`.',
  },
  UNKNOWN_HOLIDAY_REGION: {
    kind: 'error',
    context: 'calendar',
    when:
      '`closuresFromHolidays` is given a country, state or region that `date-holidays` does not know; ' +
      'the message lists the known ones.',
    todo: 'Use one of the codes the message lists (e.g. `CH`, state `ZH`).',
  },
  HOLIDAYS_FAILED: {
    kind: 'error',
    context: 'calendar',
    when: '`closuresFromHolidays`: the `date-holidays` package threw while computing the holidays; `cause` holds its error.',
    todo: 'Check the installed `date-holidays` version; report the cause if it persists.',
  },
  RATE_ABOVE_CAP: {
    kind: 'error',
    context: 'pricing',
    violates: { 'PRC-04': 'partner discount at most the cap' },
    when:
      '`quote` is given a `partnerDiscount` above the cap (35 %, policy data); `incentiveFor` a partner price whose partner part ' +
      '(after the volume tier) is above it. `details.cap` gives the cap.',
    todo: 'Give at most the cap (`pricing.partnerDiscountCap`), or a partner price that stays within it.',
  },
  COMMITMENT_TOO_SHORT: {
    kind: 'error',
    context: 'subscriptions',
    violates: { 'COM-01': 'commitment of at least the minimum' },
    when: '`commitmentTerm`, `subscribe` or `compareBillingPeriods` is given fewer months than the minimum commitment (6, policy data).',
    todo: 'Commit for at least `details.minimum` months.',
  },
  NO_PRICE: {
    kind: 'error',
    context: 'subscriptions',
    violates: { 'COM-05': 'a price for tier, currency and duration' },
    when: '`compareBillingPeriods` finds no price for the tier, currency and commitment duration (the sources give no figures).',
    todo: 'Pass `prices`, or set `policy.subscriptions.prices` for that tier and currency.',
  },
  DOWNGRADE_NOT_ALLOWED: {
    kind: 'both',
    context: 'subscriptions',
    violates: { 'COM-04': 'support tiers only go up', 'ACC-04': 'kSuite offers only go up' },
    when:
      '`changeTier`, `changePlan`, `changeOffer`, `upgradeKsuite` throw it, and `canChangePlan`, `canUpgradeKsuite` report it, for a ' +
      'change to a lower plan.',
    todo: 'Only upgrades are possible: keep the plan until the end of the term, then subscribe anew.',
  },
  CANCELLED_AT_TERM_END: {
    kind: 'reason',
    context: 'subscriptions',
    explains: ['COM-02'],
    when: '`requestCancellation` inside the commitment: the cancellation takes effect at the end of the term.',
    todo: 'Nothing to fix: tell the customer the date in `effectiveAt`.',
  },
  CANCELLED_AT_PERIOD_END: {
    kind: 'reason',
    context: 'subscriptions',
    explains: ['COM-02'],
    when:
      '`requestCancellation` after the commitment: the cancellation takes effect at the end of the billing period running at the ' +
      'request.',
    todo: 'Nothing to fix: tell the customer the date in `effectiveAt`.',
  },
  NO_REFUND: {
    kind: 'reason',
    context: 'subscriptions',
    explains: ['COM-03'],
    when: '`refundFor` and `requestCancellation`: the committed amount is not refunded, not even pro rata.',
    todo: 'Nothing to fix: show the message to the customer.',
  },
} as const satisfies CodeTablePart;
