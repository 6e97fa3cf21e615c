import type * as z from 'zod/mini';
import { readInput } from '../internal/parse.js';
import type { Money } from '../money/money.js';
import { Money as MoneyClass } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { BillingPeriod, CatalogData, TierMode } from '../policy/catalog.js';
import type { catalogSchema } from '../policy/catalogSchema.js';
// Read without zod (read.ts), as catalogSchema reads it: the partner quote bundle ships no zod.
import { readCatalog } from './read.js';

/** A bracket of a compiled tier table. */
export interface TierBracket {
  readonly from: number;
  readonly reduction: Rate;
  readonly illustrative: boolean;
}

/** A product of a compiled catalog: exact prices and rates. */
export interface Product {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
  /** Unit price excluding VAT, by currency and billing period. */
  price(currency: string, period: BillingPeriod): Money | undefined;
  readonly tiers: { readonly mode: TierMode; readonly brackets: readonly TierBracket[] } | undefined;
  /** True when the prices are examples, not taken from the sources (e.g. the default mail hosting). */
  readonly illustrative: boolean;
}

/** A validated product catalog (PRC-01, PRC-02). Make one with {@link defineCatalog}. */
export interface Catalog {
  readonly kind: 'catalog';
  product(id: string): Product | undefined;
  readonly productIds: readonly string[];
}

type ParsedCatalog = z.output<typeof catalogSchema>;

const compiled = new WeakMap<object, Catalog>();

/**
 * Validates catalog data and compiles it to exact prices and rates. Quotes accept the plain data
 * as well; compiling once up front saves the validation on every quote.
 *
 * @example
 * ```ts
 * const catalog = defineCatalog({
 *   products: {
 *     'mail-hosting': {
 *       name: 'Mail hosting',
 *       prices: { CHF: { monthly: '3.00' } },
 *       tiers: { mode: 'graduated', brackets: [{ from: 10, reduction: '10%' }, { from: 50, reduction: '20%' }] },
 *     },
 *   },
 * });
 * quote({ currency: 'CHF', lines: [{ product: 'mail-hosting', quantity: 60 }], catalog, vat: false }).total.toString();
 * // 'CHF 161.40'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each invalid field.
 */
export function defineCatalog(data: CatalogData | Catalog): Catalog {
  if (isCatalog(data)) return data;
  const cached = compiled.get(data);
  if (cached !== undefined) return cached;
  const catalog = compileCatalog(readInput(data, 'catalog', (v, issues) => readCatalog(v, issues, [])) as ParsedCatalog);
  if (typeof data === 'object' && data !== null) compiled.set(data, catalog);
  return catalog;
}

function isCatalog(value: unknown): value is Catalog {
  try {
    return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'catalog';
  } catch {
    return false; // unreadable (a revoked Proxy, a getter that throws): readInput says why
  }
}

function compileCatalog(parsed: ParsedCatalog): Catalog {
  const products = new Map<string, Product>();
  for (const [id, p] of Object.entries(parsed.products)) {
    const prices = new Map<string, Money>();
    for (const [currency, byPeriod] of Object.entries(p.prices)) {
      for (const [period, amount] of Object.entries(byPeriod)) {
        if (amount !== undefined) prices.set(`${currency}|${period}`, new MoneyClass(amount, currency));
      }
    }
    products.set(id, {
      id,
      name: p.name,
      names: p.names ?? {},
      price: (currency, period) => prices.get(`${currency}|${period}`),
      illustrative: p.illustrative === true,
      tiers:
        p.tiers === undefined
          ? undefined
          : {
              mode: p.tiers.mode,
              brackets: p.tiers.brackets.map((b) => ({ from: b.from, reduction: b.reduction, illustrative: b.illustrative ?? false })),
            },
    });
  }
  return Object.freeze({
    kind: 'catalog' as const,
    product: (id: string) => products.get(id),
    productIds: Object.freeze([...products.keys()]),
  });
}
