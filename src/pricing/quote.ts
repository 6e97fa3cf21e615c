import { HostPolicyError } from '../errors.js';
import { invalidField, readInput } from '../internal/parse.js';
import { policyPart } from '../internal/policyPart.js';
import { ONE, ZERO } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { minorUnits } from '../money/currencies.js';
import { Rate } from '../money/rate.js';
import { roundToPlaces } from '../money/rounding.js';
import { defaultCatalog } from '../policy/catalog.js';
import type { Policy } from '../policy/defaultPolicy.js';
import { defaultPricingPolicy } from '../policy/pricing.js';
import { defineCatalog, type Catalog, type Product } from './catalog.js';
import { compilePricingPolicy } from './pricingPolicy.js';
import type * as z from 'zod/mini';
import type { quoteRequestSchema, QuoteRequest } from './schema.js';
// Read without zod (read.ts), as quoteRequestSchema reads it: the partner quote bundle ships no zod.
import { readQuoteRequest } from './read.js';
import { tierOutcome, type BracketShare, type TierOutcome } from './tiers.js';
import { makeQuote, type Quote, type QuoteLine, type Step } from './quoteTypes.js';

/** The parts of a {@link Policy} that pricing reads; a whole `Policy` fits. */
export type PricingPolicyParts = Pick<Policy, 'catalog' | 'pricing'>;

/**
 * The pricing defaults, without the other contexts' policy parts: importing `defaultPolicy` here
 * would pull every context's policy schemas into the partner quote bundle.
 */
const PRICING_DEFAULTS: PricingPolicyParts = /*@__PURE__*/ Object.freeze({ catalog: defaultCatalog, pricing: defaultPricingPolicy });

/** Effective and average rates are shown to 10 decimal places of the fraction. */
const RATE_PLACES = 10;

/**
 * Prices products for a partner: the partner discount first, then the tier reduction on what
 * remains (PRC-03), each step rounded half-up to the currency's minor unit, then VAT on the net
 * total (PRC-06: by default Swiss VAT on a CHF quote; a EUR quote is net unless `vat` names a
 * country or a rate), then, if asked, cash rounding of the payable amount as a last step of its own.
 *
 * @param req - see {@link QuoteRequest}.
 * @param policy - the partner discount cap, VAT rates and cash rounding steps; `defaultPolicy` by
 *   default. The catalog comes from `req.catalog`, else from `policy.catalog`.
 * @returns a {@link Quote} whose lines list every step (PRC-05).
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad quantity, an unknown product or currency,
 *   a product without a price in that currency, a malformed rate, a `vat` with both a `rate` and
 *   a `country`, an unknown (e.g. misspelled) key, or a policy that is not an object.
 * @throws HostPolicyError `RATE_ABOVE_CAP` (PRC-04) for a partner discount above 35 %.
 *
 * @example
 * ```ts
 * const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
 * q.lines[0].listTotal.toString();          // 'CHF 347.20'
 * q.lines[0].steps.map((s) => s.after.toString()); // ['CHF 277.76', 'CHF 208.32']
 * q.total.toString();                       // 'CHF 208.32'
 * q.effectiveReduction.toString();          // '40%'
 * q.totalInclVat?.toString();               // 'CHF 225.19'
 * ```
 */
export function quote(req: QuoteRequest, policy: PricingPolicyParts = PRICING_DEFAULTS): Quote {
  const parsed = readInput(req, 'quote request', (v, issues) => readQuoteRequest(v, issues, [])) as z.output<typeof quoteRequestSchema>;
  const rules = compilePricingPolicy(policyPart(policy, 'pricing') as PricingPolicyParts['pricing']);
  const catalog = defineCatalog(parsed.catalog ?? (policyPart(policy, 'catalog') as PricingPolicyParts['catalog']));
  const { currency } = parsed;
  const period = parsed.period ?? 'monthly';

  const discount = parsed.partnerDiscount;
  if (discount !== undefined && discount.compare(rules.partnerDiscountCap) > 0) {
    throw new HostPolicyError(
      'RATE_ABOVE_CAP',
      // The exact rate: Rate#toString rounds to two places, which made 35.0001 % read "35% is above the cap of 35%".
      `A partner discount of ${discount.percent.toString()}% is above the cap of ${rules.partnerDiscountCap.toString()}.`,
      { rule: 'PRC-04', details: { rate: discount.toJSON(), cap: rules.partnerDiscountCap.toJSON() } },
    );
  }

  const products = productsOf(catalog, parsed.lines);
  const tiers = tiersOf(products, parsed.lines);
  const lines = parsed.lines.map((line, index) => {
    const product = products[index] as Product;
    return priceLine(product, tiers.get(product), line.product, line.quantity, currency, period, discount, index);
  });
  const zero = Money.zero(currency);
  const listTotal = lines.reduce((sum, l) => sum.plus(l.listTotal), zero);
  const total = lines.reduce((sum, l) => sum.plus(l.net), zero);
  const effectiveReduction = listTotal.isZero()
    ? new Rate(ZERO)
    : new Rate(roundToPlaces(ONE.minus(total.amount.dividedBy(listTotal.amount)), RATE_PLACES, 'half-up'));

  const vatRate = parsed.vat === false ? undefined : rules.vatRate(parsed.vat, currency);
  const vat = vatRate === undefined ? undefined : total.times(vatRate).round();
  const totalInclVat = vat === undefined ? undefined : total.plus(vat);
  const beforeCash = totalInclVat ?? total;
  const cashStep = parsed.cashRounding === true ? rules.cashStep(currency) : undefined;
  const payable = cashStep === undefined ? beforeCash : beforeCash.round('half-up', cashStep.amount);

  return makeQuote({
    currency,
    period,
    lines,
    listTotal,
    total,
    effectiveReduction,
    ...(vatRate === undefined ? {} : { vatRate, vat, totalInclVat }),
    ...(cashStep === undefined ? {} : { cashRounding: { step: cashStep, adjustment: payable.minus(beforeCash) } }),
    payable,
  } as Parameters<typeof makeQuote>[0]);
}

