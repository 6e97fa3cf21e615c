/**
 * Agreement tables for the remaining inputs (cases.ts has the main ones): valid examples from the
 * JSDoc and tests, and invalid ones of each fault kind.
 */
import * as accounts from '../../src/accounts/index.js';
import * as billing from '../../src/billing/index.js';
import { addBusinessTime, alwaysOpen } from '../../src/calendar/index.js';
import { money, rate } from '../../src/money/index.js';
import * as partners from '../../src/partners/index.js';
import * as subs from '../../src/subscriptions/index.js';
import * as support from '../../src/support/index.js';
import type { AgreementCase } from './cases.js';

const at = '2026-11-23T09:00:00Z';
const open = alwaysOpen('UTC');
const access = partners.grantAccess(partners.emptyClientAccess('acme'), { partner: 'p1', access: 'full', paymentMode: 'client' });
const accessJson = JSON.parse(JSON.stringify(access)) as object;
const sub = JSON.parse(JSON.stringify(subs.subscribe({ tier: 'plus', startedAt: '2026-01-15T10:00:00Z' }))) as Record<string, unknown>;
const grant = { services: ['mail'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' };
const submission = {
  id: 'rfp-1',
  title: 'WordPress shop',
  description: 'We need a shop.',
  topics: ['wordpress'],
  contact: { name: 'Ana', email: 'ana@example.ch', phone: '+41 21 555 12 34' },
  deleteToken: 'a-long-random-secret',
  at,
};
const rfp = JSON.parse(JSON.stringify(partners.submitRfp(submission, []).rfp)) as Record<string, unknown>;
const invitation = { partner: 'p1', client: 'acme', requested: { access: 'full', paymentMode: 'partner' }, invitedAt: at };
const org = { id: 'o', name: 'Acme', owners: ['anna'], members: ['ben'] };
const security = JSON.parse(JSON.stringify(accounts.loginSecurity('anna'))) as Record<string, unknown>;
const suite = { organization: 'o', offer: 'standard', products: ['kdrive'] };
const invoice = {
  id: 'I1',
  customer: 'c1',
  reference: 'RF18539007547034',
  amount: { amount: '80.00', currency: 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00Z',
};
const payment = {
  id: 'P1',
  reference: 'RF18 5390 0754 7034',
  amount: { amount: '80.00', currency: 'CHF' },
  bookedAt: '2026-04-10T09:00:00Z',
};
const ledger = { balances: { c1: { CHF: '100.00' } } };
const products = [{ id: 'p1', product: 'web-hosting', renewalWarranty: false }];
const transfer = { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' as const }] };
const profile = {
  organization: 'acme',
  means: [
    { id: 'pp', kind: 'prepaid' },
    { id: 'visa', kind: 'card' },
  ],
  defaultMeans: 'pp',
};
const ledgerAcme = { balances: { acme: { CHF: '100.00' } } };
const invoiceAcme = { ...invoice, customer: 'acme' };

export const MORE_CASES: readonly AgreementCase[] = [
  // money
  {
    name: 'AmountInput',
    call: (a: never) => money(a, 'CHF'),
    valid: ['0.05', -12, ' 7 '],
    invalid: [
      ['words', 'ten'],
      ['null', null],
      ['exponent', '5e2'],
    ],
  },
  {
    name: 'CurrencyCode',
    call: (c: never) => money(1, c),
    valid: ['CHF', 'JPY', 'KWD'],
    invalid: [
      ['unknown', 'ABC'],
      ['lower case', 'eur'],
      ['number', 756],
    ],
  },
  {
    name: 'RoundingMode',
    call: (m: never) => money(1, 'CHF').round(m),
    valid: ['half-up', 'half-even', 'floor'],
    invalid: [
      ['unknown', 'nearest'],
      ['number', 1],
    ],
  },
  // calendar
  {
    name: 'BusinessDurationInput',
    call: (d: never) => addBusinessTime(at, d, open),
    valid: [{ hours: 4 }, { minutes: 30, seconds: 1.5 }, {}, { hours: 87_660 }],
    invalid: [
      ['negative', { hours: -1 }],
      ['unknown unit', { days: 1 }],
      ['string', { hours: '4' }],
      ['not an object', 4],
    ],
  },
  {
    name: 'TimeZoneInput',
    call: (z: never) => alwaysOpen(z),
    valid: ['Europe/Zurich', 'UTC', 'america/new_york'],
    invalid: [
      ['empty', ''],
      ['blank', '  '],
      ['number', 1],
    ],
  },
  // support
  {
    name: 'SupportTier',
    call: (t: never) => support.supportTierFeatures(t),
    valid: ['standard', 'enterprise'],
    invalid: [
      ['unknown', 'gold'],
      ['capitalised', 'Plus'],
    ],
  },
  {
    name: 'SlaStatusInput',
    call: (r: never) => support.slaStatus(r),
    valid: [
      { tier: 'pro', channel: 'email', receivedAt: at, now: '2026-11-23T10:00:00Z' },
      { tier: 'plus', channel: 'phone', receivedAt: at, respondedAt: at, now: at },
    ],
    invalid: [
      ['missing now', { tier: 'pro', channel: 'email', receivedAt: at }],
      ['bad respondedAt', { tier: 'pro', channel: 'email', receivedAt: at, respondedAt: 'soon', now: at }],
    ],
  },
  {
    name: 'EmergencyCallInput',
    call: (r: never) => support.canPlaceEmergencyCall(r),
    valid: [
      { tier: 'pro', incident: 'infrastructure', language: 'fr' },
      { tier: 'enterprise', incident: 'other', language: 'FR-ch', at, immediateInterventionNeeded: false },
    ],
    invalid: [
      ['unknown incident', { tier: 'pro', incident: 'fire', language: 'fr' }],
      ['bad language tag', { tier: 'pro', incident: 'other', language: 'french!' }],
      ['bad instant', { tier: 'pro', incident: 'other', language: 'fr', at: 'now' }],
    ],
  },
  {
    name: 'SupportScopeInput',
    call: (r: never) => support.isInSupportScope(r),
    valid: [{ activity: 'diagnosis' }, { activity: 'webmastering', providerService: false }],
    invalid: [
      ['activity not in the policy', { activity: 'coffee' }],
      ['empty activity', { activity: '' }],
      ['providerService a string', { activity: 'diagnosis', providerService: 'no' }],
    ],
  },
  {
    name: 'SupportTierRequestInput',
    call: (r: never) => support.canTakeSupportTier(r),
    valid: [
      { tier: 'plus', subscriber: 'partner' },
      { tier: 'pro', subscriber: 'partner' },
    ],
    invalid: [
      ['unknown subscriber', { tier: 'plus', subscriber: 'reseller' }],
      ['missing tier', { subscriber: 'customer' }],
    ],
  },
  {
    name: 'TemporaryAccessRequestInput',
    call: (r: never) => support.grantTemporaryAccess(r),
    valid: [grant, { ...grant, services: ['mail', 'kdrive'] }],
    invalid: [
      ['service not in the policy', { ...grant, services: ['ftp'] }],
      ['no services', { ...grant, services: [] }],
      ['missing expiresAt', { services: ['mail'], grantedAt: grant.grantedAt }],
    ],
  },
  {
    name: 'TemporaryAccessGrantInput',
    call: (g: never) => support.revokeTemporaryAccess(g, '2026-05-05T12:00:00Z'),
    valid: [grant, { ...grant, revokedAt: null }, { ...grant, services: ['ftp'] }],
    invalid: [
      ['no services', { ...grant, services: [] }],
      ['bad revokedAt', { ...grant, revokedAt: 'never' }],
    ],
  },
  {
    name: 'TemporaryAccessUseInput',
    call: (u: never) => support.canUseTemporaryAccess(grant, u),
    valid: [
      { actor: { kind: 'support-staff' }, at: '2026-05-05T09:00:00Z', service: 'mail' },
      { actor: { kind: 'partner', id: 'p1' }, at },
    ],
    invalid: [
      ['unknown actor kind', { actor: { kind: 'robot' }, at }],
      ['empty service', { actor: { kind: 'customer' }, at, service: '' }],
    ],
  },
  // subscriptions
  {
    name: 'SubscriptionInput',
    call: (s: never) => subs.refundFor(s, 'close-account'),
    valid: [sub],
    invalid: [
      ['standard tier', { ...sub, tier: 'standard' }],
      ['0 commitment months', { ...sub, commitmentMonths: 0 }],
      ['missing commitment', { ...sub, commitment: undefined }],
    ],
  },
  {
    name: 'CommitmentTermInput',
    call: (r: never) => subs.commitmentTerm(r),
    valid: [{ startedAt: at }, { startedAt: at, months: 1200 }],
    invalid: [
      ['1201 months', { startedAt: at, months: 1201 }],
      ['fractional months', { startedAt: at, months: 2.5 }],
      ['missing start', { months: 12 }],
    ],
  },
  {
    name: 'BillingComparisonInput',
    call: (r: never) => subs.compareBillingPeriods(r),
    valid: [
      { tier: 'plus', prices: { monthly: '50', annual: '540' } },
      { tier: 'pro', currency: 'EUR', prices: { monthly: 50, annual: 500 } },
      { tier: 'pro', months: 12, prices: { monthly: 45, annual: 500 } },
    ],
    invalid: [
      ['fractional months', { tier: 'plus', months: 6.5, prices: { monthly: '50', annual: '540' } }],
      ['zero price', { tier: 'plus', prices: { monthly: '0', annual: '540' } }],
      ['missing annual price', { tier: 'plus', prices: { monthly: '50' } }],
      ['unknown tier', { tier: 'gold', prices: { monthly: '50', annual: '540' } }],
    ],
  },
  {
    name: 'RefundEvent',
    call: (e: never) => subs.refundFor(sub as never, e),
    valid: ['stop-support', 'close-organization'],
    invalid: [['unknown', 'refund-please']],
  },
  {
    name: 'SupportTierTarget',
    call: (t: never) => subs.changeTier(sub as never, t),
    valid: ['pro', 'enterprise'],
    invalid: [['unknown', 'platinum']],
  },
  {
    name: 'PlanLadderInput',
    call: (l: never) => subs.canChangePlan(l, 'a', 'b'),
    valid: [{ plans: ['a', 'b'], rule: 'COM-04' }],
    invalid: [
      ['no plans', { plans: [], rule: 'COM-04' }],
      ['bad rule id', { plans: ['a', 'b'], rule: 'com4' }],
      ['empty plan name', { plans: ['a', '', 'b'], rule: 'COM-04' }],
    ],
  },
  // partners
  {
    name: 'ClientIdInput',
    call: (c: never) => partners.emptyClientAccess(c),
    valid: ['acme', ' x '],
    invalid: [
      ['blank', '   '],
      ['number', 7],
    ],
  },
  {
    name: 'PartnerIdInput',
    call: (p: never) => partners.revokeAccess(access, p),
    valid: ['p1', 'p9'],
    invalid: [
      ['blank', ''],
      ['null', null],
    ],
  },
  {
    name: 'ClientAccessInput',
    call: (s: never) => partners.revokeAccess(s, 'p1'),
    valid: [accessJson, { client: 'acme', grants: [] }],
    invalid: [
      ['blank client', { client: ' ', grants: [] }],
      ['bad grant', { client: 'acme', grants: [{ partner: 'p1', access: 'full' }] }],
    ],
  },
  {
    name: 'PartnerAuthorizationInput',
    call: (r: never) => partners.authorize(access, r),
    valid: [
      { actor: { kind: 'client', client: 'acme' }, action: 'order' },
      { actor: { kind: 'partner', partner: 'p1', role: 'staff' }, action: 'manage-product', product: 'site' },
      { actor: { kind: 'partner', partner: 'p1', user: 'anna' }, action: 'order' },
    ],
    invalid: [
      ['blank user', { actor: { kind: 'partner', partner: 'p1', user: ' ' }, action: 'order' }],
      ['client actor with a user', { actor: { kind: 'client', client: 'acme', user: 'anna' }, action: 'order' }],
      ['unknown action', { actor: { kind: 'client', client: 'acme' }, action: 'delete-everything' }],
      ['client without id', { actor: { kind: 'client' }, action: 'order' }],
      ['client actor with a partner field', { actor: { kind: 'client', client: 'acme', partner: 'agency' }, action: 'order' }],
      ['partner without id', { actor: { kind: 'partner' }, action: 'order' }],
      ['unknown role', { actor: { kind: 'partner', partner: 'p1', role: 'boss' }, action: 'order' }],
    ],
  },
  {
    name: 'PaymentModeInput',
    call: (m: never) => partners.changePaymentMode(access, m, at),
    valid: ['partner', 'client'],
    invalid: [['unknown', 'nobody']],
  },
  {
    name: 'ClientInvitationRequestInput',
    call: (r: never) => partners.inviteClient(r),
    valid: [{ partner: 'p1', role: 'legal-representative', client: 'acme', requested: { access: 'full', paymentMode: 'partner' }, at }],
    invalid: [
      ['limited without products', { partner: 'p1', role: 'staff', client: 'acme', requested: { access: 'limited', products: [] }, at }],
      ['missing at', { partner: 'p1', role: 'staff', client: 'acme', requested: { access: 'full', paymentMode: 'client' } }],
    ],
  },
  {
    name: 'ClientInvitationInput',
    call: (i: never) => partners.acceptInvitation(partners.receiveInvitation(partners.emptyClientAccess('acme'), i), i),
    valid: [invitation],
    invalid: [
      ['bad invitedAt', { ...invitation, invitedAt: 'today' }],
      ['unknown access', { ...invitation, requested: { access: 'all' } }],
    ],
  },
  {
    name: 'AccessRightsInput',
    call: (g: never) =>
      partners.acceptInvitation(
        partners.receiveInvitation(partners.emptyClientAccess('acme'), invitation as never),
        invitation as never,
        g,
      ),
    valid: [
      { access: 'limited', products: ['site'] },
      { access: 'full', paymentMode: 'client' },
    ],
    invalid: [
      ['limited with a payment mode only', { access: 'limited', paymentMode: 'client' }],
      ['full without payment mode', { access: 'full' }],
    ],
  },
  {
    name: 'PartnerTeamInput',
    call: (t: never) => partners.authorize(access, { actor: { kind: 'partner', partner: 'p1', user: 'anna' }, action: 'order' }, t),
    valid: [
      { partner: 'p1', designated: ['anna', 'anna'] },
      { partner: 'p2', designated: [] },
      { partner: '__proto__', designated: ['__proto__'] },
    ],
    invalid: [
      ['blank user', { partner: 'p1', designated: [''] }],
      ['no designated list', { partner: 'p1' }],
      ['unknown key', { partner: 'p1', designated: [], admins: [] }],
      ['blank partner', { partner: ' ', designated: [] }],
    ],
  },
  {
    name: 'PartnerUserIdInput',
    call: (u: never) => partners.designateUser(partners.emptyPartnerTeam('p1'), u),
    valid: ['anna', '__proto__', 'x'.repeat(200)],
    invalid: [
      ['blank', ' '],
      ['too long', 'x'.repeat(201)],
      ['number', 7],
    ],
  },
  {
    name: 'AddPartnerInput',
    call: (r: never) => partners.addPartner(partners.emptyClientAccess('acme'), r),
    valid: [
      { partner: 'p1', rights: { access: 'limited', products: ['site'] }, at },
      { partner: 'p1', rights: { access: 'full', paymentMode: 'client' }, at },
    ],
    invalid: [
      ['no rights', { partner: 'p1', at }],
      ['limited without products', { partner: 'p1', rights: { access: 'limited', products: [] }, at }],
      ['bad at', { partner: 'p1', rights: { access: 'full', paymentMode: 'client' }, at: 'soon' }],
    ],
  },
  {
    name: 'PartnershipRequestInput',
    call: (r: never) =>
      partners.confirmPartnership(
        partners.addPartner(partners.emptyClientAccess('acme'), { partner: 'p1', rights: { access: 'full', paymentMode: 'partner' }, at })
          .state,
        r,
      ),
    valid: [{ client: 'acme', partner: 'p1', rights: { access: 'full', paymentMode: 'partner' }, requestedAt: at }],
    invalid: [
      ['bad requestedAt', { client: 'acme', partner: 'p1', rights: { access: 'full', paymentMode: 'partner' }, requestedAt: 'today' }],
      ['missing client', { partner: 'p1', rights: { access: 'full', paymentMode: 'partner' }, requestedAt: at }],
      [
        'unknown key',
        { client: 'acme', partner: 'p1', rights: { access: 'full', paymentMode: 'partner' }, requestedAt: at, confirmed: true },
      ],
    ],
  },
  {
    name: 'EndPartnershipInput',
    call: (r: never) => partners.endPartnership(access, r),
    valid: [{ partner: 'p1', at }],
    invalid: [
      ['blank partner', { partner: '', at }],
      ['missing at', { partner: 'p1' }],
      ['unknown key', { partner: 'p1', at, reason: 'x' }],
    ],
  },
  {
    name: 'ProductAccessChangeInput',
    call: (c: never) =>
      partners.addProductAccess(
        partners.grantAccess(partners.emptyClientAccess('acme'), { partner: 'p1', access: 'limited', products: ['site'] }),
        c,
      ),
    valid: [
      { partner: 'p1', products: ['blog', 'blog'] },
      { partner: 'p1', products: ['site'] },
    ],
    invalid: [
      ['no products', { partner: 'p1', products: [] }],
      ['blank product', { partner: 'p1', products: [' '] }],
      ['misspelled key', { partner: 'p1', product: ['blog'] }],
    ],
  },
  {
    name: 'RfpSubmissionInput',
    call: (s: never) => partners.submitRfp(s, []),
    valid: [submission, { ...submission, contact: { name: 'Ana', email: 'ana@example.ch', company: 'Shop AG' } }],
    invalid: [
      ['short delete token', { ...submission, deleteToken: 'short' }],
      ['bad e-mail', { ...submission, contact: { name: 'Ana', email: 'ana' } }],
      ['bad phone', { ...submission, contact: { name: 'Ana', email: 'ana@example.ch', phone: 'call me' } }],
      ['no topics', { ...submission, topics: [] }],
      ['blank title', { ...submission, title: '   ' }],
    ],
  },
  {
    name: 'RfpDirectoryInput',
    call: (d: never) => partners.submitRfp(submission as never, d),
    valid: [[], [{ partner: 'p1', topics: ['wordpress'] }]],
    invalid: [
      ['blank partner', [{ partner: ' ', topics: [] }]],
      ['blank topic', [{ partner: 'p1', topics: [''] }]],
      ['not a list', { partner: 'p1', topics: [] }],
    ],
  },
  {
    name: 'RequestForProposalInput',
    call: (r: never) => partners.rfpExcerpt(r),
    valid: [rfp, { ...rfp, validUntil: null }, { ...rfp, validUntil: '2026-12-23T09:00:00.000Z' }],
    invalid: [
      ['bad validUntil', { ...rfp, validUntil: 'next month' }],
      ['missing validUntil', { ...rfp, validUntil: undefined }],
      ['missing deletedAt', { ...rfp, deletedAt: undefined }],
    ],
  },
  {
    name: 'RfpOpenInput',
    call: (q: never) => partners.canOpenRfp(rfp as never, q),
    valid: [{ partner: 'p1', at: '2026-11-24T08:00:00Z' }],
    invalid: [
      ['blank partner', { partner: '', at }],
      ['bad at', { partner: 'p1', at: 'tomorrow' }],
    ],
  },
  {
    name: 'RfpDeleteInput',
    call: (q: never) => partners.deleteRfp(rfp as never, q),
    valid: [{ at: '2026-11-24T10:00:00Z', token: 'a-long-random-secret' }],
    invalid: [
      ['token a number', { at, token: 42 }],
      ['missing at', { token: 'a-long-random-secret' }],
      ['missing token', { at }],
      ['empty token', { at, token: '' }],
    ],
  },
  {
    name: 'RfpProposalInput',
    call: (p: never) => partners.checkRfpProposal(p),
    valid: [
      { partner: 'p1', rfp: 'rfp-1', products: [{ name: 'Other Cloud VM', provider: 'third-party' }] },
      { partner: 'p1', rfp: 'rfp-1', products: [] },
    ],
    invalid: [
      ['unknown provider', { partner: 'p1', rfp: 'rfp-1', products: [{ name: 'VM', provider: 'mine' }] }],
      ['empty rfp id', { partner: 'p1', rfp: '', products: [] }],
    ],
  },
  // billing
  {
    name: 'QrReferenceInput',
    call: (r: never) => billing.formatQrReference(r),
    valid: ['210000000003139471430009017', '21 00000 00003 13947 14300 09017'],
    invalid: [
      ['26 digits', '21000000000313947143000901'],
      ['letters', 'RF18539007547034'],
    ],
  },
  {
    name: 'CreditorReferenceBody',
    call: (b: never) => billing.creditorReference(b),
    valid: ['539007547034', 'ab 12'],
    invalid: [
      ['22 characters', 'A'.repeat(22)],
      ['punctuation', 'AB-12'],
      ['empty', ''],
    ],
  },
  {
    name: 'CreditorReferenceInput',
    call: (r: never) => billing.formatCreditorReference(r),
    valid: ['RF18539007547034', 'rf18 5390 0754 7034'],
    invalid: [
      ['no RF', '18539007547034'],
      ['too long', `RF18${'1'.repeat(22)}`],
    ],
  },
  {
    name: 'PaymentInput',
    call: (p: never) => billing.dueReminder(invoice as never, [p], '2026-04-15T08:00:00Z'),
    valid: [
      payment,
      { id: 'P2', customer: 'c1', amount: { amount: 1, currency: 'EUR' }, bookedAt: at, valueDate: at, debtorName: 'Ana' },
      {
        ...payment,
        referenceType: 'SCOR',
        message: 'Rechnung 2026-031',
        debtorIban: 'CH9300762011623852957',
        charges: { amount: '0.50', currency: 'CHF' },
      },
    ],
    invalid: [
      ['negative amount', { ...payment, amount: { amount: '-5', currency: 'CHF' } }],
      ['reference type of another kind', { ...payment, referenceType: 'XYZ' }],
      ['message of 501 characters', { ...payment, message: 'x'.repeat(501) }],
      ['debtor name of 141 characters', { ...payment, debtorName: 'x'.repeat(141) }],
      ['IBAN in lower case', { ...payment, debtorIban: 'ch9300762011623852957' }],
      ['negative charges', { ...payment, charges: { amount: '-0.50', currency: 'CHF' } }],
      ['bad reference', { ...payment, reference: 'INV-1' }],
      ['empty id', { ...payment, id: '' }],
    ],
  },
  {
    name: 'ReversalInput',
    call: (r: never) => billing.reconcile({ invoices: [], payments: [], reversals: [r] }),
    valid: [
      { id: 'R1', reverses: 'P1', amount: { amount: '120.00', currency: 'CHF' }, bookedAt: at },
      {
        id: 'R2',
        reference: 'RF18539007547034',
        referenceType: 'SCOR',
        amount: { amount: '5', currency: 'EUR' },
        charges: { amount: '0', currency: 'EUR' },
        bookedAt: at,
        debtorIban: 'CH9300762011623852957',
        message: 'Rechnung 12',
        direction: 'credit',
        path: 'Ntfctn[1]/Ntry[3]',
      },
    ],
    invalid: [
      ['unknown key', { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, reversed: 'P1' }],
      ['negative amount', { id: 'R1', amount: { amount: '-1', currency: 'CHF' }, bookedAt: at }],
      ['another direction', { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, direction: 'out' }],
      ['message of 501 characters', { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, message: 'x'.repeat(501) }],
      ['debtor name of 141 characters', { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, debtorName: 'x'.repeat(141) }],
      ['IBAN with spaces', { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, debtorIban: 'CH93 0076 2011 6238 5295 7' }],
      [
        'negative charges',
        { id: 'R1', amount: { amount: '1', currency: 'CHF' }, bookedAt: at, charges: { amount: '-1', currency: 'CHF' } },
      ],
    ],
  },
  {
    name: 'ExplainReminderInput',
    call: (i: never) => billing.explainReminder(i),
    valid: [
      {
        reminder: { customer: 'c1', sentAt: '2026-04-05T08:00:00Z', reference: 'RF18539007547034' },
        invoices: [invoice],
        payments: [payment],
      },
    ],
    invalid: [
      ['reminder without customer', { reminder: { sentAt: at, invoice: 'I1' }, invoices: [], payments: [] }],
      [
        'reminder amount zero',
        { reminder: { customer: 'c1', sentAt: at, invoice: 'I1', amount: { amount: 0, currency: 'CHF' } }, invoices: [], payments: [] },
      ],
    ],
  },
  {
    name: 'CancelledOrderCreditInput',
    call: (t: never) => billing.creditCancelledOrder(billing.emptyPrepaidLedger(), t),
    valid: [{ customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, payment: 'P-7' }],
    invalid: [
      ['zero amount', { customer: 'c1', amount: { amount: '0', currency: 'CHF' } }],
      ['empty customer', { customer: '', amount: { amount: '1', currency: 'CHF' } }],
    ],
  },
  {
    name: 'PayoutRequestInput',
    call: (r: never) => billing.requestPayout(ledger, r),
    valid: [
      { customer: 'c1', amount: { amount: '59.00', currency: 'CHF' }, method: 'paypal' },
      { customer: 'c1', amount: { amount: 100, currency: 'CHF' }, method: 'bank-account' },
    ],
    invalid: [
      ['unknown method', { customer: 'c1', amount: { amount: '1', currency: 'CHF' }, method: 'cash' }],
      ['negative amount', { customer: 'c1', amount: { amount: '-1', currency: 'CHF' }, method: 'paypal' }],
    ],
  },
  {
    name: 'RenewalWarrantyChoiceInput',
    call: (r: never) => billing.canChooseRenewalWarranty(r),
    valid: [
      { product: 'nas-synology', moment: 'order' },
      { product: 'web-hosting', moment: 'after-purchase' },
    ],
    invalid: [
      ['unknown moment', { product: 'web-hosting', moment: 'later' }],
      ['empty product', { product: '', moment: 'order' }],
    ],
  },
  {
    name: 'RenewableProductsInput',
    call: (p: never) => billing.setRenewalWarranty(p, { enabled: false, moment: 'after-purchase' }),
    valid: [products, []],
    invalid: [
      ['renewalWarranty a string', [{ ...products[0], renewalWarranty: 'on' }]],
      ['missing id', [{ product: 'web-hosting', renewalWarranty: false }]],
    ],
  },
  {
    name: 'RenewalWarrantyChangeInput',
    call: (c: never) => billing.setRenewalWarranty(products, c),
    valid: [
      { enabled: true, moment: 'after-purchase' },
      { enabled: false, moment: 'order', ids: ['p1'] },
    ],
    invalid: [
      ['enabled missing', { moment: 'order' }],
      ['empty id', { enabled: true, moment: 'order', ids: [''] }],
    ],
  },
  {
    name: 'RenewalWarrantyProductInput',
    call: (p: never) => billing.renewalWarrantyApplies(p, at),
    valid: [{ renewalWarranty: true, expiresAt: '2026-05-01T00:00:00Z', renewed: false }],
    invalid: [
      ['bad expiresAt', { renewalWarranty: true, expiresAt: 'May', renewed: false }],
      ['renewed missing', { renewalWarranty: true, expiresAt: at }],
    ],
  },
  {
    name: 'RenewalBillingAddressInput',
    call: (i: { billingAddresses: never; chosen: never }) =>
      billing.renewalBillingAddress({ billingAddresses: i?.billingAddresses }, i?.chosen),
    valid: [{ billingAddresses: [{ id: 'hq', city: 'Geneva' }, { id: 'team' }], chosen: 'team' }],
    invalid: [
      ['no addresses', { billingAddresses: [], chosen: 'hq' }],
      ['address without id', { billingAddresses: [{ city: 'Bern' }], chosen: 'hq' }],
    ],
  },
  {
    name: 'DomainTransferInput',
    call: (t: never) => billing.transferFeeDue(t),
    valid: [transfer, { ...transfer, attempts: [], feePayments: [{ id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } }] }],
    invalid: [
      ['unknown outcome', { ...transfer, attempts: [{ id: 'A-1', outcome: 'lost' }] }],
      ['unknown key', { ...transfer, fee: '15.00' }],
      ['zero fee payment', { ...transfer, feePayments: [{ id: 'P-1', amount: { amount: '0', currency: 'CHF' } }] }],
      ['domain too long', { ...transfer, domain: 'a'.repeat(254) }],
    ],
  },
  {
    name: 'TransferRelaunchInput',
    call: (r: never) => billing.relaunchTransfer(transfer, r),
    valid: [{ attempt: 'A-2' }],
    invalid: [
      ['blank attempt', { attempt: ' ' }],
      ['unknown key', { attempt: 'A-2', free: true }],
    ],
  },
  {
    name: 'TransferFeePaymentInput',
    call: (p: never) => billing.payTransferFee(transfer, p),
    valid: [
      { id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } },
      { id: 'P-2', amount: { amount: 5, currency: 'CHF' } },
    ],
    invalid: [
      ['negative amount', { id: 'P-1', amount: { amount: '-1', currency: 'CHF' } }],
      ['missing id', { amount: { amount: '1', currency: 'CHF' } }],
    ],
  },
  {
    name: 'PaymentProfileInput',
    call: (p: never) => billing.paymentProfile(p),
    valid: [
      profile,
      { organization: 'acme' },
      { organization: '__proto__', means: [{ id: '__proto__', kind: 'card', label: 'Visa' }], defaultMeans: null },
    ],
    invalid: [
      ['blank organization', { organization: '' }],
      ['means without kind', { organization: 'acme', means: [{ id: 'x' }] }],
      ['unknown key', { ...profile, default: 'pp' }],
    ],
  },
  {
    name: 'PaymentMeansInput',
    call: (m: never) => billing.addPaymentMeans({ organization: 'acme' }, m),
    valid: [
      { id: 'visa', kind: 'card', label: 'Visa •••• 4242' },
      { id: 'pp', kind: 'prepaid' },
    ],
    invalid: [
      ['blank kind', { id: 'x', kind: '' }],
      ['label too long', { id: 'x', kind: 'card', label: 'x'.repeat(201) }],
      ['unknown key', { id: 'x', kind: 'card', iban: 'CH93' }],
    ],
  },
  {
    name: 'PaymentMeansIdInput',
    call: (id: never) => billing.setDefaultPaymentMeans({ organization: 'acme', means: [{ id: 'x', kind: 'card' }] }, id),
    valid: ['x'],
    invalid: [
      ['blank', ' '],
      ['too long', 'x'.repeat(201)],
    ],
  },
  {
    name: 'PaymentMeansRemovalInput',
    call: (r: never) => billing.removePaymentMeans(profile, r),
    valid: [{ id: 'visa' }, { id: 'pp', newDefault: 'visa' }, { id: 'pp', newDefault: null }],
    invalid: [
      ['missing id', { newDefault: null }],
      ['newDefault a number', { id: 'pp', newDefault: 1 }],
    ],
  },
  {
    name: 'PaymentChoiceInput',
    call: (c: never) => billing.canPayWithProfile(profile, ledgerAcme, invoiceAcme, c),
    valid: [{}, { means: 'visa' }],
    invalid: [
      ['blank means', { means: '' }],
      ['unknown key', { mean: 'visa' }],
    ],
  },
  // accounts
  {
    name: 'OrganizationInput',
    call: (o: never) => accounts.organization(o),
    valid: [
      org,
      { ...org, administrators: [], ksuiteMembers: ['ben'], mailDomains: ['acme.ch'] },
      { ...org, kind: 'company', vatNumber: 'DE123456789' },
      { ...org, kind: 'private' },
    ],
    invalid: [
      ['no owner', { ...org, owners: [] }],
      ['empty name', { ...org, name: '' }],
      ['bad domain', { ...org, mailDomains: ['acme'] }],
      ['VAT number without kind', { ...org, vatNumber: 'DE123456789' }],
      ['VAT number of a private organization', { ...org, kind: 'private', vatNumber: 'DE123456789' }],
      ['unknown kind', { ...org, kind: 'club' }],
      ['VAT number not compact', { ...org, kind: 'company', vatNumber: 'de 123456789' }],
    ],
  },
  {
    name: 'UserIdInput',
    call: (u: never) => accounts.loginSecurity(u),
    valid: ['anna', 'a b'],
    invalid: [
      ['empty', ''],
      ['trailing space', 'anna '],
      ['number', 1],
    ],
  },
  {
    name: 'UserInput',
    call: (u: never) => accounts.leaveOrganization(accounts.organization(org), u),
    valid: [{ id: 'ben', loginEmail: 'ben@example.ch' }],
    invalid: [
      ['bad e-mail', { id: 'ben', loginEmail: 'ben at example.ch' }],
      ['missing id', { loginEmail: 'ben@example.ch' }],
    ],
  },
  {
    name: 'ChangeOrganizationInput',
    call: (r: never) => accounts.canChangeOrganization(r),
    valid: [
      { user: { id: 'ben' }, organization: { owners: ['anna'] } },
      // ACC-01 (clarified): customizing the display is a kind of change of its own.
      { user: { id: 'ben' }, organization: { owners: ['anna'], administrators: ['ben'] }, change: 'display' },
      { user: { id: 'ben' }, organization: { owners: ['anna'] }, change: 'organization' },
    ],
    invalid: [
      ['owners not a list', { user: { id: 'ben' }, organization: { owners: 'anna' } }],
      ['blank user id', { user: { id: ' ' }, organization: { owners: [] } }],
      ['unknown kind of change', { user: { id: 'ben' }, organization: { owners: ['anna'] }, change: 'logo' }],
    ],
  },
  {
    name: 'MembershipChangeInput',
    call: (c: never) => accounts.setMemberRole(accounts.organization(org), c),
    valid: [{ actor: 'anna', user: 'ben', role: 'administrator' }],
    invalid: [
      ['unknown role', { actor: 'anna', user: 'ben', role: 'king' }],
      ['missing actor', { user: 'ben', role: 'member' }],
    ],
  },
  {
    name: 'KsuiteInput',
    call: (k: never) => accounts.ksuite(k),
    valid: [suite, { organization: 'o', offer: 'enterprise' }],
    invalid: [
      ['offer not in the policy', { ...suite, offer: 'premium' }],
      ['empty offer', { ...suite, offer: '' }],
      ['empty organization', { ...suite, organization: '' }],
    ],
  },
  {
    name: 'KsuiteOfferInput',
    call: (o: never) => accounts.upgradeKsuite(accounts.ksuite(suite), o),
    valid: ['business', 'enterprise'],
    invalid: [
      ['offer not in the policy', 'premium'],
      ['empty', ''],
    ],
  },
  {
    name: 'IncludedProductRequestInput',
    call: (r: never) => accounts.canDetachKsuiteProduct(accounts.ksuite(suite), r),
    valid: [
      { product: 'kdrive', action: 'cancel' },
      { product: 'web-hosting', action: 'move' },
    ],
    invalid: [['unknown action', { product: 'kdrive', action: 'sell' }]],
  },
  {
    name: 'LoginSettingsInput',
    call: (s: never) => accounts.loginSecurity('anna', s),
    // ACC-05 (clarified): the lockout is the user's choice, including not to lock at all (0).
    valid: [{}, { lockAfter: 3, notifyOnFailure: true }, { lockAfter: 10 }, { lockAfter: 0 }, { lockAfter: 1 }, { lockAfter: 50 }],
    invalid: [
      ['negative lockAfter', { lockAfter: -1 }],
      ['fractional lockAfter', { lockAfter: 3.5 }],
    ],
  },
  {
    name: 'LoginSecurityInput',
    call: (s: never) => accounts.recordLoginAttempt(s, 'failure'),
    valid: [security, { ...security, lockAfter: 0 }],
    invalid: [
      ['negative failures', { ...security, failedAttempts: -1 }],
      ['negative lockAfter', { ...security, lockAfter: -1 }],
      ['notify missing', { ...security, notify: undefined }],
    ],
  },
  {
    name: 'LoginOutcome',
    call: (o: never) => accounts.recordLoginAttempt(security as never, o),
    valid: ['success', 'failure'],
    invalid: [['unknown', 'maybe']],
  },
  {
    name: 'UnlockerInput',
    call: (u: never) => accounts.canUnlockAccount(security as never, u),
    valid: [
      { kind: 'secure-form', identityConfirmed: false },
      { kind: 'administrator', actor: 'ben', organization: { id: 'o', owners: ['anna'], administrators: ['ben'], members: [] } },
    ],
    invalid: [
      ['unknown kind', { kind: 'hacker' }],
      ['administrator without organization', { kind: 'administrator', actor: 'ben' }],
    ],
  },
  {
    name: 'DisableTwoFactorInput',
    call: (r: never) => accounts.canDisableTwoFactor(r),
    valid: [{ via: 'support-request' }, { via: 'self-service', signedInWithSecondFactor: true, passwordConfirmed: true }],
    invalid: [
      ['unknown way', { via: 'e-mail' }],
      ['flag a string', { via: 'self-service', passwordConfirmed: 'yes' }],
    ],
  },
  {
    name: 'AuthenticatorRemovalInput',
    call: (r: never) => accounts.canRemoveAuthenticatorApp(r),
    valid: [
      { user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true },
      { user: 'anna', methods: [], passwordConfirmed: false },
    ],
    invalid: [
      ['unknown method', { user: 'anna', methods: ['e-mail'], passwordConfirmed: true }],
      ['confirmation missing', { user: 'anna', methods: ['sms'] }],
      ['empty user', { user: '', methods: [], passwordConfirmed: true }],
    ],
  },
  {
    name: 'SignUpInput',
    call: (r: never) => accounts.signUp(r),
    valid: [
      { via: 'own', user: { id: 'anna', name: 'Anna Muster' }, organizationId: 'org-1' },
      {
        via: 'own',
        user: { id: 'anna', name: 'Anna Muster' },
        organizationId: 'org-1',
        company: { name: 'Acme GmbH', vatNumber: 'DE 123 456 789' },
      },
      { via: 'invitation', user: { id: 'ben' }, organization: org, role: 'administrator' },
    ],
    invalid: [
      ['unknown way', { via: 'sso', user: { id: 'anna', name: 'Anna' }, organizationId: 'o' }],
      ['blank name', { via: 'own', user: { id: 'anna', name: ' ' }, organizationId: 'o' }],
      [
        'VAT number over 32 characters',
        { via: 'own', user: { id: 'anna', name: 'Anna' }, organizationId: 'o', company: { name: 'Acme', vatNumber: 'DE'.padEnd(33, '1') } },
      ],
      ['owner role by invitation', { via: 'invitation', user: { id: 'ben' }, organization: org, role: 'owner' }],
      [
        'private organization with a VAT number',
        { via: 'invitation', user: { id: 'ben' }, organization: { ...org, vatNumber: 'DE123456789' } },
      ],
    ],
  },
  {
    name: 'DeleteAccountInput',
    call: (r: never) => accounts.canDeleteUserAccount(r),
    valid: [
      { user: 'anna', organizations: [org] },
      { user: 'zoe', organizations: [] },
    ],
    invalid: [
      ['organizations missing', { user: 'anna' }],
      ['organization without owner', { user: 'anna', organizations: [{ ...org, owners: [] }] }],
    ],
  },
  {
    name: 'VatRegistrationInput',
    call: (r: never) => accounts.canRegisterVatNumber(accounts.organization({ ...org, kind: 'company' }), r),
    valid: [
      { actor: 'anna', vatNumber: 'DE123456789' },
      { actor: 'anna', vatNumber: 'not a VAT number' },
    ],
    invalid: [
      ['empty number', { actor: 'anna', vatNumber: '' }],
      ['over 32 characters', { actor: 'anna', vatNumber: '1'.repeat(33) }],
      ['unknown key', { actor: 'anna', vat: 'DE123456789' }],
    ],
  },
  // references in other inputs, and the rate type once more through formatRate
  {
    name: 'ReferenceInput',
    call: (r: never) => billing.qrReference('1') && billing.canPayFromPrepaid({ balances: {} }, { ...invoice, reference: r } as never),
    valid: ['RF18539007547034', '210000000003139471430009017'],
    invalid: [['neither kind', 'INV-2026-1']],
  },
  { name: 'RateInput', call: (r: never) => rate(r), valid: ['8.1%'], invalid: [['null', null]] },
];
