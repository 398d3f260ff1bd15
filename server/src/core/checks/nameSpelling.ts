// name-spelling: a full name whose surname links to a carded person but whose given name is one
// or two letters off the card's ("Nikola Pashinyan", "Ilhan Aliyev"). Recognition links the
// surname and would leave the given name unexplained; said, with the card's spelling as the fix.
// Not flagged: a given name the card lists, or one the transliteration rules make the same
// ("Sergey" for Sergei), or a word another name or a title already explains.

import type { Card } from '../knowledge/card.ts';
import { officesIn } from '../knowledge/offices.ts';
import { fold } from '../text/fold.ts';
import { overlapIndexOf, someOverlapping } from '../text/ordered.ts';
import { editDistance, transliterationKey } from '../text/transliteration.ts';
import type { ArticleCheck } from './check.ts';
import type { Finding, NameSpellingData } from './finding.ts';

const givenCache = new WeakMap<Card, Map<string, string>>();

/** The card's given names, folded, each with its spelling on the card: every word before the surname. */
function givenNames(card: Card): Map<string, string> {
  let out = givenCache.get(card);
  if (out) return out;
  out = new Map();
  for (const form of [card.name, ...card.aliases]) {
    const words = form.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words.slice(0, -1)) if (/^\p{Lu}\p{Ll}+$/u.test(w)) out.set(fold(w), out.get(fold(w)) ?? w);
  }
  givenCache.set(card, out);
  return out;
}

export const nameSpellingCheck: ArticleCheck = {
  codes: ['name-spelling'],
  findings({ path, text, entities }, ctx) {
    const out: Finding[] = [];
    if (!text) return out;
    for (const m of entities) {
      if (!m.linked || m.type !== 'person' || /\s/.test(m.text)) continue;
      const card = ctx.cards.get(m.id);
      if (!card) continue;
      const before = /(\p{Lu}\p{Ll}{2,})[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (!before) continue;
      const word = before[1]!;
      const start = m.start - before[0].length;
      const end = start + word.length;
      if (someOverlapping(overlapIndexOf(entities), start, end, () => true) || officesIn(word).length > 0) continue;
      const given = givenNames(card);
      const folded = fold(word);
      if (given.has(folded)) continue;
      const key = transliterationKey(word);
      let best: string | undefined;
      for (const [g, spelled] of given) {
        if (transliterationKey(g) === key) {
          best = undefined;
          break;
        }
        const limit = g.length >= 6 ? 2 : 1;
        if (editDistance(folded, g, limit) <= limit) best ??= spelled;
      }
      if (!best) continue;
      const data: NameSpellingData = { kind: 'name-spelling', start, end, replacement: best };
      out.push({
        path, start, end: m.end, severity: 'information', code: 'name-spelling',
        message: `"${word} ${m.text}": the card of ${card.name} spells the given name "${best}".`, related: [], data,
      });
    }
    return out;
  },
  fixes(finding) {
    const data = finding.data;
    if (data?.kind !== 'name-spelling') return [];
    return [{ title: `Spell it "${data.replacement}"`, edits: [{ path: finding.path, start: data.start, end: data.end, newText: data.replacement }], preferred: true }];
  },
};
