/**
 * A consumer's file, type-checked against the PACKED package by `npm run consumers`
 * (scripts/consumers.mjs) under every supported resolver: nodenext (ESM and CommonJS), node16,
 * bundler and node10, each strict, with `exactOptionalPropertyTypes` and `skipLibCheck: false`.
 *
 * It imports every entry point and calls every public function (and class) once with good input.
 * Each function also has a `// @ts-expect-error` line with bad input (or a wrong use of its
 * result): should a declaration degrade to `any` under some resolver, that line stops being an
 * error and tsc reports the unused directive. The script checks that every function the entry
 * points export has such a line, so a new function cannot be forgotten.
 *
 * hostpolicy/testing has a file of its own (usesTesting.ts): fast-check's declarations, which its
 * declarations import, do not resolve under node10.
 *
 * Never run: the calls need only type-check. Not part of the root tsconfig (it imports
 * 'hostpolicy' by name).
 */
import type * as root from 'hostpolicy';
import * as quoteEntry from 'hostpolicy/quote';
import type * as errorsEntry from 'hostpolicy/errors';
import type * as moneyEntry from 'hostpolicy/money';
import type * as pricingEntry from 'hostpolicy/pricing';
import type * as policyEntry from 'hostpolicy/policy';
import type * as calendarEntry from 'hostpolicy/calendar';
import type * as supportEntry from 'hostpolicy/support';
import type * as subscriptionsEntry from 'hostpolicy/subscriptions';
import type * as partnersEntry from 'hostpolicy/partners';
import type * as billingEntry from 'hostpolicy/billing';
import type * as qrbillEntry from 'hostpolicy/qrbill';
import type * as camtEntry from 'hostpolicy/camt';
import type * as accountsEntry from 'hostpolicy/accounts';
import type * as portsEntry from 'hostpolicy/ports';
import type * as memoryEntry from 'hostpolicy/adapters/memory';
import type * as servicesEntry from 'hostpolicy/services';
import type * as schemasEntry from 'hostpolicy/schemas';
import {
  ALLOWED,
  HostPolicyError,
  InvalidInputError,
  decide,
  isHostPolicyError,
  type Decision,
  type HostPolicyErrorCode,
  type ReasonCode,
  type RuleId,
} from 'hostpolicy/errors';
import {
  Money,
  Rate,
  currencies,
  formatMoney,
  formatRate,
  fromMinorUnits,
  isCurrency,
  isMoney,
  isRate,
  minorUnits,
  money,
  parseMoney,
  rate,
  toMinorUnits,
  type AmountInput,
  type Factor,
  // biome-ignore lint/correctness/noUnusedImports: imported to prove the entry exports the type
  type MoneyInput,
} from 'hostpolicy/money';
import { defineCatalog, describeQuote, formatQuote, isQuote, quote, quoteLabels, type Quote } from 'hostpolicy/pricing';
import { definePolicy, defaultPolicy, type Policy } from 'hostpolicy/policy';
import {
  Schedule,
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  closuresFromIcs,
  isClosingInstant,
  isOpen,
  isSchedule,
  nextOpening,
  weeklySchedule,
} from 'hostpolicy/calendar';
import {
  SlaPolicy,
  advanceSlaClock,
  advanceSlaClocks,
  canPlaceEmergencyCall,
  canTakeSupportTier,
  canUseTemporaryAccess,
  canUseVipCode,
  defineSlaPolicy,
  grantTemporaryAccess,
  isAccountManagerAvailable,
  isInSupportScope,
  responseDeadline,
  revokeTemporaryAccess,
  slaClock,
  slaStatus,
  supportTierFeatures,
} from 'hostpolicy/support';
import {
  canChangePlan,
  changeOffer,
  changePlan,
  changeTier,
  commitmentTerm,
  compareBillingPeriods,
  planChangeKind,
  planLadder,
  refundFor,
  requestCancellation,
  subscribe,
} from 'hostpolicy/subscriptions';
import {
  acceptInvitation,
  addPartner,
  addProductAccess,
  authorize,
  canGrantAccess,
  canOpenRfp,
  canonicalProductId,
  changePaymentMode,
  checkPartnerEligibility,
  checkRfpProposal,
  confirmPartnership,
  deleteRfp,
  designateUser,
  emptyClientAccess,
  emptyPartnerTeam,
  endPartnership,
  grantAccess,
  incentiveFor,
  inviteClient,
  isDesignatedUser,
  openRfp,
  receiveInvitation,
  removeProductAccess,
  revokeAccess,
  rfpExcerpt,
  submitRfp,
  undesignateUser,
  type IncentiveOrder,
  type InviteClientRequest,
  type PartnerApplicant,
  type RfpSubmission,
} from 'hostpolicy/partners';
import {
  type PrepaidLedger,
  addPaymentMeans,
  bookIncentive,
  canChooseRenewalWarranty,
  canPayFromPrepaid,
  canPayWithProfile,
  canRelaunchTransfer,
  creditCancelledOrder,
  creditorReference,
  dueReminder,
  emptyPrepaidLedger,
  explainReminder,
  formatCreditorReference,
  formatQrReference,
  isPrepaidLedger,
  isValidCreditorReference,
  isValidQrReference,
  payInvoiceFromPrepaid,
  payTransferFee,
  payWithProfile,
  paymentProfile,
  prepaidLedger,
  qrReference,
  reconcile,
  referenceKind,
  relaunchTransfer,
  removePaymentMeans,
  renewalBillingAddress,
  renewalWarrantyApplies,
  requestPayout,
  setDefaultPaymentMeans,
  setRenewalWarranty,
  transferFeeDue,
  type InvoiceInput,
  type PaymentInput,
} from 'hostpolicy/billing';
import { billForInvoice, isOurBill, parseQrBill, qrBillPayload } from 'hostpolicy/qrbill';
import { parseCamt, readCamt, type CamtBatch, type CamtDocument } from 'hostpolicy/camt';
import {
  billingIdentity,
  canChangeOrganization,
  canDeleteUserAccount,
  canDetachKsuiteProduct,
  canDisableTwoFactor,
  canLeaveOrganization,
  canRegisterVatNumber,
  canRemoveAuthenticatorApp,
  canTransferKsuite,
  canUnlockAccount,
  canUpgradeKsuite,
  changeLoginSettings,
  isValidEuVatNumber,
  ksuite,
  ksuiteOfferLadder,
  leaveOrganization,
  loginSecurity,
  membershipsOf,
  organization,
  recordLoginAttempt,
  registerVatNumber,
  removeAuthenticatorApp,
  roleIn,
  setMemberRole,
  signUp,
  switchOrganization,
  unlockAccount,
  upgradeKsuite,
} from 'hostpolicy/accounts';
import { closuresFromHolidays } from 'hostpolicy/holidays';
import { fixedClock, isVersionConflict, referenceKey, versionConflict } from 'hostpolicy/ports';
import { memoryInvoiceRepository, memoryPorts, memoryRepository } from 'hostpolicy/adapters/memory';
import { migrate, postgresPorts, type SqlPool } from 'hostpolicy/adapters/postgres';
import {
  cancelSupport,
  changeClientPaymentMode,
  confirmStoredPartnership,
  deleteStoredRfp,
  endStoredPartnership,
  grantPartnerAccess,
  importBankStatement,
  proposePartnership,
  retryOnConflict,
  submitStoredRfp,
  subscribeSupport,
  upgradeSupport,
} from 'hostpolicy/services';
import { jsonSchemaFor, jsonSchemas } from 'hostpolicy/schemas';

