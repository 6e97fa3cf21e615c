/**
 * Issue 16 (Trust II), item 3, as a property (RFP-02 as clarified): contact data is drawn
 * (names, companies, e-mails, phones, IBANs, addresses), hidden in ordinary text with a generator
 * of obfuscations (spelled-out signs, random case, zero-width spaces, digits of other scripts,
 * other separators, 'ä'/'ae' spellings), and the excerpt never lets it through. The check reads
 * the excerpt normalised: NFKC, invisible characters dropped, digits of every script as ASCII,
 * words folded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfpExcerpt, submitRfp } from '../../src/partners/index.js';
import { definePolicy } from '../../src/policy/index.js';

const policy = definePolicy({ partners: { rfp: { excerptLength: 10_000 } } });

const FILLER = [
  'we',
  'need',
  'a',
  'new',
  'website',
  'for',
  'our',
  'small',
  'business',
  'please',
  'help',
  'with',
  'online',
  'shop',
  'and',
  'the',
  'blog',
  'payment',
  'hosting',
  'migration',
  'thanks',
  'is',
  'ready',
  'by',
  'team',
  'write',
  'call',
  'or',
  'to',
  'us',
  'me',
];
const VOCABULARY = `${FILLER.join(' ')} hidden`;

// Consonant-vowel syllables: no two vowels meet, so no accidental 'ae'/'oe'/'ue' spelling.
const SYLLABLES = [
  'ba',
  'bo',
  'da',
  'di',
  'fe',
  'fu',
  'ga',
  'go',
  'ka',
  'ki',
  'lo',
  'lu',
  'ma',
  'me',
  'ni',
  'no',
  'pa',
  'pe',
  'ri',
  'ro',
  'sa',
  'su',
  'ta',
  'to',
  'va',
  'vi',
  'za',
  'zo',
  'mü',
  'bä',
  'kö',
  'rä',
];

/** The folded form the check compares in: lower case, no diacritics, 'ae'/'oe'/'ue' as the vowel. */
const fold = (s: string): string =>
  s.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
const ascii = (s: string): string => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A made-up word of 2 or 3 syllables that no ordinary word of the text contains. */
const nameArb = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((parts) => capital(parts.join('')))
  .filter((w) => !fold(VOCABULARY).includes(fold(w)));

