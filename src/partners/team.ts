import { parseInput } from '../internal/parse.js';
import { partnerIdSchema, partnerTeamSchema, userIdSchema, type PartnerTeam } from './schema.js';

export { partnerTeamSchema, type PartnerTeam };

/** A frozen team; `designated` is sorted and without duplicates. */
function makeTeam(partner: string, designated: Iterable<string>): PartnerTeam {
  return Object.freeze({ partner, designated: Object.freeze([...new Set(designated)].sort()) });
}

/** @internal Parses a team argument (a JSON copy is read as any other input). */
export function parsePartnerTeam(team: unknown): PartnerTeam {
  const t = parseInput(partnerTeamSchema, team, 'partner team', 'PAR-14');
  return makeTeam(t.partner, t.designated);
}

/**
 * The team of a partner that has designated no user yet (PAR-14): passed to {@link authorize},
 * it lets none of the partner's users act on its clients' products.
 *
 * @example
 * ```ts
 * emptyPartnerTeam('agency'); // { partner: 'agency', designated: [] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty partner id.
 */
export function emptyPartnerTeam(partner: string): PartnerTeam {
  return makeTeam(parseInput(partnerIdSchema, partner, 'partner id', 'PAR-14'), []);
}

/**
 * The partner designates one of its users to manage its clients' products (PAR-14).
 * Designating a user already designated changes nothing.
 *
 * @example
 * ```ts
 * designateUser(emptyPartnerTeam('agency'), 'anna'); // { partner: 'agency', designated: ['anna'] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed team or an empty user id.
 */
export function designateUser(team: PartnerTeam, user: string): PartnerTeam {
  const t = parsePartnerTeam(team);
  const u = parseInput(userIdSchema, user, 'user id', 'PAR-14');
  return makeTeam(t.partner, [...t.designated, u]);
}

/**
 * The partner withdraws a user's designation (PAR-14): from then on, with the team passed to
 * {@link authorize}, that user cannot act on the clients' products. Withdrawing a user who is
 * not designated changes nothing.
 *
 * @example
 * ```ts
 * undesignateUser(designateUser(emptyPartnerTeam('agency'), 'anna'), 'anna');
 * // { partner: 'agency', designated: [] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed team or an empty user id.
 */
export function undesignateUser(team: PartnerTeam, user: string): PartnerTeam {
  const t = parsePartnerTeam(team);
  const u = parseInput(userIdSchema, user, 'user id', 'PAR-14');
  return makeTeam(
    t.partner,
    t.designated.filter((d) => d !== u),
  );
}

/**
 * Whether a user is designated in the partner's team (PAR-14). User ids compare exactly.
 *
 * @example
 * ```ts
 * const team = designateUser(emptyPartnerTeam('agency'), 'anna');
 * isDesignatedUser(team, 'anna'); // true
 * isDesignatedUser(team, 'ben');  // false
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed team or an empty user id.
 */
export function isDesignatedUser(team: PartnerTeam, user: string): boolean {
  const t = parsePartnerTeam(team);
  return t.designated.includes(parseInput(userIdSchema, user, 'user id', 'PAR-14'));
}
