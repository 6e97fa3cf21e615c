/**
 * fast-check generators for the partner program. Written to be moved to `src/testing/` as they
 * are: they depend only on fast-check and on the public types.
 */
import fc from 'fast-check';
import type {
  PartnerAccessGrantInput,
  IncentiveOrder,
  PartnerAction,
  PartnerActor,
  PartnerRole,
  PartnerPaymentMode,
  RfpSubmission,
} from '../../src/partners/index.js';
import { PARTNER_ACTIONS, PARTNER_ROLES, PARTNER_PAYMENT_MODES } from '../../src/partners/index.js';

/** A small pool of ids, so that random sequences collide often. */
export const partnerIdArb = (pool = 4): fc.Arbitrary<string> => fc.integer({ min: 1, max: pool }).map((i) => `partner-${i}`);
export const productIdArb = (pool = 6): fc.Arbitrary<string> => fc.integer({ min: 1, max: pool }).map((i) => `product-${i}`);

export const paymentModeArb: fc.Arbitrary<PartnerPaymentMode> = fc.constantFrom(...PARTNER_PAYMENT_MODES);
export const partnerRoleArb: fc.Arbitrary<PartnerRole> = fc.constantFrom(...PARTNER_ROLES);
export const partnerActionArb: fc.Arbitrary<PartnerAction> = fc.constantFrom(...PARTNER_ACTIONS);

/** A grant input: full with a payment mode, or limited to 1–3 products of the pool. */
export const accessGrantArb = (partners = 4, products = 6): fc.Arbitrary<PartnerAccessGrantInput> =>
  fc.oneof(
    {
      weight: 1,
      arbitrary: fc.record({ partner: partnerIdArb(partners), access: fc.constant('full' as const), paymentMode: paymentModeArb }),
    },
    {
      // Limited grants are drawn more often, so that several limited partners coexist.
      weight: 3,
      arbitrary: fc.record({
        partner: partnerIdArb(partners),
        access: fc.constant('limited' as const),
        products: fc.array(productIdArb(products), { minLength: 1, maxLength: 2 }),
      }),
    },
  );

/** An actor: the client 'acme' (the client of the test states) or another client, or a partner of the pool, with or without a role. */
export const actorArb = (partners = 4): fc.Arbitrary<PartnerActor> =>
  fc.oneof(
    fc.record({ kind: fc.constant('client' as const), client: fc.constantFrom('acme', 'acme', 'rival') }),
    fc.record({ kind: fc.constant('partner' as const), partner: partnerIdArb(partners) }),
    fc.record({ kind: fc.constant('partner' as const), partner: partnerIdArb(partners), role: partnerRoleArb }),
  );

/** One operation of a random sequence on a client's access. */
export type AccessOperation =
  | { readonly op: 'grant'; readonly grant: PartnerAccessGrantInput }
  | { readonly op: 'revoke'; readonly partner: string }
  | { readonly op: 'mode'; readonly mode: PartnerPaymentMode; readonly at: Date };

export const accessOperationArb = (partners = 4, products = 6): fc.Arbitrary<AccessOperation> =>
  fc.oneof(
    { weight: 3, arbitrary: accessGrantArb(partners, products).map((grant) => ({ op: 'grant' as const, grant })) },
    { weight: 1, arbitrary: partnerIdArb(partners).map((partner) => ({ op: 'revoke' as const, partner })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          mode: paymentModeArb,
          at: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        })
        .map(({ mode, at }) => ({ op: 'mode' as const, mode, at })),
    },
  );

/** A price as a decimal string with 2 decimals, 0.00 – 99 999.99. */
export const priceCentsArb = fc.integer({ min: 0, max: 9_999_999 });
const asAmount = (cents: number): string => (cents / 100).toFixed(2);

/**
 * A valid incentive order: a public price and a partner price at most 35 % lower (PRC-04), in the
 * same currency; any access, payment mode (full access only), actor and managed flag.
 */
export const incentiveOrderArb: fc.Arbitrary<IncentiveOrder> = fc
  .record({
    full: fc.boolean(),
    paymentMode: paymentModeArb,
    actor: fc.constantFrom('client' as const, 'partner' as const),
    managedByPartner: fc.boolean(),
    currency: fc.constantFrom('CHF', 'EUR'),
    publicCents: priceCentsArb,
    reductionPermille: fc.integer({ min: 0, max: 350 }),
  })
  .map(({ full, paymentMode, actor, managedByPartner, currency, publicCents, reductionPermille }) => {
    const partnerCents = publicCents - Math.floor((publicCents * reductionPermille) / 1000);
    const prices = {
      publicPrice: { amount: asAmount(publicCents), currency },
      partnerPrice: { amount: asAmount(partnerCents), currency },
    };
    return full
      ? { access: 'full' as const, paymentMode, actor, managedByPartner, ...prices }
      : { access: 'limited' as const, actor, managedByPartner, ...prices };
  });

const wordArb = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäéè ,.!?-'.split('')) });

/** A phone number in international form: '+41 ' and 9 digits in groups. */
export const phoneArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('+41', '+33', '+49'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }))
  .map(([cc, d]) => `${cc} ${d.slice(0, 2).join('')} ${d.slice(2, 5).join('')} ${d.slice(5, 7).join('')} ${d.slice(7).join('')}`);

/** The ways a requester writes its own contact details into free text. */
function contactVariants(email: string, phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  return [
    email,
    email.toUpperCase(),
    `<${email}>`,
    `mailto:${email}`,
    phone,
    phone.replace(/ /g, ''),
    `0${digits.slice(2)}`,
    phone.replace(/ /g, '.'),
    `(${phone})`,
  ];
}

/**
 * A request for proposal whose title and description may embed the requester's e-mail and phone
 * in several spellings, among random words.
 */
export const rfpSubmissionArb = (at = new Date('2026-11-23T09:00:00Z')): fc.Arbitrary<RfpSubmission> =>
  fc
    .record({
      id: fc.uuid(),
      email: fc.emailAddress(),
      phone: phoneArb,
      name: wordArb.filter((w) => w.trim().length > 0),
      words: fc.array(wordArb, { minLength: 1, maxLength: 30 }),
      embeds: fc.array(fc.nat({ max: 8 }), { maxLength: 4 }),
      titleEmbed: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
      topics: fc.uniqueArray(fc.constantFrom('wordpress', 'mail', 'shop', 'cloud'), { minLength: 1, maxLength: 3 }),
      token: fc.string({ minLength: 16, maxLength: 40 }),
    })
    .map(({ id, email, phone, name, words, embeds, titleEmbed, topics, token }) => {
      const variants = contactVariants(email, phone);
      const parts = [...words];
      embeds.forEach((k, i) => {
        parts.splice((i * 7) % (parts.length + 1), 0, variants[k] ?? email);
      });
      const title = `Project ${titleEmbed === undefined ? 'help' : (variants[titleEmbed] ?? email)}`;
      return { id, title, description: parts.join(' ').trim() || 'help', topics, contact: { name, email, phone }, deleteToken: token, at };
    });
