// Finds numeric claims in an article: a number with its approximation ("more than", "about",
// "nearly") and the noun it counts, or a count a verb gives ("killed 15 people", "the death toll
// rose to 40"). Only quantities a fact-checker compares across sources are kept (the dead, the
// wounded, troops, refugees...); a number that counts anything else is not a claim.

import type { Sentence } from '../text/tokenize.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { Approximation, Claim } from './claim.ts';
import { within } from '../text/ordered.ts';

/**
 * Nouns, lowercase, and the quantity each counts. (A Map: an object's lookup of a fresh word
 * interns it first, and finds "constructor" on every object.)
 */
const NOUNS = new Map<string, string>(Object.entries({
  dead: 'dead', deaths: 'dead', fatalities: 'dead', victims: 'dead', bodies: 'dead',
  wounded: 'wounded', injured: 'wounded', injuries: 'wounded',
  casualties: 'casualties',
  troops: 'troops', soldiers: 'troops', servicemen: 'troops',
  peacekeepers: 'peacekeepers',
  refugees: 'refugees',
  displaced: 'displaced', evacuees: 'displaced', evacuated: 'displaced', homeless: 'displaced',
  missing: 'missing',
  prisoners: 'prisoners', captives: 'prisoners', detainees: 'prisoners', hostages: 'hostages',
  passengers: 'passengers', survivors: 'survivors', crew: 'crew',
}));

/** "people" and the like count what the verb after them says: "15 people were killed". */
const PEOPLE = /^(?:people|persons|civilians|residents|men|women|children|sailors|miners|workers)$/;
const VERB_AFTER: Array<[RegExp, string]> = [
  [/^(?:were|have been|had been|was|are|may have been|were reported)?\s*(?:killed|dead|died|drowned|perished)\b/, 'dead'],
  [/^(?:were|have been|had been|was|are)?\s*(?:wounded|injured|hurt)\b/, 'wounded'],
  [/^(?:were|have been|had been|are|remain)?\s*(?:missing|unaccounted for)\b/, 'missing'],
  [/^(?:were|have been|had been)?\s*(?:displaced|evacuated)\b/, 'displaced'],
];

const QUALIFIERS = /^(?:more|other|additional|unarmed|innocent|foreign|local|young|elderly|armed|enemy|civilian|military|peacekeeping)$/;

/** "killed 15 people", "left 30,000 dead", "claimed the lives of 40 people" (the approximation may stand between). */
const VERB_BEFORE = /\b(?:killed|killing|kill|left|leaving|claimed the lives of|took the lives of)\s+(?:[a-z]+\s+){0,2}$/i;
const DEATH_TOLL = /\bdeath toll\s+(?:\w+\s+){0,3}?(?:of|at|to|reached|hit|stood at|stands at|rose to|climbed to)\s+(?:[a-z]+\s+){0,2}$/i;

const APPROX: Array<[RegExp, Approximation]> = [
  [/(?:about|around|approximately|roughly|some|an estimated|estimated|an approximate)\s+$/i, 'about'],
  [/(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/(?:more than|over|upwards of|in excess of)\s+$/i, 'more-than'],
  [/(?:at least|no fewer than|no less than)\s+$/i, 'at-least'],
  [/(?:up to|as many as)\s+$/i, 'up-to'],
  [/(?:fewer than|less than|under)\s+$/i, 'less-than'],
];

const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, twenty: 20, hundred: 100, dozens: NaN, hundreds: NaN, thousands: NaN };

// A number: digits with thousands separators or a decimal, or a word, then an optional scale.
const NUMBER = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a hundred)(?:\s+(million|thousand|hundred))?\b/gi;

/** Up to three words right after a number (anchored: one match at most, the first). */
const COUNTED_WORDS = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u;

function numberValue(digits: string, scale: string | undefined): number {
  const base = /^\d/.test(digits) ? Number(digits.replace(/,/g, '')) : WORD_NUMBERS[digits.toLowerCase().replace(/^a /, '')] ?? NaN;
  const mult = scale ? { million: 1e6, thousand: 1e3, hundred: 100 }[scale.toLowerCase() as 'million'] : 1;
  return base * mult;
}