/** Digits of several scripts: ASCII, full-width, Arabic-Indic, Devanagari, mathematical bold. */
const DIGIT_ZEROS = [0x30, 0xff10, 0x0660, 0x0966, 0x1d7ce];
const scriptArb = fc.constantFrom(...DIGIT_ZEROS);
const inScript = (digits: string, zero: number): string =>
  Array.from(digits, (d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join('');

/** The check's reading of a digit of any script (the scripts drawn above). */
const asciiDigits = (s: string): string =>
  Array.from(s, (c) => {
    const cp = c.codePointAt(0) as number;
    for (const zero of DIGIT_ZEROS) if (cp >= zero && cp < zero + 10) return String(cp - zero);
    if (cp >= 0x1d7ce && cp <= 0x1d7ff) return String((cp - 0x1d7ce) % 10);
    return c;
  }).join('');

/** Random case, letter by letter. */
const randomCase = (s: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((up) => Array.from(s, (c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** Zero-width spaces (and soft hyphens) inserted at random places. */
const withInvisibles = (s: string): fc.Arbitrary<string> =>
  fc
    .array(fc.nat({ max: s.length }), { maxLength: 3 })
    .chain((at) =>
      fc.constantFrom('\u200b', '\u00ad', '\u2060').map((z) => Array.from(s, (c, i) => (at.includes(i) ? z + c : c)).join('')),
    );

const obfuscate = (s: string): fc.Arbitrary<string> => fc.oneof(fc.constant(s), randomCase(s), withInvisibles(s));

const contactArb = fc.record({
  first: nameArb,
  last: nameArb,
  companyWord: nameArb,
  legalForm: fc.constantFrom('AG', 'GmbH', 'SA', 'Sàrl'),
  tld: fc.constantFrom('ch', 'com', 'de'),
  phoneDigits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => d.join('')),
  ibanDigits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 }).map((d) => d.join('')),
  bankLetters: fc.boolean(),
  street: nameArb,
  town: nameArb,
  houseNumber: fc.integer({ min: 1, max: 299 }),
  postcode: fc.integer({ min: 1000, max: 9699 }),
});
type Drawn = typeof contactArb extends fc.Arbitrary<infer T> ? T : never;

const AT = fc.constantFrom('@', ' [at] ', '(at)', ' at ', ' (at) ', '[AT]', '＠', '&#64;', '%40', ' @ ');
const DOT = fc.constantFrom('.', ' [dot] ', '(dot)', ' dot ', ' DOT ', '．');

const emailOf = (c: Drawn) => ({ local: ascii(`${c.first}.${c.last}`).toLowerCase(), label: ascii(c.companyWord).toLowerCase() });

function embeds(c: Drawn): fc.Arbitrary<string>[] {
  const { local, label } = emailOf(c);
  const umlauts = (s: string) => fc.constantFrom(s, ascii(s), s.normalize('NFD').replace(/\p{M}/gu, ''));
  const phone = fc
    .tuple(scriptArb, fc.constantFrom(' ', '-', '–', '_', ',', '.', '/', '\u2011', '\u200b', '', ' - '), fc.boolean())
    .map(([zero, sep, international]) => {
      const d = c.phoneDigits;
      const groups = international
        ? ['+41', d.slice(0, 2), d.slice(2, 5), d.slice(5, 7), d.slice(7)]
        : [`0${d.slice(0, 2)}`, d.slice(2, 5), d.slice(5, 7), d.slice(7)];
      return inScript(groups.join(sep), zero);
    });
  const iban = fc.tuple(fc.constantFrom(' ', '-', '', '\u200b'), scriptArb).chain(([sep, zero]) => {
    const body = c.bankLetters
      ? `DE${c.ibanDigits.slice(0, 2)}ABCD${c.ibanDigits.slice(2)}`
      : `CH${c.ibanDigits.slice(0, 2)}${c.ibanDigits.slice(2)}000`;
    const grouped = body.match(/.{1,4}/g)?.join(sep) ?? body;
    return randomCase(inScript(grouped, zero));
  });
  const street = fc.constantFrom(
    `${c.street.toLowerCase() === c.street ? c.street : capital(c.street.toLowerCase())}strasse ${c.houseNumber}`,
    `Rue du ${c.street} ${c.houseNumber}`,
    `Via ${c.street} ${c.houseNumber}`,
    `${c.houseNumber} ${c.street} Street`,
    `${c.street}gasse ${c.houseNumber}a`,
  );
  const town = fc
    .tuple(fc.constantFrom('', 'CH-', 'CH '), scriptArb)
    .map(([prefix, zero]) => `${prefix}${inScript(String(c.postcode), zero)} ${c.town}`);
  return [
    fc
      .tuple(AT, DOT, fc.boolean())
      .chain(([at, dot, wrap]) => obfuscate(`${wrap ? '<' : ''}${local}${at}${label}${dot}${c.tld}${wrap ? '>' : ''}`)),
    phone,
    iban,
    street,
    town,
    umlauts(`${c.first} ${c.last}`).chain(obfuscate),
    umlauts(c.companyWord).chain(obfuscate),
    umlauts(`${c.companyWord} ${c.legalForm}`).chain(obfuscate),
    umlauts(c.last).chain(obfuscate),
  ];
}

/** A description: ordinary words with 1 to 5 pieces of contact data hidden among them. */
const requestArb = contactArb.chain((c) =>
  fc
    .record({
      words: fc.array(fc.constantFrom(...FILLER), { minLength: 3, maxLength: 25 }),
      pieces: fc.array(fc.oneof(...embeds(c)), { minLength: 1, maxLength: 5 }),
      titlePiece: fc.oneof(...embeds(c)),
      positions: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    })
    .map(({ words, pieces, titlePiece, positions }) => {
      const parts = [...words];
      pieces.forEach((p, i) => {
        parts.splice((positions[i] as number) % (parts.length + 1), 0, p);
      });
      return { c, description: parts.join(' '), title: `Shop for ${titlePiece}` };
    }),
);

/** What the check reads: the excerpt's text, normalised. */
const normalised = (s: string): string => asciiDigits(s.normalize('NFKC').replace(/[\p{Cf}\p{M}]/gu, ''));

describe('RFP-02 property: obfuscated contact data never reaches an excerpt', () => {
  it('RFP-02 no digit, @, name, company, e-mail part, street or town of the requester survives, however written', () => {
    fc.assert(
      fc.property(requestArb, ({ c, description, title }) => {
        const { local, label } = emailOf(c);
        const contact = {
          name: `${c.first} ${c.last}`,
          email: `${local}@${label}.${c.tld}`,
          phone: `+41 ${c.phoneDigits}`,
          company: `${c.companyWord} ${c.legalForm}`,
        };
        const { rfp } = submitRfp(
          { id: 'r', title, description, topics: ['shop'], contact, deleteToken: 'a-long-random-secret', at: '2026-11-23T09:00:00Z' },
          [{ partner: 'p', topics: ['shop'] }],
          policy,
        );
        const excerpt = rfpExcerpt(rfp, policy);
        const text = normalised(`${excerpt.title} ${excerpt.summary} ${excerpt.topics.join(' ')}`);
        // Every number drawn is contact data (the ordinary words hold no digit): none is left.
        expect(text).not.toMatch(/\d/);
        expect(text).not.toContain('@');
        const folded = fold(text);
        for (const secret of [c.first, c.last, c.companyWord, c.street, c.town, ...local.split('.'), label])
          expect(folded).not.toContain(fold(secret));
      }),
      { numRuns: 400 },
    );
  });
});