// ---------------------------------------------------------------------------------------------
// Type-level helpers: `Equal` tells `any` apart from every other type.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
/** The keys of `Whole` whose type differs from (or is missing in) `Part`. */
type Mismatched<Part, Whole> = {
  [K in keyof Part]: K extends keyof Whole ? (Equal<Part[K], Whole[K]> extends true ? never : K) : K;
}[keyof Part];
function assertType<T extends true>(_: T): void {}
/** Fails to compile, naming the keys, unless `Keys` is `never`. */
// biome-ignore lint/correctness/noUnusedVariables: the type parameter is the check (its constraint)
function noKeys<Keys extends never>(): void {}

// The root holds every value of every context entry, with the same types; the quote entry holds
// money and pricing values with the same types (the browser gets the ordinary ESM build).
type Contexts = typeof errorsEntry &
  typeof moneyEntry &
  typeof pricingEntry &
  typeof policyEntry &
  typeof calendarEntry &
  typeof supportEntry &
  typeof subscriptionsEntry &
  typeof partnersEntry &
  typeof billingEntry &
  typeof qrbillEntry &
  typeof camtEntry &
  typeof accountsEntry &
  typeof portsEntry &
  typeof memoryEntry &
  typeof servicesEntry &
  typeof schemasEntry;
noKeys<Mismatched<Contexts, typeof root>>();
noKeys<Mismatched<typeof quoteEntry, typeof root>>();
// @ts-expect-error — a name that the root lacks is reported (the check can fail)
noKeys<Mismatched<Contexts & { notExported: 1 }, typeof root>>();

// ---------------------------------------------------------------------------------------------
// The decimal.js types (issue 20, item 1): real types, never `any`, under every resolver.
const price = money('347.20', 'CHF');
assertType<Equal<IsAny<typeof price.amount>, false>>(true);
assertType<Equal<IsAny<ReturnType<typeof rate>['fraction']>, false>>(true);
assertType<Equal<IsAny<AmountInput>, false>>(true);
assertType<Equal<IsAny<Factor>, false>>(true);
assertType<Equal<IsAny<Parameters<Money['round']>[1]>, false>>(true);
const amountDigits: string = price.amount.toFixed(2);
// @ts-expect-error — Money.amount is a decimal.js Decimal, not a string
const amountText: string = price.amount;
price.round('half-up', '0.05');
// @ts-expect-error — the step of round is an amount
price.round('half-up', { step: 0.05 });
price.times(rate('20%'));
// @ts-expect-error — a factor is a number, a decimal string, a Decimal or a Rate
price.times({ factor: 2 });
const someAmount: AmountInput = '12.50';
// @ts-expect-error — an object is not an amount
const notAnAmount: AmountInput = { not: 'an amount' };

