import { amountSchema, currencySchema, moneySchema, rateSchema, roundingModeSchema } from '../money/schema.js';
import { inputEntries } from './entry.js';
import { hintJson } from '../internal/jsonHint.js';
import { FRACTION, PERCENT } from '../money/forms.js';
import { unitRateJson } from '../money/json.js';
import { unitRateSchema } from '../money/unitRate.js';

// The hint of the rate check that reads rates without decimal.js (the support policy's at-risk
// share): attached here rather than next to the check, which the support bundles carry.
hintJson(unitRateSchema, () => unitRateJson(PERCENT, FRACTION));

/** Money, amounts, currencies and rates (MON-01..04). */
export const moneyInputs = inputEntries({
  MoneyInput: {
    schema: moneySchema,
    title: 'Money',
    description: "A money value in its JSON form: { amount: '100.00', currency: 'CHF' } (what Money#toJSON writes).",
    usedBy: ['parseMoney(input)', 'formatMoney(m)', 'every MoneyInput field (invoices, payments, partner prices…)'],
  },
  AmountInput: {
    schema: amountSchema,
    title: 'Amount',
    description:
      "A decimal amount: a string like '208.32' (at most 30 integer and 400 fraction digits, no exponent) or a finite number below " +
      '10^15 in magnitude.',
    usedBy: ['money(amount, currency): amount'],
  },
  CurrencyCode: {
    schema: currencySchema,
    title: 'Currency code',
    description: 'An active ISO 4217 currency code in upper case.',
    usedBy: ['money(amount, currency): currency'],
  },
  RateInput: {
    schema: rateSchema,
    title: 'Rate',
    description: "A rate from 0 % to 100 %: a percentage string ('20%', '20 %'), a fraction string ('0.2') or a number (0.2).",
    usedBy: ['rate(input)', 'formatRate(r)'],
  },
  RoundingMode: {
    schema: roundingModeSchema,
    title: 'Rounding mode',
    description: 'How Money#round rounds.',
    usedBy: ['Money#round(mode)'],
  },
});
