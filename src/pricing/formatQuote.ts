import { checkLocale, formatMoney, formatRate, type SiteLocale } from '../money/format.js';
import type { Money } from '../money/money.js';
import { defaultCatalog } from '../policy/catalog.js';
import { quoteLabels, quoteLanguage } from './labels.js';
import { QUOTE_BRAND, QUOTE_FORMAT, type Quote } from './quoteTypes.js';
import { hasBrand } from '../internal/brand.js';
import { InvalidInputError } from '../errors.js';

/** One row of a quote breakdown, already formatted for a locale. */
export interface QuoteRow {
  readonly kind:
    | 'line'
    | 'list-price'
    | 'partner-discount'
    | 'volume-tier'
    | 'graduated-tier'
    | 'net'
    | 'net-per-unit'
    | 'total-excl-vat'
    | 'vat'
    | 'total-incl-vat'
    | 'cash-rounding'
    | 'payable'
    | 'effective-reduction';
  /** Index of the quote line the row belongs to; absent for totals. */
  readonly line?: number;
  readonly label: string;
  /** The formatted amount (a reduction is shown negative), or the formatted rate. */
  readonly value: string;
  /** For reductions: the amount after the step. */
  readonly after?: string;
}

/**
 * The breakdown of a quote as rows of text for a locale (PRC-05, PRC-07): for every line its list
 * price, each reduction with its rate and amount, the net and the net per unit; then the totals,
 * VAT and the effective reduction. Use it to render a quote in a table.
 *
 * @param names - display names by product id; the default catalog's names in the locale's
 *   language otherwise, or the product id.
 * @example
 * ```ts
 * const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
 * describeQuote(q, 'de-CH')[2];
 * // { kind: 'partner-discount', line: 0, label: ≈ 'Partnerrabatt −20%',
 * //   value: ≈ '−CHF 69.44', after: ≈ 'CHF 277.76' }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for something that is not a quote, or a bad locale.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a quote made by another version of hostpolicy.
 */
export function describeQuote(q: Quote, locale: SiteLocale | (string & {}), names?: Readonly<Record<string, string>>): QuoteRow[] {
  if (!readableQuote(q)) {
    throw new InvalidInputError('quote', [{ path: [], message: 'must be a quote made by quote()', code: 'custom' }]);
  }
  const tag = checkLocale(locale);
  const words = quoteLabels(tag);
  const language = quoteLanguage(tag);
  const amount = (m: Money): string => formatMoney(m, tag);
  const minus = (m: Money): string => `−${amount(m)}`;
  const rows: QuoteRow[] = [];
  q.lines.forEach((l, line) => {
    const name = names?.[l.product] ?? defaultCatalog.products[l.product]?.names?.[language] ?? l.product;
    rows.push({ kind: 'line', line, label: `${l.quantity} × ${name}`, value: words[q.period] });
    rows.push({ kind: 'list-price', line, label: words.listPrice, value: amount(l.listTotal) });
    for (const step of l.steps) {
      rows.push({
        kind: step.kind,
        line,
        label: `${words[step.kind]} −${formatRate(step.rate, tag)}`,
        value: minus(step.reduction),
        after: amount(step.after),
      });
    }
    rows.push({ kind: 'net', line, label: words.net, value: amount(l.net) });
    rows.push({ kind: 'net-per-unit', line, label: words.netPerUnit, value: amount(l.netPerUnit) });
  });
  rows.push({ kind: 'total-excl-vat', label: words.totalExclVat, value: amount(q.total) });
  if (q.vat !== undefined && q.vatRate !== undefined && q.totalInclVat !== undefined) {
    rows.push({ kind: 'vat', label: `${words.vat} ${formatRate(q.vatRate, tag)}`, value: amount(q.vat) });
    rows.push({ kind: 'total-incl-vat', label: words.totalInclVat, value: amount(q.totalInclVat) });
  }
  if (q.cashRounding !== undefined) {
    rows.push({ kind: 'cash-rounding', label: words.cashRounding, value: amount(q.cashRounding.adjustment) });
    rows.push({ kind: 'payable', label: words.payable, value: amount(q.payable) });
  }
  rows.push({ kind: 'effective-reduction', label: words.effectiveReduction, value: formatRate(q.effectiveReduction, tag) });
  return rows;
}

/**
 * Renders a quote as a plain-text breakdown for people in German, French, Italian, English or
 * Spanish (PRC-07); other locales get English words with their own number format.
 *
 * @example
 * ```ts
 * const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', vat: false });
 * console.log(formatQuote(q, 'de-CH')); // prints:
 * // 35 × Webhosting        pro Monat
 * //   Normalpreis         CHF 347.20
 * //   Partnerrabatt −20%  −CHF 69.44   CHF 277.76
 * //   Staffelrabatt −25%  −CHF 69.44   CHF 208.32
 * //   Netto               CHF 208.32
 * //   Netto pro Einheit     CHF 5.95
 * // Total exkl. MwSt.     CHF 208.32
 * // Gesamtreduktion              40%
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for something that is not a quote, or a bad locale.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a quote made by another version of hostpolicy.
 */
export function formatQuote(q: Quote, locale: SiteLocale | (string & {}), names?: Readonly<Record<string, string>>): string {
  const rows = describeQuote(q, locale, names);
  const labelWidth = Math.max(...rows.map((r) => (r.line === undefined || r.kind === 'line' ? 0 : 2) + r.label.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  return rows
    .map((r) => {
      const indent = r.line === undefined || r.kind === 'line' ? '' : '  ';
      const text = `${indent}${r.label}`.padEnd(labelWidth + 2) + r.value.padStart(valueWidth);
      return r.after === undefined ? text : `${text}   ${r.after}`;
    })
    .join('\n');
}

/**
 * Whether a value has a quote's fields: quotes of any copy of the library pass.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a quote of another format, whose fields may mean something else.
 */
function readableQuote(value: unknown): value is Quote {
  hasBrand(value, QUOTE_BRAND, 'Quote', QUOTE_FORMAT);
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as Quote).lines) &&
      typeof (value as { toJSON?: unknown }).toJSON === 'function' &&
      typeof (value as Quote).currency === 'string'
    );
  } catch {
    return false; // unreadable (a revoked Proxy, a getter that throws): not a quote
  }
}
