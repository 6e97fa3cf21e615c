// Billing: a small bank statement reconciled against open invoices, and the reminder questions it answers.
import {
  creditorReference,
  explainReminder,
  formatCreditorReference,
  formatQrReference,
  isHostPolicyError,
  payInvoiceFromPrepaid,
  qrReference,
  reconcile,
  requestPayout,
} from '../src/index.js';

const chf = (amount: string) => ({ amount, currency: 'CHF' });
const ref1 = qrReference('2026031');
const ref2 = qrReference('2026032');
const ref3 = creditorReference('2026033');
const ref0 = qrReference('2026021'); // February's invoice, already paid
const invoice = (id: string, customer: string, reference: string, amount: { amount: string; currency: string }, settled = false) => ({
  id,
  customer,
  reference,
  amount,
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00+02:00',
  settled,
});
const invoices = [
  invoice('2026-021', 'bakery', ref0, chf('49.90'), true),
  invoice('2026-031', 'bakery', ref1, chf('49.90')),
  invoice('2026-032', 'agency', ref2, chf('1208.32')),
  invoice('2026-033', 'studio', ref3, { amount: '120.00', currency: 'EUR' }),
];
console.log('Invoice references:');
for (const i of invoices)
  console.log(`  ${i.id}  ${i.reference.startsWith('RF') ? formatCreditorReference(i.reference) : formatQrReference(i.reference)}`);

const payments = [
  { id: 'camt-104', reference: ref0, amount: chf('49.90'), bookedAt: '2026-03-28T06:00:00Z', debtorName: 'Bäckerei Anna (standing order)' },
  {
    id: 'camt-101',
    reference: formatQrReference(ref2),
    amount: chf('1208.32'),
    bookedAt: '2026-03-25T06:00:00Z',
    debtorName: 'Agentur Blau',
  },
  { id: 'camt-102', reference: ref3, amount: chf('120.00'), bookedAt: '2026-03-26T06:00:00Z', debtorName: 'Studio Rosso' },
  { id: 'camt-103', amount: chf('75.00'), bookedAt: '2026-03-27T06:00:00Z', debtorName: 'M. Unknown' },
  {
    id: 'camt-101',
    reference: formatQrReference(ref2),
    amount: chf('1208.32'),
    bookedAt: '2026-03-25T06:00:00Z',
    debtorName: 'Agentur Blau',
  },
];
const result = reconcile({ invoices, payments });
console.log('\nStatement of 5 lines (one listed twice):');
for (const s of result.settled) console.log(`  ${s.payment.id}  ${s.payment.amount.toString().padStart(13)}  settles ${s.invoice.id}`);
for (const c of result.credited)
  console.log(`  ${c.payment.id}  ${c.payment.amount.toString().padStart(13)}  credited to ${c.customer}'s prepaid account: ${c.cause}`);
for (const p of result.unidentified)
  console.log(`  ${p.id}  ${p.amount.toString().padStart(13)}  unidentified (${p.debtorName ?? 'no name'})`);
console.log(`  duplicates skipped: ${result.duplicates.join(', ')}`);
for (const [currency, t] of Object.entries(result.totals)) {
  console.log(
    `  ${currency}: received ${t.received.toString()} = settled ${t.settled.toString()} + credited ${t.credited.toString()} ` +
      `+ unidentified ${t.unidentified.toString()}`,
  );
}

console.log('\nThe bakery asks why it got a reminder on 10 April:');
const { causes } = explainReminder({
  reminder: { customer: 'bakery', sentAt: '2026-04-10T06:00:00Z', invoice: '2026-031' },
  invoices: result.invoices,
  payments,
  prepaid: result.prepaid,
});
for (const c of causes) console.log(`  ${c.code} (${c.rule}): ${c.message}`);
const open = result.invoices.find((i) => i.id === '2026-031');
if (open !== undefined) {
  const fromPrepaid = payInvoiceFromPrepaid(result.prepaid, open);
  console.log(`  → paid from the prepaid account; invoice ${fromPrepaid.invoice.id} settled: ${String(fromPrepaid.invoice.settled)}`);
}

console.log('\nA phishing look-alike:');
for (const c of explainReminder({
  reminder: { customer: 'bakery', sentAt: '2026-04-10T06:00:00Z', reference: qrReference('999') },
  invoices,
  payments: [],
}).causes) {
  console.log(`  ${c.code} (${c.rule}): ${c.message}`);
}

try {
  requestPayout(result.prepaid, { customer: 'studio', amount: chf('500.00'), method: 'paypal' });
} catch (e) {
  if (isHostPolicyError(e)) console.log(`\nPayout of CHF 500 to the studio → ${e.code} (${e.rule})`);
}
