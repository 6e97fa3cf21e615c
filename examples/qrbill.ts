// QR-bill: the payload of an invoice's QR-bill, rendered by swissqrbill (an optional peer), and a
// phishing bill told apart from ours.
import { qrReference } from '../src/billing/index.js';
import { billForInvoice, isOurBill, parseQrBill, qrBillPayload, type QrBill } from '../src/qrbill/index.js';

const creditor = {
  account: 'CH44 3199 9123 0008 8901 2', // our QR-IBAN: invoices carry QR references (QRB-05)
  name: 'Hosting Provider AG',
  street: 'Rue du Lac',
  buildingNumber: '1268',
  postalCode: '2501',
  town: 'Biel',
  country: 'CH',
};
const invoice = {
  id: '2026-031',
  customer: 'bakery',
  reference: qrReference('2026031'),
  amount: { amount: '49.90', currency: 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00+02:00',
};
const payload = billForInvoice(invoice, creditor, { message: 'Invoice 2026-031' });
console.log(`QR-bill payload of invoice ${invoice.id} (${payload.length} characters, ${payload.split('\n').length} elements):`);
console.log(
  `  ${payload
    .split('\n')
    .filter((line) => line !== '')
    .join(' | ')}`,
);

const read = parseQrBill(payload);
if (!read.ok) throw new Error('our own bill must be valid');

// Rendering is left to a renderer: swissqrbill takes its own shape (and floats, fine for drawing).
function forSwissQrBill(bill: QrBill) {
  return {
    creditor: {
      account: bill.account,
      name: bill.creditor.name,
      address: bill.creditor.street ?? '',
      buildingNumber: bill.creditor.buildingNumber ?? '',
      zip: bill.creditor.postalCode,
      city: bill.creditor.town,
      country: bill.creditor.country,
    },
    currency: bill.currency,
    ...(bill.amount === undefined ? {} : { amount: Number(bill.amount.amount) }),
    ...(bill.reference === undefined ? {} : { reference: bill.reference }),
    ...(bill.message === undefined ? {} : { message: bill.message }),
  };
}
try {
  const { SwissQRBill } = await import('swissqrbill/svg');
  const svg = new SwissQRBill(forSwissQrBill(read.bill)).toString();
  console.log(
    `Rendered by swissqrbill: an SVG payment part of ${svg.length.toLocaleString('en-US')} characters (write it to a file to look at it).`,
  );
} catch {
  console.log('swissqrbill is not installed: `npm install swissqrbill` to render the payment part as SVG or PDF.');
}

// A reminder arrives with a QR-bill that looks like ours: same creditor name, another account.
const ours = { accounts: [creditor.account], invoices: [invoice] };
const { reference: _ours, ...copied } = read.bill;
const phishing = qrBillPayload({ ...copied, account: 'CH52 0483 5012 3456 7100 0', referenceType: 'NON' });
console.log(`\nIs our bill ours? ${isOurBill(payload, ours).allowed ? 'yes' : 'no'}`);
const decision = isOurBill(phishing, ours);
console.log(`Is the look-alike ours? ${decision.allowed ? 'yes' : 'no'}`);
if (!decision.allowed) for (const r of decision.reasons) console.log(`  ${r.rule} ${r.code}: ${r.message}`);