// ---------------------------------------------------------------------------------------------
// hostpolicy/errors
const decision: Decision = decide([{ code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-01', message: 'Too small' }]);
// @ts-expect-error — a reason needs a message
decide([{ code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-01' }]);
// Codes and rule ids are unions of literals (issue 20, item 4): autocompletion, exhaustive switches.
const errorCode: HostPolicyErrorCode = 'CURRENCY_MISMATCH';
// @ts-expect-error — not an error code of the library
const noErrorCode: HostPolicyErrorCode = 'NOT_A_CODE';
const reasonCode: ReasonCode = 'VOLUME_BELOW_MINIMUM';
// @ts-expect-error — not a reason code of the library
const noReasonCode: ReasonCode = 'NOT_A_CODE';
const ruleId: RuleId = 'PRC-04';
// @ts-expect-error — not a rule of the catalogue
const noRuleId: RuleId = 'XYZ-99';
const checkedError: boolean = isHostPolicyError(new Error('x'));
// @ts-expect-error — the answer is a boolean
const errorText: string = isHostPolicyError(new Error('x'));
const failure = new HostPolicyError('INVALID_INPUT', 'Bad input', { rule: 'PRC-04' });
// @ts-expect-error — a code is a string
new HostPolicyError(42, 'Bad input');
const invalid = new InvalidInputError('quote request', [{ path: ['lines', 0], message: 'missing', code: 'custom' }]);
// @ts-expect-error — issues are objects with a path, a message and a code
new InvalidInputError('quote request', ['missing']);
const allowedAnswer: Decision = ALLOWED;

// ---------------------------------------------------------------------------------------------
// hostpolicy/money
const m: Money = money('12.50', 'CHF');
// @ts-expect-error — an object is not an amount
money({ not: 'an amount' }, 'CHF');
new Money(price.amount, 'CHF');
// @ts-expect-error — Money's constructor takes a Decimal: use money() for strings
new Money('12.50', 'CHF');
const isM: boolean = isMoney(m);
// @ts-expect-error — the answer is a boolean
const isMText: string = isMoney(m);
const cents: number | bigint = toMinorUnits(m);
const bigCents: bigint = toMinorUnits(money('100000000000000', 'CHF'), { bigint: true });
// @ts-expect-error — without { bigint: true } the answer is a number
const notBigCents: bigint = toMinorUnits(m);
fromMinorUnits(1234, 'CHF');
fromMinorUnits(10n ** 20n, 'EUR');
// @ts-expect-error — minor units are an integer (a number, a bigint or digits), not money
fromMinorUnits(m, 'CHF');
const twenty: Rate = rate('20%');
const isR: boolean = isRate(twenty);
// @ts-expect-error — the answer is a boolean
const isRText: string = isRate(twenty);
// @ts-expect-error — a rate is a string, a number or a Rate
rate({ percent: 20 });
new Rate(price.amount);
// @ts-expect-error — a Money is not a Rate
const wrongRate: Rate = money('1', 'CHF');
parseMoney({ amount: '208.32', currency: 'CHF' });
// @ts-expect-error — the JSON form has an amount and a currency
parseMoney({ value: '208.32', currency: 'CHF' });
formatMoney(m, 'de-CH');
// @ts-expect-error — a locale is a string
formatMoney(m, 7);
formatRate(twenty, 'fr-CH');
// @ts-expect-error — a rate is a string, a number or a Rate
formatRate(m, 'fr-CH');
const codes: string[] = currencies();
// @ts-expect-error — currencies() takes nothing and answers codes
const codeCount: number = currencies();
isCurrency('CHF');
// @ts-expect-error — a currency code is a string
isCurrency(756);
const places: number | undefined = minorUnits('CHF');
// @ts-expect-error — a currency may have no minor unit (undefined)
const placesOnly: number = minorUnits('CHF');

// ---------------------------------------------------------------------------------------------
// hostpolicy/pricing
const q: Quote = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
// @ts-expect-error — lines is a list of { product, quantity }
quote({ currency: 'CHF', lines: 'web-hosting' });
const catalog = defineCatalog({ products: { 'mail-hosting': { name: 'Mail hosting', prices: { CHF: { monthly: '3.00' } } } } });
// @ts-expect-error — a catalog has products
defineCatalog({ items: [] });
describeQuote(q, 'de-CH');
// @ts-expect-error — describeQuote takes a Quote
describeQuote({ total: m }, 'de-CH');
const text: string = formatQuote(q, 'fr-CH');
// @ts-expect-error — formatQuote takes a Quote
formatQuote(m, 'fr-CH');
quoteLabels('fr-CH')['partner-discount'];
const isQ: boolean = isQuote(q);
// @ts-expect-error — the answer is a boolean
const isQText: string = isQuote(q);
// @ts-expect-error — a locale is a string
quoteLabels(undefined);

// ---------------------------------------------------------------------------------------------
// hostpolicy/policy
const policy: Policy = definePolicy({ pricing: { vat: { rates: { CH: '8.1%', DE: '19%' } } } });
// @ts-expect-error — overrides follow the policy's shape
definePolicy({ pricing: { vat: 0.081 } });
const cap = defaultPolicy.pricing.partnerDiscountCap;

// ---------------------------------------------------------------------------------------------
// hostpolicy/calendar
const phone: Schedule = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: {
    mon: [['06:00', '19:00']],
    tue: [['06:00', '19:00']],
    wed: [['06:00', '19:00']],
    thu: [['06:00', '19:00']],
    fri: [['06:00', '19:00']],
  },
  closures: ['2026-12-25'],
});
// @ts-expect-error — hours are [from, to] pairs per weekday
weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: '06:00-19:00' } });
const always: Schedule = alwaysOpen('Europe/Zurich');
const isS: boolean = isSchedule(always);
// @ts-expect-error — the answer is a boolean
const isSText: string = isSchedule(always);
// @ts-expect-error — a time zone is a string
alwaysOpen(1);
// @ts-expect-error — schedules come from weeklySchedule or alwaysOpen
new Schedule();
const due: Date = addBusinessTime('2026-10-24T20:00:00Z', { hours: 4 }, phone);
// @ts-expect-error — a duration is { hours?, minutes? }
addBusinessTime('2026-10-24T20:00:00Z', 4, phone);
const spent: number = businessTimeBetween('2026-03-27T16:00:00Z', '2026-03-30T06:00:00Z', phone);
// @ts-expect-error — the third argument is a Schedule
businessTimeBetween('2026-03-27T16:00:00Z', '2026-03-30T06:00:00Z', 'Europe/Zurich');
closuresFromIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR', { zone: 'Europe/Zurich' });
// @ts-expect-error — the options name the zone
closuresFromIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR');
const closing: boolean = isClosingInstant('2026-03-27T18:00:00Z', phone);
// @ts-expect-error — an instant is a string or a Date
isClosingInstant(1774634400000, phone);
const open: boolean = isOpen('2026-03-27T17:59:59Z', phone);
// @ts-expect-error — the second argument is a Schedule
isOpen('2026-03-27T17:59:59Z', { timeZone: 'Europe/Zurich' });
const opening: Date = nextOpening(new Date('2026-03-27T18:30:00Z'), phone);
// @ts-expect-error — the answer is a Date
const openingText: string = nextOpening('2026-03-27T18:30:00Z', phone);

// ---------------------------------------------------------------------------------------------
// hostpolicy/support
const deadline: Date | null = responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' });
// @ts-expect-error — 'gold' is not a support tier
responseDeadline({ tier: 'gold', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' });
slaStatus({ tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', now: '2026-03-30T07:30:00+02:00' });
// @ts-expect-error — a status needs the current instant (now)
slaStatus({ tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00' });
canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'fr-CH' });
// @ts-expect-error — 'outage' is not an incident kind
canPlaceEmergencyCall({ tier: 'pro', incident: 'outage', language: 'fr-CH' });
canTakeSupportTier({ tier: 'plus', subscriber: 'partner' });
// @ts-expect-error — the subscriber kind is required
canTakeSupportTier({ tier: 'plus' });
canUseVipCode('plus');
// @ts-expect-error — 'vip' is not a support tier
canUseVipCode('vip');
const accessWindow = { grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' };
const grant = grantTemporaryAccess({ services: ['mail'], ...accessWindow });
// @ts-expect-error — services is a list
grantTemporaryAccess({ services: 'mail', ...accessWindow });
canUseTemporaryAccess(grant, { actor: { kind: 'support-staff' }, at: '2026-05-05T09:00:00Z', service: 'mail' });
// @ts-expect-error — the use names an actor
canUseTemporaryAccess(grant, { at: '2026-05-05T09:00:00Z' });
revokeTemporaryAccess(grant, '2026-05-05T12:00:00Z');
// @ts-expect-error — an instant is a string or a Date
revokeTemporaryAccess(grant, true);
const managerThere: boolean = isAccountManagerAvailable('pro', '2026-03-30T10:00:00+02:00');
// @ts-expect-error — the tier comes first
isAccountManagerAvailable('2026-03-30T10:00:00+02:00');
isInSupportScope({ activity: 'diagnosis' });
// @ts-expect-error — the request is an object
isInSupportScope('diagnosis');
supportTierFeatures('enterprise').firstResponseHours;
// @ts-expect-error — the features have no price
supportTierFeatures('enterprise').price;
const sla: SlaPolicy = defineSlaPolicy({ atRisk: '20%' });
// @ts-expect-error — SLA overrides are an object
defineSlaPolicy('20%');
// @ts-expect-error — SLA policies come from defineSlaPolicy
new SlaPolicy();
const clock = slaClock(
  { events: [{ type: 'received', at: '2026-03-27T17:00:00+01:00', channel: 'phone', tier: 'plus' }], at: '2026-03-30T10:00:00+02:00' },
  sla,
);
// @ts-expect-error — 'opened' is not an SLA event type
slaClock([{ type: 'opened', at: '2026-03-27T17:00:00+01:00' }]);
const later = advanceSlaClock(clock, [{ type: 'staff-replied', at: '2026-03-30T10:30:00+02:00' }]);
// @ts-expect-error — events are objects
advanceSlaClock(clock, ['staff-replied']);
advanceSlaClocks([clock, later], [{ type: 'waiting-on-customer', at: '2026-03-30T11:00:00+02:00' }]);
// @ts-expect-error — the first argument is a list of clocks
advanceSlaClocks(clock, []);

// ---------------------------------------------------------------------------------------------
// hostpolicy/subscriptions
const sub = subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00+01:00', billing: 'annual' });
// @ts-expect-error — 'weekly' is not a billing period
subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00+01:00', billing: 'weekly' });
const term: { start: Date; end: Date } = commitmentTerm({ startedAt: '2026-08-31T10:00:00+02:00' });
// @ts-expect-error — the term needs its start
commitmentTerm({ months: 6 });
changeTier(sub, 'pro');
// @ts-expect-error — 'gold' is not a support tier
changeTier(sub, 'gold');
requestCancellation(sub, '2026-02-01T00:00:00Z').refund.toString();
// @ts-expect-error — the request instant is required
requestCancellation(sub);
refundFor(sub, 'close-account');
// @ts-expect-error — 'refund-me' is not a refund event
refundFor(sub, 'refund-me');
compareBillingPeriods({ tier: 'plus', prices: { monthly: '50', annual: '540' } });
// @ts-expect-error — prices are per billing period
compareBillingPeriods({ tier: 'plus', prices: '50' });
const tiers = planLadder(['standard', 'plus', 'pro', 'enterprise']);
// @ts-expect-error — a ladder has at least one plan
planLadder([]);
canChangePlan(tiers, 'plus', 'enterprise');
// @ts-expect-error — 'gold' is not on this ladder
canChangePlan(tiers, 'plus', 'gold');
const upgraded: 'standard' | 'plus' | 'pro' | 'enterprise' = changePlan(tiers, 'plus', 'pro');
// @ts-expect-error — 'gold' is not on this ladder
changePlan(tiers, 'gold', 'pro');
changeOffer(planLadder(['standard', 'business'], { rule: 'ACC-04' }), 'standard', 'business');
// @ts-expect-error — 'premium' is not on this ladder
changeOffer(planLadder(['standard', 'business']), 'standard', 'premium');
const kind: 'upgrade' | 'same' | 'downgrade' = planChangeKind(tiers, 'pro', 'plus');
// @ts-expect-error — the answer is 'upgrade' | 'same' | 'downgrade'
const kindIsBoolean: boolean = planChangeKind(tiers, 'pro', 'plus');

// ---------------------------------------------------------------------------------------------
// hostpolicy/partners
const applicant: PartnerApplicant = {
  yearlyVolume: { amount: '1500', currency: 'CHF' },
  register: 'none',
  supportsClients: true,
  invoicesClients: true,
  usesOnlyProviderProductsForRfp: true,
  acceptsResellerTerms: true,
};
checkPartnerEligibility(applicant);
// @ts-expect-error — 'handelsregister' is not a register kind
checkPartnerEligibility({ ...applicant, register: 'handelsregister' });
const none = emptyClientAccess('acme');
// @ts-expect-error — a client id is a string
emptyClientAccess({ client: 'acme' });
const access = grantAccess(none, { partner: 'p1', access: 'limited', products: ['site'] });
// @ts-expect-error — full access names who pays
grantAccess(none, { partner: 'p1', access: 'full' });
canGrantAccess(access, { partner: 'p2', access: 'limited', products: ['site'] });
// @ts-expect-error — limited access lists its products
canGrantAccess(access, { partner: 'p2', access: 'limited' });
revokeAccess(access, 'p1');
// @ts-expect-error — the partner is named by its id
revokeAccess(access, { partner: 'p1' });
addProductAccess(access, { partner: 'p1', products: ['blog'] });
// @ts-expect-error — products is a list
addProductAccess(access, { partner: 'p1', products: 'blog' });
removeProductAccess(access, { partner: 'p1', products: ['site'] });
// @ts-expect-error — the change names the partner
removeProductAccess(access, { products: ['site'] });
authorize(access, { actor: { kind: 'partner', partner: 'p1' }, action: 'manage-product', product: 'site' });
// @ts-expect-error — 'hack' is not a partner action
authorize(access, { actor: { kind: 'partner', partner: 'p1' }, action: 'hack', product: 'site' });
const team = designateUser(emptyPartnerTeam('p1'), 'anna');
// @ts-expect-error — a user id is a string
designateUser(emptyPartnerTeam('p1'), ['anna']);
// @ts-expect-error — a partner id is a string
emptyPartnerTeam();
undesignateUser(team, 'anna');
// @ts-expect-error — the first argument is a team
undesignateUser('p1', 'anna');
const designated: boolean = isDesignatedUser(team, 'anna');
// @ts-expect-error — the answer is a boolean
const designatedText: string = isDesignatedUser(team, 'anna');
const paid = changePaymentMode(access, 'partner', '2026-11-23T10:00:00Z');
// @ts-expect-error — 'nobody' is not a payment mode
changePaymentMode(access, 'nobody', '2026-11-23T10:00:00Z');
endPartnership(access, { partner: 'p1', at: '2026-12-01T12:00:00Z' });
// @ts-expect-error — ending names the partner
endPartnership(access, { at: '2026-12-01T12:00:00Z' });
const proposal = addPartner(none, { partner: 'agency', rights: { access: 'full', paymentMode: 'client' }, at: '2026-11-23T09:00:00Z' });
// @ts-expect-error — rights say which access
addPartner(none, { partner: 'agency', rights: 'full', at: '2026-11-23T09:00:00Z' });
confirmPartnership(proposal.state, proposal.request).grant;
// @ts-expect-error — the request comes from addPartner
confirmPartnership(proposal.state, { partner: 'agency' });
const invitationRequest: InviteClientRequest = {
  partner: 'p1',
  role: 'legal-representative',
  client: 'acme',
  requested: { access: 'full', paymentMode: 'partner' },
  at: '2026-11-23T09:00:00Z',
};
const invitation = inviteClient(invitationRequest);
// @ts-expect-error — 'boss' is not a partner role
inviteClient({ ...invitationRequest, role: 'boss' });
const received = receiveInvitation(none, invitation);
// @ts-expect-error — the invitation comes from inviteClient
receiveInvitation(none, 'p1');
acceptInvitation(received, invitation, { access: 'limited', products: ['site'] });
// @ts-expect-error — limited rights list their products
acceptInvitation(received, invitation, { access: 'limited' });
const order: IncentiveOrder = {
  access: 'full',
  paymentMode: 'partner',
  actor: 'partner',
  managedByPartner: true,
  publicPrice: { amount: '347.20', currency: 'CHF' },
  partnerPrice: { amount: '277.76', currency: 'CHF' },
};
const incentive = incentiveFor(order);
// @ts-expect-error — prices are money, not bare numbers
incentiveFor({ ...order, publicPrice: 10 });
const canonical: string = canonicalProductId(' SHOP.example.CH ');
// @ts-expect-error — a product id is a string
canonicalProductId(42);
const rfpSubmission: RfpSubmission = {
  id: 'rfp-1',
  title: 'WordPress shop',
  description: 'We need a shop.',
  topics: ['wordpress'],
  contact: { name: 'Ana', email: 'ana@example.ch' },
  deleteToken: 'a-long-random-secret',
  at: '2026-11-23T09:00:00Z',
};
const submitted = submitRfp(rfpSubmission, [{ partner: 'p1', topics: ['wordpress'] }]);
// @ts-expect-error — the directory is a list of recipients
submitRfp(rfpSubmission, 'p1');
rfpExcerpt(submitted.rfp);
// @ts-expect-error — an excerpt is made of a request for proposal
rfpExcerpt('rfp-1');
canOpenRfp(submitted.rfp, { partner: 'p1', at: '2027-01-30T00:00:00Z' });
// @ts-expect-error — opening names the partner
canOpenRfp(submitted.rfp, { at: '2027-01-30T00:00:00Z' });
openRfp(submitted.rfp, { partner: 'p1', at: '2026-11-24T08:00:00Z' }).contact.email;
// @ts-expect-error — the full view has no password
openRfp(submitted.rfp, { partner: 'p1', at: '2026-11-24T08:00:00Z' }).password;
deleteRfp(submitted.rfp, { at: '2026-11-24T10:00:00Z', token: 'a-long-random-secret' });
// @ts-expect-error — deleting takes the token
deleteRfp(submitted.rfp, { at: '2026-11-24T10:00:00Z' });
checkRfpProposal({ partner: 'p1', rfp: 'rfp-1', products: [{ name: 'Other Cloud VM', provider: 'third-party' }] });
// @ts-expect-error — products is a list
checkRfpProposal({ partner: 'p1', rfp: 'rfp-1', products: 'Other Cloud VM' });

// ---------------------------------------------------------------------------------------------
// hostpolicy/billing
const invoice: InvoiceInput = {
  id: 'I1',
  customer: 'c1',
  reference: 'RF18539007547034',
  amount: { amount: '80.00', currency: 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00Z',
};
const payment: PaymentInput = {
  id: 'P1',
  reference: 'RF18539007547034',
  amount: { amount: '80.00', currency: 'CHF' },
  bookedAt: '2026-04-10T09:00:00Z',
};
const qrr: string = qrReference('21000000000313947143000901');
// biome-ignore-start lint/correctness/noPrecisionLoss: the reference as a number, the mistake a type error must catch
// @ts-expect-error — the body is a string of digits
qrReference(21000000000313947143000901);
// biome-ignore-end lint/correctness/noPrecisionLoss: end of the deliberate number literal
isValidQrReference('21 00000 00003 13947 14300 09017');
// @ts-expect-error — a reference is a string
isValidQrReference(null);
formatQrReference('210000000003139471430009017');
// @ts-expect-error — a reference is a string
formatQrReference(['21', '00000']);
creditorReference('539007547034');
// @ts-expect-error — the body is a string
creditorReference(539007547034);
isValidCreditorReference('RF18 5390 0754 7034');
// @ts-expect-error — a reference is a string
isValidCreditorReference({ ref: 'RF18 5390 0754 7034' });
formatCreditorReference('rf18539007547034');
// @ts-expect-error — a reference is a string
formatCreditorReference(18);
const refKind = referenceKind('RF18 5390 0754 7034');
// @ts-expect-error — the kind is 'qr', 'creditor' or undefined
const refKindOnly: 'qr' | 'creditor' = referenceKind('RF18 5390 0754 7034');
const r = reconcile({ invoices: [invoice], payments: [payment] });
// @ts-expect-error — payments is a list
reconcile({ invoices: [invoice], payments: payment });
explainReminder({ reminder: { customer: 'c1', sentAt: '2026-04-10T06:00:00Z', invoice: 'I1' }, invoices: [invoice], payments: [payment] });
// @ts-expect-error — the reminder names its customer
explainReminder({ reminder: { sentAt: '2026-04-10T06:00:00Z' }, invoices: [], payments: [] });
dueReminder(invoice, [], '2026-04-15T08:00:00Z')?.step;
// @ts-expect-error — payments is a list
dueReminder(invoice, payment, '2026-04-15T08:00:00Z');
const ledger: PrepaidLedger = emptyPrepaidLedger();
const isL: boolean = isPrepaidLedger(ledger);
// @ts-expect-error — the answer is a boolean
const isLText: string = isPrepaidLedger(ledger);
// @ts-expect-error — the empty ledger takes nothing
emptyPrepaidLedger({ balances: {} });
// @ts-expect-error — a ledger is made by prepaidLedger or emptyPrepaidLedger, not from plain data
const plainLedger: PrepaidLedger = { balances: {} };
prepaidLedger({ balances: { c1: { CHF: '50.00' } } });
// @ts-expect-error — balances are keyed by customer, then currency
prepaidLedger({ balances: [50] });
canPayFromPrepaid(ledger, invoice);
// @ts-expect-error — the invoice is an object
canPayFromPrepaid(ledger, 'I1');
payInvoiceFromPrepaid({ balances: { c1: { CHF: '100.00' } } }, invoice).invoice.settled;
// @ts-expect-error — the invoice is an object
payInvoiceFromPrepaid(ledger, 'I1');
creditCancelledOrder(ledger, { customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, payment: 'P-7' });
// @ts-expect-error — the amount is money
creditCancelledOrder(ledger, { customer: 'c1', amount: 59 });
const chf59 = { amount: '59.00', currency: 'CHF' };
requestPayout({ balances: { c1: { CHF: '59.00' } } }, { customer: 'c1', amount: chf59, method: 'paypal', id: 'PO-1' });
// @ts-expect-error — 'cash' is not a payout method
requestPayout(ledger, { customer: 'c1', amount: chf59, method: 'cash' });
const booking = { partner: 'agency', order: 'O-1', at: '2026-11-23T09:00:00Z' };
bookIncentive(ledger, { kind: 'cashback', amount: chf59 }, booking);
// @ts-expect-error — 'bonus' is not an incentive kind
bookIncentive(ledger, { kind: 'bonus', amount: chf59 }, booking);
const profile = paymentProfile({ organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }], defaultMeans: 'pp' });
// @ts-expect-error — means is a list
paymentProfile({ organization: 'acme', means: 'pp' });
addPaymentMeans({ organization: 'acme' }, { id: 'visa', kind: 'card', label: 'Visa •••• 4242' });
// @ts-expect-error — means have an id and a kind
addPaymentMeans({ organization: 'acme' }, 'visa');
removePaymentMeans(profile, { id: 'pp', newDefault: null });
// @ts-expect-error — the removal names the means by id
removePaymentMeans(profile, 'pp');
setDefaultPaymentMeans(profile, 'pp');
// @ts-expect-error — the means is named by its id
setDefaultPaymentMeans(profile, { id: 'pp' });
canPayWithProfile(profile, ledger, invoice);
// @ts-expect-error — the choice names a means
canPayWithProfile(profile, ledger, invoice, 'pp');
payWithProfile(profile, { balances: { c1: { CHF: '100.00' } } }, invoice).via;
// @ts-expect-error — the invoice is an object
payWithProfile(profile, ledger, 'I1');
canChooseRenewalWarranty({ product: 'nas-synology', moment: 'after-purchase' });
// @ts-expect-error — 'never' is not a moment
canChooseRenewalWarranty({ product: 'nas-synology', moment: 'never' });
setRenewalWarranty([{ id: 'p1', product: 'web-hosting', renewalWarranty: false }], { enabled: true, moment: 'after-purchase' });
// @ts-expect-error — enabled is a boolean
setRenewalWarranty([], { enabled: 'yes', moment: 'after-purchase' });
const expiry = '2026-05-01T00:00:00Z';
const warranted: boolean = renewalWarrantyApplies({ renewalWarranty: true, expiresAt: expiry, renewed: false }, expiry);
// @ts-expect-error — the product says whether it was renewed
renewalWarrantyApplies({ renewalWarranty: true, expiresAt: expiry }, expiry);
const address: { id: string; city: string } = renewalBillingAddress({ billingAddresses: [{ id: 'hq', city: 'Geneva' }] }, 'hq');
// @ts-expect-error — the organization lists its billing addresses
renewalBillingAddress({ addresses: [] }, 'hq');
const transfer = { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' as const }] };
canRelaunchTransfer(transfer);
// @ts-expect-error — 'lost' is not a transfer outcome
canRelaunchTransfer({ ...transfer, attempts: [{ id: 'A-1', outcome: 'lost' }] });
relaunchTransfer(transfer, { attempt: 'A-2' }).due.toString();
// @ts-expect-error — the relaunch names its attempt
relaunchTransfer(transfer, 'A-2');
payTransferFee(transfer, { id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } });
// @ts-expect-error — the payment's amount is money
payTransferFee(transfer, { id: 'P-1', amount: 15 });
transferFeeDue(transfer).due.toString();
// @ts-expect-error — the answer has no refund field
transferFeeDue(transfer).refund;

// ---------------------------------------------------------------------------------------------
// hostpolicy/qrbill
const creditor = {
  name: 'Robert Schneider AG',
  street: 'Rue du Lac',
  buildingNumber: '1268',
  postalCode: '2501',
  town: 'Biel',
  country: 'CH',
};
const payload: string = qrBillPayload({
  account: 'CH44 3199 9123 0008 8901 2',
  creditor,
  amount: { amount: '1949.75', currency: 'CHF' },
  reference: qrr,
});
// @ts-expect-error — the creditor is an address
qrBillPayload({ account: 'CH44 3199 9123 0008 8901 2', creditor: 'Robert Schneider AG' });
const parsed = parseQrBill(payload);
// @ts-expect-error — the payload is the QR code's text
parseQrBill(payload.split('\n'));
if (parsed.ok) parsed.bill.amount;
// @ts-expect-error — a parse result has errors or a bill, never both unchecked
parsed.bill.amount;
billForInvoice(invoice, { account: 'CH44 3199 9123 0008 8901 2', ...creditor }, { message: 'Invoice I1' });
// @ts-expect-error — the creditor has an account
billForInvoice(invoice, creditor);
isOurBill(payload, { accounts: ['CH44 3199 9123 0008 8901 2'], invoices: [invoice] });
// @ts-expect-error — accounts is a list
isOurBill(payload, { accounts: 'CH44 3199 9123 0008 8901 2', invoices: [] });

// ---------------------------------------------------------------------------------------------
// hostpolicy/camt
const camtXml = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"></Document>';
const camtDoc: CamtDocument = parseCamt(camtXml);
const camtPayments: readonly PaymentInput[] = camtDoc.payments;
camtDoc.totals['CHF']?.entries.amount;
// @ts-expect-error — a document is text or bytes, not a list of lines
parseCamt(camtXml.split('\n'));
async function readCamtBatches(): Promise<void> {
  for await (const batch of readCamt(new Blob([camtXml]).stream(), { batchSize: 500 })) {
    const b: CamtBatch = batch;
    b.summary?.messageId;
  }
  // @ts-expect-error — batchSize is a number
  readCamt(camtXml, { batchSize: '500' });
}
readCamtBatches;
camtPayments;

// ---------------------------------------------------------------------------------------------
// hostpolicy/accounts
const org = organization({ id: 'org-1', name: 'Acme', owners: ['anna'], members: ['ben'] });
// @ts-expect-error — owners is a list
organization({ id: 'org-1', name: 'Acme', owners: 'anna' });
roleIn(org, 'ben');
// @ts-expect-error — the first argument is an organization
roleIn('org-1', 'ben');
billingIdentity(org).lines;
// @ts-expect-error — the identity has no IBAN
billingIdentity(org).iban;
canChangeOrganization({ user: { id: 'ben' }, organization: { owners: ['anna'] } });
// @ts-expect-error — the user is an object with an id
canChangeOrganization({ user: 'ben', organization: { owners: ['anna'] } });
canDeleteUserAccount({ user: 'anna', organizations: [org] });
// @ts-expect-error — organizations is a list
canDeleteUserAccount({ user: 'anna', organizations: org });
const suite = ksuite({ organization: 'org-1', offer: 'standard', products: ['kdrive', 'mail'] });
// @ts-expect-error — products is a list
ksuite({ organization: 'org-1', offer: 'standard', products: 'kdrive' });
canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'cancel' });
// @ts-expect-error — 'sell' is not a detach action
canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'sell' });
canDisableTwoFactor({ via: 'self-service', signedInWithSecondFactor: true, passwordConfirmed: true });
// @ts-expect-error — 'phone-call' is not a way to disable 2FA
canDisableTwoFactor({ via: 'phone-call' });
const leaving = { owners: ['anna'], members: ['anna', 'ben'], ksuiteMembers: ['anna'], mailDomains: ['acme.ch'] };
canLeaveOrganization({ user: { id: 'anna', loginEmail: 'anna@acme.ch' }, organization: leaving });
// @ts-expect-error — the user's login e-mail is required
canLeaveOrganization({ user: { id: 'anna' }, organization: leaving });
canRegisterVatNumber(org, { actor: 'anna', vatNumber: 'DE123456789' });
// @ts-expect-error — the request names the actor
canRegisterVatNumber(org, { vatNumber: 'DE123456789' });
registerVatNumber(org, { actor: 'anna', vatNumber: 'de 123 456 789' }).vatNumber;
// @ts-expect-error — a VAT number is a string
registerVatNumber(org, { actor: 'anna', vatNumber: 123456789 });
canRemoveAuthenticatorApp({ user: 'anna', methods: ['sms'], passwordConfirmed: true });
// @ts-expect-error — 'email' is not a second factor method
canRemoveAuthenticatorApp({ user: 'anna', methods: ['email'], passwordConfirmed: true });
removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true }).twoFactorEnabled;
// @ts-expect-error — passwordConfirmed is required
removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'] });
canTransferKsuite(suite, 'other');
// @ts-expect-error — the target organization is named by its id
canTransferKsuite(suite, org);
canUpgradeKsuite(suite, 'business');
// @ts-expect-error — the first argument is a kSuite
canUpgradeKsuite('standard', 'business');
upgradeKsuite(suite, 'business').offer;
// @ts-expect-error — the target offer is a string
upgradeKsuite(suite, 2);
const security = loginSecurity('anna', { lockAfter: 3, notifyOnFailure: true });
// @ts-expect-error — lockAfter is a number
loginSecurity('anna', { lockAfter: 'three' });
changeLoginSettings(security, { notifyOnSuccess: true });
// @ts-expect-error — notifyOnSuccess is a boolean
changeLoginSettings(security, { notifyOnSuccess: 'yes' });
const attempt = recordLoginAttempt(security, 'failure');
// @ts-expect-error — 'maybe' is not a login outcome
recordLoginAttempt(security, 'maybe');
canUnlockAccount(attempt.state, { kind: 'secure-form', identityConfirmed: true });
// @ts-expect-error — the unlocker says whether the identity was confirmed
canUnlockAccount(attempt.state, { kind: 'secure-form' });
unlockAccount(attempt.state, { kind: 'secure-form', identityConfirmed: true }).locked;
// @ts-expect-error — 'hacker' is not an unlocker
unlockAccount(attempt.state, { kind: 'hacker' });
isValidEuVatNumber('DE 123 456 789');
// @ts-expect-error — a VAT number is a string
isValidEuVatNumber(123456789);
ksuiteOfferLadder().plans;
// @ts-expect-error — a ladder has no prices
ksuiteOfferLadder().prices;
leaveOrganization(org, { id: 'ben', loginEmail: 'ben@gmail.com' }).members;
// @ts-expect-error — the user is an object
leaveOrganization(org, 'ben');
const memberships = membershipsOf('anna', [org]);
// @ts-expect-error — organizations is a list
membershipsOf('anna', org);
setMemberRole(org, { actor: 'anna', user: 'ben', role: 'administrator' });
// @ts-expect-error — 'king' is not a role
setMemberRole(org, { actor: 'anna', user: 'ben', role: 'king' });
signUp({ via: 'own', user: { id: 'anna', name: 'Anna Muster' }, organizationId: 'org-1' }).organization.owners;
// @ts-expect-error — 'magic' is not a way to sign up
signUp({ via: 'magic', user: { id: 'anna' } });
switchOrganization('anna', [org], 'org-1').role;
// @ts-expect-error — organizations is a list
switchOrganization('anna', org, 'org-1');

