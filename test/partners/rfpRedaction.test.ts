/**
 * Issue 16 (Trust II), item 3: excerpts leaked contact data (RFP-02 as clarified: until a partner
 * opens the full request, nothing it sees can identify or reach the requester, in whatever
 * spelling). One test per leak that was seen; each failed before the redactor.
 */
import { describe, expect, it } from 'vitest';
import { openRfp, rfpExcerpt, submitRfp, type RfpExcerpt, type RfpSubmission } from '../../src/partners/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { invalidPaths } from './helpers.js';

const contact = {
  name: 'Anna Müller',
  email: 'anna.mueller@baeckerei-mueller.ch',
  phone: '+41 44 555 12 34',
  company: 'Bäckerei Müller AG',
};
const submission: RfpSubmission = {
  id: 'rfp-7',
  title: 'New shop for our bakery',
  description: 'We need a shop.',
  topics: ['shop'],
  contact,
  deleteToken: 'a-long-random-secret-0007',
  at: '2026-11-23T09:00:00Z',
};
const directory = [{ partner: 'p1', topics: ['shop', 'wordpress'] }];

/** The excerpt of a request whose description is `description` (and whose title is `title`). */
function excerptOf(description: string, extra: Partial<RfpSubmission> = {}): RfpExcerpt {
  const { rfp, excerpts } = submitRfp({ ...submission, description, ...extra }, directory);
  const excerpt = rfpExcerpt(rfp);
  expect(excerpts[0]?.excerpt).toEqual(excerpt);
  return excerpt;
}

/** Everything a partner reads in an excerpt, lower case. */
const visible = (e: RfpExcerpt): string => `${e.title} ${e.summary} ${e.topics.join(' ')}`.toLowerCase();

// RFP-02: "If it is still valid (see below), the Partner displays your request for proposal and discovers
// your contact details" — only then; the excerpt before it carries none, in whatever spelling.
describe(
  'RFP-02 "the Partner displays your request for proposal and discovers your contact details" only on opening: spelled-out e-mail ' +
    'addresses are hidden in the excerpt',
  () => {
    it.each([
      ['[at] and [dot]', 'Write to anna [at] baeckerei [dot] ch please.'],
      ['(at)', 'Write to anna(at)baeckerei.ch please.'],
      ['a full-width ＠', 'Write to anna＠baeckerei.ch please.'],
      ['the HTML entity &#64;', 'Write to anna&#64;baeckerei.ch please.'],
      ['the URL encoding %40', 'Write to anna%40baeckerei.ch please.'],
      ['bare " at " and " dot "', 'Write to anna at baeckerei dot ch please.'],
    ])('RFP-02 %s', (_, description) => {
      const e = excerptOf(description);
      expect(e.summary).toBe('Write to [hidden] please.');
      expect(visible(e)).not.toMatch(/anna|baeckerei/);
    });
  },
);

describe('RFP-02 phone numbers in any digits and with any separators are hidden', () => {
  it.each([
    ['full-width digits', '０４４ ５５５ １２ ３４'],
    ['Arabic-Indic digits', '٠٤٤ ٥٥٥ ١٢ ٣٤'],
    ['mathematical bold digits', '𝟎𝟒𝟒 𝟓𝟓𝟓 𝟏𝟐 𝟑𝟒'],
    ['en dashes', '044–555–12–34'],
    ['underscores', '044_555_12_34'],
    ['commas', '044,555,12,34'],
    ['non-breaking hyphens', '044\u2011555\u201112\u201134'],
    ['zero-width spaces between the digits', '0\u200b4\u200b4\u200b5\u200b5\u200b5\u200b1\u200b2\u200b3\u200b4'],
  ])('RFP-02 %s', (_, phone) => {
    const e = excerptOf(`Call me on ${phone} in the morning.`);
    expect(e.summary).toBe('Call me on [hidden] in the morning.');
  });
});

