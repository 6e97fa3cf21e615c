import type { PartnersPolicyParts } from '../policyParts.js';
import { compilePartnersPolicy } from '../compiledPolicy.js';

/*
 * The topics of an excerpt (RFP-02): a topic is free text, and a requester can put anything in it
 * (`topics: ['anna@baeckerei.ch']`). The excerpt therefore names topics only with the strings of
 * the policy's list (`partners.rfp.topics`), never with the requester's.
 */

const lookups = new WeakMap<PartnersPolicyParts, ReadonlyMap<string, string>>();

/**
 * The form in which topics are compared: trimmed, NFKC, case-folded.
 *
 * @example
 * ```ts
 * canonicalTopic('  WordPress '); // 'wordpress'
 * canonicalTopic('ＳＨＯＰ');     // 'shop'
 * ```
 */
export function canonicalTopic(topic: string): string {
  return topic.normalize('NFKC').trim().toLowerCase();
}

function lookupOf(policy: PartnersPolicyParts): ReadonlyMap<string, string> {
  let lookup = lookups.get(policy);
  if (lookup === undefined) {
    const map = new Map<string, string>();
    // The first spelling of the list wins when two fold alike.
    for (const topic of compilePartnersPolicy(policy).rfp.topics)
      if (!map.has(canonicalTopic(topic))) map.set(canonicalTopic(topic), topic);
    lookup = map;
    lookups.set(policy, lookup);
  }
  return lookup;
}

/**
 * The topics an excerpt shows for a request's `topics`: the policy list's own strings for those
 * that match one, each once, in the request's order; unknown topics are left out.
 *
 * @example
 * ```ts
 * excerptTopics([' WordPress', 'anna@baeckerei.ch', 'wordpress'], defaultPolicy); // ['wordpress']
 * ```
 * @internal
 */
export function excerptTopics(topics: readonly string[], policy: PartnersPolicyParts): readonly string[] {
  const lookup = lookupOf(policy);
  const known = topics.map((t) => lookup.get(canonicalTopic(t))).filter((t): t is string => t !== undefined);
  return Object.freeze([...new Set(known)]);
}