// ---------------------------------------------------------------------------------------------
// hostpolicy/ports, adapters/memory, adapters/postgres, services, holidays, schemas
const fixed = fixedClock('2026-11-23T09:00:00Z');
// @ts-expect-error — an instant is a string or a Date
fixedClock(1_795_424_400_000);
const conflict = versionConflict('inv-1', 1, 2);
// @ts-expect-error — versions are numbers
versionConflict('inv-1', '1', '2');
const isConflict: boolean = isVersionConflict(conflict);
// @ts-expect-error — the answer is a boolean
const conflictText: string = isVersionConflict(conflict);
referenceKey('rf18 5390 0754 7034');
// @ts-expect-error — a reference is a string
referenceKey(18);
const ports = memoryPorts({ clock: fixed });
// @ts-expect-error — the clock is a Clock, not a date
memoryPorts({ clock: '2026-11-23T09:00:00Z' });
const invoices = memoryInvoiceRepository();
// @ts-expect-error — the options are an object
memoryInvoiceRepository('invoices');
const counters = memoryRepository<{ id: string; owner: string; n: number }>();
// @ts-expect-error — an entity has an id and an owner
memoryRepository<{ n: number }>();
declare const pool: SqlPool;

async function storage(): Promise<void> {
  await invoices.put({ id: 'I1', owner: 'c1', invoice }, 0);
  await counters.put({ id: 'a', owner: 'anna', n: 1 }, 0);
  const report = await migrate(pool);
  // @ts-expect-error — a pool has a query method
  await migrate({ connectionString: 'postgres://localhost/hp' });
  const stored = postgresPorts(pool, { clock: fixed });
  // @ts-expect-error — the options are an object
  postgresPorts(pool, fixed);
  const imported = await importBankStatement(ports, [payment]);
  // @ts-expect-error — payments is a list
  await importBankStatement(ports, payment);
  const subscribed = await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'pro' });
  // @ts-expect-error — 'gold' is not a support tier
  await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'gold' });
  await upgradeSupport(ports, { id: 'sub-1', tier: 'enterprise' });
  // @ts-expect-error — the request names the subscription
  await upgradeSupport(ports, { tier: 'enterprise' });
  await cancelSupport(ports, { id: 'sub-1' });
  // @ts-expect-error — the subscription is named by its id
  await cancelSupport(ports, 'sub-1');
  await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
  // @ts-expect-error — the grant is an object
  await grantPartnerAccess(ports, { client: 'acme', grant: 'p1' });
  await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
  // @ts-expect-error — 'anyone' is not a payment mode
  await changeClientPaymentMode(ports, { client: 'acme', mode: 'anyone' });
  const proposed = await proposePartnership(ports, {
    client: 'acme',
    partner: 'agency',
    rights: { access: 'limited', products: ['shop'] },
  });
  // @ts-expect-error — rights are an object
  await proposePartnership(ports, { client: 'acme', partner: 'agency', rights: 'limited' });
  await confirmStoredPartnership(ports, { request: proposed.request });
  // @ts-expect-error — the input holds the request
  await confirmStoredPartnership(ports, proposed.request.partner);
  await endStoredPartnership(ports, { client: 'acme', partner: 'agency' });
  // @ts-expect-error — the request names the partner
  await endStoredPartnership(ports, { client: 'acme' });
  const submission = {
    id: 'rfp-2',
    title: 'Mail',
    description: 'We need mail.',
    topics: ['mail'],
    contact: { name: 'Ana', email: 'ana@example.ch' },
    deleteToken: 'another-long-random-secret',
  };
  await submitStoredRfp(ports, { submission, directory: [{ partner: 'p1', topics: ['wordpress'] }] });
  // @ts-expect-error — the directory is a list
  await submitStoredRfp(ports, { submission, directory: 'p1' });
  await deleteStoredRfp(ports, { id: 'rfp-1', token: 'a-long-random-secret' });
  // @ts-expect-error — deleting takes the token
  await deleteStoredRfp(ports, { id: 'rfp-1' });
  const n: number = await retryOnConflict(async () => 1);
  // @ts-expect-error — the attempt is a function
  await retryOnConflict(1);
  const closures = await closuresFromHolidays({ country: 'CH', state: 'ZH', years: [2026] });
  // @ts-expect-error — years is a list
  await closuresFromHolidays({ country: 'CH', years: 2026 });
  void [report, stored, imported, subscribed, n, closures];
}

