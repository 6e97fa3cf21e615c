/*
 * The catalog's data (deep-frozen), with no heavy dependency: the partner quote bundle carries the default catalog,
 * and the catalog's zod schema (catalogSchema.ts) stays out of that bundle (quotes read catalogs
 * with pricing/read.ts; docs/packaging.md).
 */
import { deepFreeze } from '../internal/deepFreeze.js';

/** How a product's tier table applies (PRC-02). */
export type TierMode = 'volume' | 'graduated';

/** A billing period of the catalog's prices. */
export type BillingPeriod = 'monthly' | 'annual';

/** A bracket of a tier table: from this quantity on, this reduction applies. */
export interface TierBracketData {
  readonly from: number;
  readonly reduction: string | number;
  /** True when the value is an example, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** One product of the catalog, as plain data. */
export interface ProductData {
  readonly name: string;
  /** Display names by language code (`de`, `fr`, `it`, `en`, `es`). */
  readonly names?: Readonly<Record<string, string>>;
  /** Unit prices excluding VAT: currency → billing period → amount. */
  readonly prices: Readonly<Record<string, Readonly<Partial<Record<BillingPeriod, string | number>>>>>;
  readonly tiers?: { readonly mode: TierMode; readonly brackets: readonly TierBracketData[] };
  /** True when the prices are examples, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** A product catalog as plain data (PRC-01, PRC-02). */
export interface CatalogData {
  readonly products: Readonly<Record<string, ProductData>>;
}

/**
 * The default product catalog (PRC-01, PRC-02): public unit prices per currency and billing
 * period, excluding VAT, and each product's tier table.
 */
export const defaultCatalog: CatalogData = /*@__PURE__*/ deepFreeze({
  products: {
    'web-hosting': {
      name: 'Web hosting',
      names: { de: 'Webhosting', fr: 'Hébergement Web', it: 'Hosting Web', en: 'Web hosting', es: 'Alojamiento web' },
      // PRC-01: "35 web hostings cost CHF 347.20 (CHF 9.92 each) or EUR 201.25 (EUR 5.75 each)
      // per month, excluding VAT" (partner program FAQ, "Kumulierung").
      prices: { CHF: { monthly: '9.92' }, EUR: { monthly: '5.75' } },
      // PRC-02: the source gives a single point of the graduated table: -25 % for 35 hostings,
      // applied to all units (volume mode). No other bracket is known, so none is invented.
      tiers: { mode: 'volume', brackets: [{ from: 35, reduction: '25%' }] },
    },
    'mail-hosting': {
      name: 'Mail hosting',
      names: { de: 'Mail-Hosting', fr: 'Hébergement Mail', it: 'Hosting Mail', en: 'Mail hosting', es: 'Alojamiento de correo' },
      // PRC-02 (clarified): "Der Rabatt wird auf den gestaffelten Preis der Web/Mail-Hostings
      // angerechnet" — mail hostings have graduated prices too, but the sources give neither their
      // price nor their brackets. ILLUSTRATIVE: the web hosting's structure with example prices;
      // replace them with `definePolicy({ catalog: … })`.
      prices: { CHF: { monthly: '3.00' }, EUR: { monthly: '2.75' } },
      tiers: { mode: 'volume', brackets: [{ from: 35, reduction: '25%', illustrative: true }] },
      illustrative: true,
    },
  },
});

/** What the catalog checks tell (catalogSchema.ts and pricing/read.ts word them alike). @internal */
export const CATALOG_MESSAGES = {
  belowFull: 'must be below 100%',
  from: 'must be a whole quantity of at least 1',
  increasing: 'brackets must start at strictly increasing quantities',
} as const;
