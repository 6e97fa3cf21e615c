// Partner price quotes: the partner discount first, then the volume tier on what remains (PRC-03).
import { formatQuote, isHostPolicyError, quote } from '../src/index.js';

const chf = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
console.log(formatQuote(chf, 'en'));

console.log('');
const eur = quote({ currency: 'EUR', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', vat: false });
console.log(formatQuote(eur, 'fr-CH'));

console.log('');
const cash = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', cashRounding: true });
console.log(`Paid in cash: ${cash.payable.toString()} (incl. VAT ${cash.totalInclVat?.toString() ?? '-'}, rounded to CHF 0.05)`);

for (const partnerDiscount of ['50%', 'abc']) {
  try {
    quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount });
  } catch (e) {
    if (isHostPolicyError(e)) console.log(`partnerDiscount ${partnerDiscount} → ${e.code}${e.rule ? ` (${e.rule})` : ''}: ${e.message}`);
  }
}