const quoteSchema = jsonSchemaFor('QuoteInput');
// @ts-expect-error — 'NoSuchInput' is not a schema name
jsonSchemaFor('NoSuchInput');
const moneySchema = jsonSchemas.MoneyInput;
// @ts-expect-error — jsonSchemas has no such input
jsonSchemas.NoSuchInput;

// ---------------------------------------------------------------------------------------------
// hostpolicy/quote: the same functions as money and pricing (checked above), and the values cross.
const widgetQuote = quoteEntry.quote({ currency: 'EUR', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
const widgetTotal: Money = widgetQuote.total;

export {
  errorCode,
  noErrorCode,
  reasonCode,
  noReasonCode,
  ruleId,
  noRuleId,
  isM,
  isMText,
  cents,
  bigCents,
  notBigCents,
  isR,
  isRText,
  isQ,
  isQText,
  isS,
  isSText,
  isL,
  isLText,
  amountDigits,
  amountText,
  someAmount,
  notAnAmount,
  decision,
  checkedError,
  errorText,
  failure,
  invalid,
  allowedAnswer,
  wrongRate,
  codes,
  codeCount,
  places,
  placesOnly,
  catalog,
  text,
  policy,
  cap,
  always,
  due,
  spent,
  closing,
  open,
  opening,
  openingText,
  deadline,
  managerThere,
  term,
  upgraded,
  kind,
  kindIsBoolean,
  paid,
  designated,
  designatedText,
  incentive,
  canonical,
  refKind,
  refKindOnly,
  r,
  plainLedger,
  warranted,
  address,
  memberships,
  isConflict,
  conflictText,
  storage,
  quoteSchema,
  moneySchema,
  widgetTotal,
};
