import { InvalidInputError } from '../errors.js';
import { parseMoney } from './factories.js';
import type { MoneyInput } from './schema.js';
import { Rate } from './rate.js';
import { isInstance, readInput } from '../internal/parse.js';
import type { RateInput } from './schema.js';
// No zod here (docs/packaging.md): read.ts checks rates as rateSchema does.
import { readRate } from './read.js';

/** The provider's five site languages (PRC-07); any other BCP 47 locale works as well. */
export type SiteLocale = 'de-CH' | 'fr-CH' | 'it-CH' | 'en' | 'es';

/** Resolves a BCP 47 tag, turning an invalid one into an {@link InvalidInputError}. */
export function checkLocale(locale: unknown): string {
  if (typeof locale === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical !== undefined) return canonical;
    } catch {
      // reported below
    }
  }
  throw new InvalidInputError('locale', [
    { path: [], message: "must be a BCP 47 language tag such as 'de-CH', 'fr-CH', 'it-CH', 'en' or 'es'", code: 'custom' },
  ]);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats an amount for people in a locale's currency format, rounded half-up to the currency's
 * minor unit first (MON-03, PRC-07). Digits are never lost to binary floating point: the exact
 * decimal string is handed to `Intl.NumberFormat`.
 *
 * @example
 * ```ts
 * formatMoney(money('1208.32', 'CHF'), 'de-CH'); // ≈ "CHF 1'208.32" (ICU 78; older ICU groups with ’)
 * formatMoney(money('120.75', 'EUR'), 'fr-CH');  // ≈ '120.75 €' (ICU 78; older ICU: '120,75 €')
 * formatMoney(money('120.75', 'EUR'), 'es');     // ≈ '120,75 €' (ICU)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad amount or locale tag.
 */
export function formatMoney(m: MoneyInput, locale: SiteLocale | (string & {})): string {
  const value = parseMoney(m);
  const tag = checkLocale(locale);
  const digits = value.minorUnits;
  const f = formatter(
    `${tag}|${value.currency}`,
    () =>
      new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: value.currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  return f.format(value.round().toDecimalString() as `${number}`);
}

/**
 * Formats a rate as a percentage for people, with up to two decimals.
 *
 * @example
 * ```ts
 * formatRate(rate('40%'), 'fr-CH'); // ≈ '40%' (ICU 78; older ICU: '40 %')
 * formatRate(rate('8.1%'), 'de-CH'); // ≈ '8.1%' (ICU)
 * ```
 */
export function formatRate(r: RateInput, locale: SiteLocale | (string & {})): string {
  const value = isInstance(r, Rate) ? (r as Rate) : readInput(r, 'rate', readRate);
  const tag = checkLocale(locale);
  const f = formatter(`${tag}|%`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }));
  return f.format(value.fraction.toString() as `${number}`);
}
