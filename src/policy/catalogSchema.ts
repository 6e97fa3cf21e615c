import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { flag, listOf, oneOf, recordOf, text, wholeNumber, strictObject } from '../internal/checks.js';
import { currencySchema, rateJsonUpTo, rateSchema } from '../money/schema.js';
import { ONE } from '../money/decimal.js';
import { positiveAmountSchema } from '../money/amount.js';
import { Rate } from '../money/rate.js';
import { CATALOG_MESSAGES } from './catalog.js';

/*
 * The zod schema of a catalog, for definePolicy, the partner incentives and hostpolicy/schemas.
 * defineCatalog reads catalogs without zod (pricing/read.ts), with the same checks; a property test
 * holds both to the same answers.
 */

const bracketReduction = z.pipe(
  rateSchema,
  z.custom<Rate>((r) => r instanceof Rate && r.fraction.lessThan(1), CATALOG_MESSAGES.belowFull),
);
hintJson(bracketReduction, () => ({
  ...rateJsonUpTo(ONE),
  not: { anyOf: [{ const: 1 }, { type: 'string', pattern: '^\\s*0*1(?:\\.0*)?\\s*$|^\\s*0*100(?:\\.0*)?\\s*%\\s*$' }] },
}));

const bracketsSchema = listOf(
  strictObject({
    reduction: bracketReduction,
    from: wholeNumber(1, Number.MAX_SAFE_INTEGER, CATALOG_MESSAGES.from),
    illustrative: z.optional(flag),
  }),
  1,
  100,
  'brackets',
).check(z.refine((bs) => bs.every((b, i) => i === 0 || b.from > (bs[i - 1]?.from ?? 0)), CATALOG_MESSAGES.increasing));

/** zod schema of a catalog; the output holds exact amounts and rates. */
export const catalogSchema = strictObject({
  products: recordOf(
    text('product id'),
    strictObject({
      name: text('product name'),
      names: z.optional(recordOf(text('language code', 10), text('product name'))),
      prices: recordOf(
        currencySchema,
        strictObject({ monthly: z.optional(positiveAmountSchema), annual: z.optional(positiveAmountSchema) }),
      ),
      tiers: z.optional(strictObject({ mode: oneOf(['volume', 'graduated']), brackets: bracketsSchema })),
      illustrative: z.optional(flag),
    }),
  ),
});