/**
 * The catalog product of each line, and each product's tier. A product's tier is set by its
 * total quantity in the quote (PRC-02: the bracket "the total quantity reaches"), so 34 hostings
 * on one line and 1 on another are priced as 35 — each line at that tier. Compared by catalog
 * product, so two spellings of one product id count as one.
 */
function productsOf(catalog: Catalog, lines: readonly { readonly product: string; readonly quantity: number }[]): Product[] {
  const products = new Array<Product>(lines.length);
  for (let index = 0; index < lines.length; index += 1) {
    const productId = (lines[index] as { product: string }).product;
    const product = catalog.product(productId);
    if (product === undefined) {
      invalidField(
        'quote request',
        ['lines', index, 'product'],
        `unknown product '${productId}'; the catalog has: ${catalog.productIds.join(', ')}`,
        'PRC-01',
      );
    }
    products[index] = product;
  }
  return products;
}

/** Each product's tier for its total quantity over the lines (a product on one line: its quantity). */
function tiersOf(products: readonly Product[], lines: readonly { readonly quantity: number }[]): Map<Product, TierOutcome | undefined> {
  const totals = new Map<Product, number>();
  for (let i = 0; i < products.length; i += 1) {
    const product = products[i] as Product;
    totals.set(product, (totals.get(product) ?? 0) + (lines[i] as { quantity: number }).quantity);
  }
  const tiers = new Map<Product, TierOutcome | undefined>();
  for (const [product, quantity] of totals) tiers.set(product, tierOutcome(product, quantity));
  return tiers;
}

function priceLine(
  product: Product,
  tier: TierOutcome | undefined,
  productId: string,
  quantity: number,
  currency: string,
  period: 'monthly' | 'annual',
  discount: Rate | undefined,
  index: number,
): QuoteLine {
  const unitPrice = product.price(currency, period);
  if (unitPrice === undefined) {
    invalidField('quote request', ['lines', index, 'product'], `'${productId}' has no ${period} price in ${currency}`, 'PRC-01');
  }
  // Each step's amount is the exact running amount rounded half-up to the minor unit, and its
  // reduction the difference of two rounded amounts: the shown steps add up to the cent, rounding
  // errors do not compound, and a graduated total never decreases when the quantity grows.
  let exact = unitPrice.times(quantity);
  const listTotal = exact.round();
  const steps: Step[] = [];
  let current = listTotal;
  const apply = (fraction: Rate): { reduction: Money; after: Money } => {
    exact = exact.times(fraction.complement());
    const after = exact.round();
    const reduction = current.minus(after);
    current = after;
    return { reduction, after };
  };
  if (discount !== undefined && !discount.isZero()) {
    steps.push({ kind: 'partner-discount', rule: 'PRC-03', rate: discount, ...apply(discount) });
  }
  if (tier !== undefined && !tier.fraction.isZero()) {
    steps.push({
      kind: tier.kind,
      rule: 'PRC-02',
      rate: new Rate(roundToPlaces(tier.fraction, RATE_PLACES, 'half-up')),
      ...apply(new Rate(tier.fraction)),
      brackets: tier.brackets.map(toBracketJSON),
    });
  }
  // Rounded before it becomes Money: the quotient may have more fraction digits than a Money holds.
  const netPerUnit = new Money(roundToPlaces(current.amount.dividedBy(quantity), minorUnits(currency) ?? 2, 'half-up'), currency);
  return { product: productId, quantity, unitPrice, listTotal, steps, net: current, netPerUnit };
}

function toBracketJSON(b: BracketShare): { from: number; to: number; quantity: number; rate: Rate } {
  return { from: b.from, to: b.to, quantity: b.quantity, rate: new Rate(b.reduction) };
}
