import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { idSchema, type ReadonlyInput } from './schema.js';

/** zod schema: a kSuite subscription of an organization (ACC-04). */
export const ksuiteSchema = strictObject({
  organization: idSchema,
  offer: z.string().check(z.minLength(1, 'must not be empty')),
  products: z.optional(z.array(idSchema)),
});
/** Input of `ksuite()`. */
export type KsuiteInput = ReadonlyInput<z.input<typeof ksuiteSchema>>;

/** zod schema: a question about one product included in a kSuite (ACC-04). */
export const includedProductRequestSchema = strictObject({
  product: idSchema,
  action: z.enum(['move', 'cancel']),
});
/** Input of `canDetachKsuiteProduct` besides the kSuite. */
export type IncludedProductRequest = ReadonlyInput<z.input<typeof includedProductRequestSchema>>;
