import { quote } from './src/index.js';
import { quoteRequestSchema } from './src/pricing/schema.js';
import { money } from './src/index.js';
const request = { currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' };
function t(name: string, f: () => unknown, n = 50000) { for (let i = 0; i < 5000; i++) f(); const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'µs'); }
t('quote', () => quote(request));
t('parse', () => quoteRequestSchema.safeParse(request));
const m = money('277.76', 'CHF');
t('money.times(0.75).round()', () => m.times('0.75').round());
t('div', () => m.amount.dividedBy(35));
t('div2', () => m.amount.dividedBy('347.20'));
