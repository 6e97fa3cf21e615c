import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';

/** zod schema: the id of a stored entity or of a customer. */
export const keySchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.refine((s) => s.trim() === s, 'must not start or end with spaces'),
);

/** The error a service raises when the entity it should change is not stored. */
export function notFound(what: string, id: string): HostPolicyError {
  return new HostPolicyError('NOT_FOUND', `No ${what} ${id} is stored.`, { details: { id } });
}
