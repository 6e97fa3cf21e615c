/**
 * The partner program in a few steps: eligibility, an invitation, access rights, the payment
 * mode, what the partner earns on each order, and a request for proposal.
 * Run with `npx tsx examples/partners.ts`.
 */
import {
  acceptInvitation,
  authorize,
  changePaymentMode,
  checkPartnerEligibility,
  deleteRfp,
  emptyClientAccess,
  grantAccess,
  incentiveFor,
  inviteClient,
  receiveInvitation,
  isHostPolicyError,
  openRfp,
  rfpExcerpt,
  revokeAccess,
  submitRfp,
  type Decision,
} from '../src/index.js';

const show = (d: Decision): string => (d.allowed ? 'allowed' : `denied (${d.reasons.map((r) => `${r.code} ${r.rule}`).join(', ')})`);

console.log('Partner program');
console.log('===============');

// PAR-01: eligibility lists every failed condition.
const applicant = {
  yearlyVolume: { amount: '1500', currency: 'CHF' },
  register: 'ch-commercial-register' as const,
  supportsClients: true,
  invoicesClients: false,
  usesOnlyProviderProductsForRfp: true,
  acceptsResellerTerms: true,
};
console.log(`Applicant with CHF 1500/year, not invoicing its clients: ${show(checkPartnerEligibility(applicant))}`);
const grown = checkPartnerEligibility({ ...applicant, yearlyVolume: { amount: '2400', currency: 'CHF' }, invoicesClients: true });
console.log(`Same applicant with CHF 2400/year, invoicing:           ${show(grown)}`);

// PAR-11: a legal representative invites the client; the client grants other rights.
const invitation = inviteClient({
  partner: 'webagentur',
  role: 'legal-representative',
  client: 'baeckerei',
  requested: { access: 'full', paymentMode: 'partner' },
  at: '2026-11-23T09:00:00+01:00',
});
// The provider delivers the invitation: the client's state keeps it until the client answers.
const received = receiveInvitation(emptyClientAccess('baeckerei'), invitation);
let { state } = acceptInvitation(received, invitation, { access: 'limited', products: ['shop-site'] });
console.log('\nThe client asked for full access, granted limited access to shop-site:');
const agency = { kind: 'partner' as const, partner: 'webagentur' };
console.log(`  manage shop-site: ${show(authorize(state, { actor: agency, action: 'manage-product', product: 'shop-site' }))}`);
console.log(`  renew shop-site:  ${show(authorize(state, { actor: agency, action: 'renew', product: 'shop-site' }))}`);

// PAR-03: a second limited partner on the same product is refused.
try {
  grantAccess(state, { partner: 'mailprofi', access: 'limited', products: ['shop-site', 'mail'] });
} catch (e) {
  if (isHostPolicyError(e)) console.log(`  second partner on shop-site: ${e.code} (${e.rule}) ${e.message}`);
}

// PAR-04..08: full access, then the client switches the payment mode.
state = grantAccess(revokeAccess(state, 'webagentur'), { partner: 'webagentur', access: 'full', paymentMode: 'client' });
console.log('\nFull access, client pays:');
console.log(`  partner views invoices: ${show(authorize(state, { actor: agency, action: 'view-invoices' }))}`);
const changed = changePaymentMode(state, 'partner', '2026-11-30T14:00:00+01:00');
state = changed.state;
console.log(
  `  client switches to "partner pays" → notify ${changed.event?.notify ?? 'no one'} ` +
    `(${changed.event?.from ?? '-'} → ${changed.event?.to ?? '-'})`,
);
console.log(`  partner views invoices: ${show(authorize(state, { actor: agency, action: 'view-invoices' }))}`);
console.log(
  `  client views invoices:  ${show(authorize(state, { actor: { kind: 'client', client: 'baeckerei' }, action: 'view-invoices' }))}`,
);

// PAR-09, PAR-10: cashback or discount on 35 web hostings (CHF 347.20 public, CHF 277.76 partner).
const prices = { publicPrice: { amount: '347.20', currency: 'CHF' }, partnerPrice: { amount: '277.76', currency: 'CHF' } };
const describeIncentive = (i: ReturnType<typeof incentiveFor>): string =>
  i.kind === 'none' ? 'nothing' : `${i.kind} ${i.amount.toString()}`;
console.log('\nWhat the partner earns on 35 web hostings:');
const partnerOrders = incentiveFor({ access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: true, ...prices });
console.log(`  partner pays, partner orders: ${describeIncentive(partnerOrders)}`);
const clientOrders = incentiveFor({ access: 'full', paymentMode: 'partner', actor: 'client', managedByPartner: true, ...prices });
console.log(`  partner pays, client orders:  ${describeIncentive(clientOrders)}`);
const unmanaged = incentiveFor({ access: 'limited', actor: 'client', managedByPartner: false, ...prices });
console.log(`  limited, client orders a product the partner does not manage: ${describeIncentive(unmanaged)}`);

// RFP-01..03: a request for proposal.
console.log('\nRequest for proposal');
const { rfp, excerpts } = submitRfp(
  {
    id: 'rfp-2026-001',
    title: 'New website for a bakery',
    description: 'A WordPress site with an online shop. Reach me at anna@baeckerei.ch or 044 555 12 34.',
    topics: ['wordpress'],
    contact: { name: 'Anna Beck', email: 'anna@baeckerei.ch', phone: '+41 44 555 12 34' },
    deleteToken: 'f3a9c1e07b5d4e2a9c8b',
    at: '2026-11-23T10:00:00+01:00',
  },
  [
    { partner: 'webagentur', topics: ['wordpress', 'shop'] },
    { partner: 'mailprofi', topics: ['mail'] },
  ],
);
console.log(`  sent to: ${excerpts.map((e) => e.partner).join(', ')}; valid until ${rfp.validUntil}`);
console.log(`  excerpt: ${rfpExcerpt(rfp).summary}`);
console.log(`  opened by webagentur: contact ${openRfp(rfp, { partner: 'webagentur', at: '2026-11-24T08:00:00Z' }).contact.email}`);
const deleted = deleteRfp(rfp, { at: '2026-11-25T12:00:00Z', token: 'f3a9c1e07b5d4e2a9c8b' });
try {
  openRfp(deleted, { partner: 'webagentur', at: '2026-11-25T12:00:01Z' });
} catch (e) {
  if (isHostPolicyError(e)) console.log(`  after deletion: ${e.code} (${e.rule})`);
}
