import { isHostPolicyError } from '../errors.js';
import { defaultCatalog } from '../policy/index.js';
import { formatQuote, quote, type QuoteRequest } from '../pricing/index.js';
import { readArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

export const QUOTE_HELP = `hostpolicy quote — a partner quote with every price step (PRC-01..07)

Usage:
  hostpolicy quote --product <id> --quantity <n> [--product <id> --quantity <n> …]
                   [--discount <rate>] [--currency CHF|EUR] [--period monthly|annual]
                   [--no-vat] [--locale <tag>] [--json]

  --product    a product of the catalog (${Object.keys(defaultCatalog.products).join(', ')}); repeat it,
               each with its --quantity, for several lines
  --quantity   whole units, 1 to 1,000,000
  --discount   the partner discount, e.g. 20% or 0.2 (at most 35 %, PRC-04)
  --currency   CHF by default; a quote in CHF includes Swiss VAT, one in EUR is net (PRC-06)
  --no-vat     the quote excluding VAT only
  --locale     de-CH, fr-CH, it-CH, en (the default) or es; any BCP 47 tag formats the numbers
  --json       the quote as JSON (amounts as { amount, currency }, rates as fractions)

Example:
  hostpolicy quote --product web-hosting --quantity 35 --discount 20%

Exit codes: 0 quoted, 1 the discount is above the partner cap (PRC-04), 2 bad usage or input
(e.g. an unknown product: the known ones are listed).`;

/** A whole number of units as typed: digits only, so that '3.5', '1e3' or '' never reach the quote. */
function quantityOf(text: string): number {
  if (!/^\d{1,7}$/.test(text)) throw new UsageError(`--quantity must be a whole number of units, not ${JSON.stringify(text)}`);
  return Number(text);
}

/**
 * `hostpolicy quote`: prices products with the default policy and prints the breakdown of
 * formatQuote (list price, partner discount, tier, net, VAT, total), or the quote as JSON.
 */
export async function quoteCommand(io: CliIo, args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(QUOTE_HELP);
    return 0;
  }
  const { values, positionals } = readArgs(args, {
    product: { type: 'string', multiple: true },
    quantity: { type: 'string', multiple: true },
    discount: { type: 'string' },
    currency: { type: 'string', default: 'CHF' },
    period: { type: 'string' },
    'no-vat': { type: 'boolean' },
    locale: { type: 'string', default: 'en' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0)
    throw new UsageError(`quote takes no file or word ${JSON.stringify(positionals[0])}; see hostpolicy quote --help`);
  const products = values.product ?? [];
  const quantities = values.quantity ?? [];
  if (products.length === 0) throw new UsageError('quote needs --product and --quantity (hostpolicy quote --help)');
  if (products.length !== quantities.length) {
    throw new UsageError(`quote needs one --quantity per --product (${products.length} products, ${quantities.length} quantities)`);
  }
  const known = Object.keys(defaultCatalog.products);
  const unknown = products.find((p) => !Object.hasOwn(defaultCatalog.products, p));
  if (unknown !== undefined) throw new UsageError(`unknown product ${JSON.stringify(unknown)}; the catalog has: ${known.join(', ')}`);
  if (values.period !== undefined && values.period !== 'monthly' && values.period !== 'annual') {
    throw new UsageError(`--period must be monthly or annual, not ${JSON.stringify(values.period)}`);
  }
  const request: QuoteRequest = {
    currency: values.currency.toUpperCase(),
    lines: products.map((product, i) => ({ product, quantity: quantityOf(quantities[i] as string) })),
    ...(values.discount === undefined ? {} : { partnerDiscount: values.discount }),
    ...(values.period === undefined ? {} : { period: values.period }),
    ...(values['no-vat'] === true ? { vat: false as const } : {}),
  };
  let q: ReturnType<typeof quote>;
  try {
    q = quote(request);
  } catch (e) {
    if (isHostPolicyError(e) && e.code === 'RATE_ABOVE_CAP') {
      io.err(`hostpolicy quote: ${e.rule === undefined ? '' : `${e.rule} `}${e.code}: ${e.message}`);
      return 1;
    }
    throw e;
  }
  io.out(values.json === true ? JSON.stringify(q, null, 2) : formatQuote(q, values.locale));
  return 0;
}
