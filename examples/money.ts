// Exact money: no binary floats, no silent currency mixing, explicit rounding, lossless splits.
import { formatMoney, isHostPolicyError, money } from '../src/index.js';

const a = money(0.1, 'CHF').plus(money(0.2, 'CHF'));
console.log(`0.1 + 0.2 = ${a.toString()} (exact: ${a.equals(money('0.3', 'CHF'))})`);

const vat = money('208.32', 'CHF').times('0.081');
console.log(`8.1 % of CHF 208.32 = ${vat.toString()} → half-up ${vat.round().toString()}, half-even ${vat.round('half-even').toString()}`);
console.log(`Swiss cash rounding of CHF 225.19: ${money('225.19', 'CHF').round('half-up', '0.05').toString()}`);

const parts = money(100, 'CHF').split(3);
console.log(`CHF 100 in three: ${parts.map(String).join(' + ')} = ${parts.reduce((s, p) => s.plus(p)).toString()}`);

for (const locale of ['de-CH', 'fr-CH', 'it-CH', 'en', 'es']) {
  console.log(`  ${locale.padEnd(6)} ${formatMoney(money('1208.32', 'CHF'), locale)}   ${formatMoney(money('120.75', 'EUR'), locale)}`);
}

try {
  money(1, 'CHF').plus(money(1, 'EUR'));
} catch (e) {
  if (isHostPolicyError(e)) console.log(`CHF + EUR → ${e.code} (${e.rule}): ${e.message}`);
}