export function findClaims(text: string, sents: readonly Sentence[], dates: readonly DatedMention[], published: string | null): Claim[] {
  const out: Claim[] = [];
  // Numbers come in text order, as do dates and sentences: one pointer into each keeps this linear.
  let di = 0;
  let si = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    let end = start + m[0].length;
    const value = numberValue(m[1]!, m[2]);
    if (!Number.isFinite(value) || value <= 0) continue;
    // A year, a date's day, a time or a percentage is not a count.
    while (di < dates.length && dates[di]!.end <= start) di++;
    if (di < dates.length && dates[di]!.start <= start && end <= dates[di]!.end) continue;
    const after = text.slice(end, end + 60);
    if (/^\s*(?:%|percent|per cent|a\.m\.|p\.m\.|:)/i.test(after) || /[$€£]\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // The counted noun: right after the number, past at most two qualifiers ("Armenian", "Russian").
    const words = COUNTED_WORDS.exec(after);
    const before = text.slice(Math.max(0, start - 40), start);
    let quantity: string | undefined;
    let word = '';
    let unitEnd = end;
    if (words) {
      for (let i = 1; i <= 3 && words[i]; i++) {
        const w = words[i]!.toLowerCase();
        const at = end + after.indexOf(words[i]!, unitEnd - end) + words[i]!.length;
        const verbAfter = () => VERB_AFTER.find(([re]) => re.test(text.slice(at, at + 40).replace(/^\s+/, '')))?.[1];
        const noun = NOUNS.get(w);
        if (noun === 'troops') {
          // "15 soldiers may have been killed" counts the dead, "2,000 troops were deployed" the troops.
          quantity = verbAfter() ?? 'troops';
        } else if (noun) {
          quantity = noun;
        } else if (PEOPLE.test(w)) {
          const verb = text.slice(at, at + 40).replace(/^\s+/, '');
          quantity = VERB_AFTER.find(([re]) => re.test(verb))?.[1] ?? (VERB_BEFORE.test(before) ? 'dead' : undefined);
        }
        unitEnd = at;
        if (quantity) {
          word = w;
          break;
        }
        // Qualifiers are adjectives of the kind news copy puts there: capitalized ("Armenian") or a few known ones.
        if (!/^\p{Lu}/u.test(words[i]!) && !QUALIFIERS.test(w)) break;
      }
    }
    // "the death toll rose to 40": the toll is of the dead whatever follows.
    if (!quantity && DEATH_TOLL.test(before)) {
      quantity = 'dead';
      word = '';
      unitEnd = end;
    }
    if (!quantity) continue;
    const approximation = APPROX.find(([re]) => re.test(before))?.[1] ?? 'exact';
    const approxText = approximation === 'exact' ? '' : (APPROX.find(([re]) => re.test(before))![0].exec(before)?.[0] ?? '');
    const claimStart = start - approxText.length;
    while (si < sents.length && sents[si]!.end <= start) si++;
    const s = si < sents.length && sents[si]!.start <= start ? sents[si] : undefined;
    const inSentence = s ? within(dates, s.start, s.end) : [];
    // "As of 4 p.m. on November 16", "by Friday": a count says when it holds; otherwise it holds at the article's date.
    const stated = inSentence.find((d) => d.value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.value) && /\b(?:as of|as at|by)\s+(?:[\w.:]+\s+){0,4}$/i.test(text.slice(Math.max(s!.start, d.start - 40), d.start)));
    const subject = inSentence.find((d) => d.event)?.event;
    end = unitEnd;
    out.push({
      start: claimStart,
      end,
      text: text.slice(claimStart, end),
      quantity,
      value,
      approximation,
      unit: word,
      ...(subject ? { subject } : {}),
      asOf: stated?.value ?? published,
    });
  }
  return out;
}