describe('RFP-02 account numbers, addresses and the requester named in the text are hidden', () => {
  it('RFP-02 an IBAN with letters in the bank code', () => {
    const e = excerptOf('Refunds to DE89 ABCD 0044 0532 0130 00 or GB29NWBK60161331926819, thanks.');
    expect(e.summary).toBe('Refunds to [hidden] or [hidden], thanks.');
  });

  it('RFP-02 a postal address: street and number, postcode and town, in German, French, Italian and English forms', () => {
    expect(excerptOf('Visit us at Bahnhofstrasse 12, 8001 Zürich, any day.').summary).toBe('Visit us at [hidden], [hidden], any day.');
    expect(excerptOf('Our shop: Rue du Lac 5, CH-1003 Lausanne.').summary).toBe('Our shop: [hidden], [hidden].');
    expect(excerptOf('Our shop: Via Roma 3, 6900 Lugano.').summary).toBe('Our shop: [hidden], [hidden].');
    expect(excerptOf('Our office is at 221b Baker Street in town.').summary).toBe('Our office is at [hidden] in town.');
  });

  it("RFP-02 the requester's own name and company written in the description, in any case and spelling", () => {
    const e = excerptOf('Ask for ANNA Mueller at Baeckerei MÜLLER, or the Müllerbäckerei team.');
    expect(e.summary).toBe('Ask for [hidden] at [hidden], or the [hidden] team.');
    expect(visible(e)).not.toMatch(/anna|m(ü|ue|u)ller|b(ä|ae|a)ckerei/);
  });

  it("RFP-02 the requester's name and e-mail parts in the title", () => {
    const e = excerptOf('We need a shop.', { title: 'Shop for Bäckerei Müller (Anna)' });
    expect(e.title).toBe('Shop for [hidden] ([hidden])');
  });

  it('RFP-02 URLs and bare domain names', () => {
    expect(excerptOf('See https://baeckerei-mueller.ch/shop and www.example.com or kuchen.shop now.').summary).toBe(
      'See [hidden] and [hidden] or [hidden] now.',
    );
  });

  it("RFP-02 topics are the policy list's own strings, never the requester's: an e-mail given as a topic is left out", () => {
    const { rfp } = submitRfp({ ...submission, topics: ['anna@baeckerei.ch', ' WordPress ', 'ＳＨＯＰ', 'shop'] }, directory);
    expect(rfpExcerpt(rfp).topics).toEqual(['wordpress', 'shop']);
    // Matching partners by topic works as before, on the request's own strings.
    expect(rfp.recipients).toEqual(['p1']);
    // A partner that opens the request still sees what the requester wrote.
    expect(openRfp(rfp, { partner: 'p1', at: '2026-11-24T00:00:00Z' }).topics).toEqual([
      'anna@baeckerei.ch',
      ' WordPress ',
      'ＳＨＯＰ',
      'shop',
    ]);
  });

  it('RFP-02 the topic list is policy data, validated with the partners policy', () => {
    const policy = definePolicy({ partners: { rfp: { topics: ['Bakeries', 'shop'] } } });
    const { rfp } = submitRfp({ ...submission, topics: ['bakeries', 'wordpress'] }, directory, policy);
    expect(rfpExcerpt(rfp, policy).topics).toEqual(['Bakeries']);
    expect(invalidPaths(() => definePolicy({ partners: { rfp: { topics: [''] } } }))).toEqual([['partners', 'rfp', 'topics', 0]]);
    expect(invalidPaths(() => definePolicy({ partners: { rfp: { topics: 'shop' as never } } }))).toEqual([['partners', 'rfp', 'topics']]);
  });

  it('RFP-02 privacy wins over false positives: a date and an amount of 7 digits or more are hidden too', () => {
    expect(excerptOf('Go live on 23.11.2026 with a budget of 1 250 000 CHF.').summary).toBe(
      'Go live on [hidden] with a budget of [hidden] CHF.',
    );
  });
});

describe('RFP-02 ordinary text survives', () => {
  it('RFP-02 a benign description keeps its words', () => {
    const description =
      'We are a small family bakery and need a new WordPress shop with online payment, a blog and a newsletter. ' +
      'About 40 products, delivery in the region, ready by March. Budget around CHF 5000. ' +
      'Nous parlons aussi français. Wir sprechen auch Deutsch. Please include hosting and e-mail migration.';
    const policy = definePolicy({ partners: { rfp: { excerptLength: 10_000 } } });
    const { rfp } = submitRfp({ ...submission, description }, directory, policy);
    const { summary } = rfpExcerpt(rfp, policy);
    const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);
    const kept = words(description).filter((w) => summary.includes(w));
    expect(kept.length / words(description).length).toBeGreaterThan(0.95);
    expect(summary).toBe(description);
  });
});
