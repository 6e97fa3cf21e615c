import * as z from 'zod/mini';
import { strictObject, variants } from '../internal/checks.js';
import { idSchema, organizationKindSchema, storedVatNumberSchema, type ReadonlyInput } from './schema.js';

const idList = z.array(idSchema);

/** zod schema: login security settings chosen by the user (ACC-05). */
export const loginSettingsSchema = strictObject({
  /** `0`: never lock (ACC-05). */
  lockAfter: z.optional(z.int().check(z.gte(0, 'must be 0 (never lock) or a whole number of failed logins'))),
  notifyOnSuccess: z.optional(z.boolean()),
  notifyOnFailure: z.optional(z.boolean()),
});
/** Settings a user chooses: lock after how many failed logins, and which logins to be told of. */
export type LoginSettingsInput = ReadonlyInput<z.input<typeof loginSettingsSchema>>;

/** zod schema: the state of a user's login security (ACC-05). */
export const loginSecuritySchema = strictObject({
  user: idSchema,
  lockAfter: z.int().check(z.gte(0)),
  failedAttempts: z.int().check(z.gte(0)),
  locked: z.boolean(),
  notify: strictObject({ success: z.boolean(), failure: z.boolean() }),
});

/** zod schema: who unlocks a locked account (ACC-05). */
export const unlockerSchema = variants('kind', [
  strictObject({
    kind: z.literal('administrator'),
    actor: idSchema,
    organization: strictObject({
      id: idSchema,
      owners: idList,
      administrators: idList,
      members: idList,
      // Read by no rule here, but part of the Organization value that callers pass.
      name: z.optional(z.string()),
      ksuiteMembers: z.optional(idList),
      mailDomains: z.optional(z.array(z.string())),
      kind: z.optional(organizationKindSchema),
      vatNumber: z.optional(storedVatNumberSchema),
    }),
  }),
  strictObject({ kind: z.literal('secure-form'), identityConfirmed: z.boolean() }),
]);
/** Who unlocks: an administrator of one of the user's organizations, or the secure form. */
export type Unlocker = ReadonlyInput<z.input<typeof unlockerSchema>>;

/** zod schema: the outcome of a login attempt. */
export const loginOutcomeSchema = z.enum(['success', 'failure']);
