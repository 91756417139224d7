// Every figure of the two seed articles (../shared/seeds) has a card: each card's quote is found
// verbatim in its article, and every number in the articles' text is in some card's quote — except the
// dates of the ministerial meetings, which are not about contributions at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS, BANGLADESH_ARTICLE, BHUTAN_ARTICLE } from '../../../src/features/claims/claims.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The article's own text: the Bangladesh copy ends with unrelated teasers after its photo credit. */
const articles = {
  [BANGLADESH_ARTICLE.id]: flat(
    readFileSync(path.join(SEEDS, '000_34c422174f74e750.txt'), 'utf8').split('[Photo by')[0] ?? '',
  ),
  [BHUTAN_ARTICLE.id]: flat(readFileSync(path.join(SEEDS, '001_8bd1b90373bba45b.txt'), 'utf8')),
};

/** Sentences with numbers that describe the ministerial meetings, not peacekeepers: no card. */
const NOT_ABOUT_CONTRIBUTIONS = [
  'His visit will take place from June 25-26, 2023 at Dhaka on the occasion of the preparatory meeting for the UN Peacekeeping Ministerial 2023.',
  'It is the latest in a series of meetings held at the Head of State, Government, or Ministerial level since 2014.',
  'Following the 2021 event hosted by South Korea, the 2023 Ministerial will be held in Accra, Ghana on Dec. 5-6.',
];

/** Figures written in words, with the card that checks each. */
const WORDED = [
  ['one of the largest', 'bgd-one-of-the-largest'],
  ['three decades', 'bgd-three-decades'],
  ['five fallen Bangladeshi peacekeepers', 'bgd-five-medals'],
  ['seven operations', 'btn-seven-operations'],
  ['almost a decade', 'btn-almost-a-decade'],
  ['amongst the first contributors relative to the population', 'btn-per-capita-rank'],
  ['a bigger contingent', 'btn-bigger-contingent-car'],
  ['both from the police and army', 'btn-police-and-army'],
] as const;

describe('the seed articles and the claim cards', () => {
  it('finds every card’s quote verbatim in its article', () => {
    for (const claim of CLAIMS) expect(articles[claim.article.id], claim.id).toContain(flat(claim.quote));
  });

  it('gives every number in the articles a card, the ministerial dates aside', () => {
    for (const [id, text] of Object.entries(articles)) {
      let rest = text;
      for (const sentence of NOT_ABOUT_CONTRIBUTIONS) rest = rest.replace(sentence, '');
      const quotes = CLAIMS.filter((c) => c.article.id === id).map((c) => flat(c.quote));
      for (const sentence of rest.split(/(?<=[.?!])\s+/)) {
        if (!/\d/.test(sentence)) continue;
        expect(
          quotes.some((q) => q.includes(sentence) || sentence.includes(q)),
          sentence,
        ).toBe(true);
      }
    }
  });

  it('gives every figure written in words a card that quotes it', () => {
    for (const [words, id] of WORDED) {
      const claim = CLAIMS.find((c) => c.id === id);
      expect(claim?.quote, id).toContain(words);
    }
  });
});
