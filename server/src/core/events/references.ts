// Words that name again an event the article has dated: "Friday night's crash ... the crash". A
// reference carries the event of the nearest dated mention of its kind before it, and only where
// that is safe:
//   - same article, same kind of event (events/eventKinds.ts), the word after "the" (at most two
//     words between, no number: "the fatal crash", not "the 1996 crash"), a noun ("the crashed
//     plane" is no reference);
//   - nothing in between that may be another event of the kind: a word of the kind after "a",
//     "an", "another" or after "the" with "other", "previous", "first"..., or a dated mention of
//     the kind on another day (the references after it are that one's).
// A word that a date dates is that date's mention, no reference.

import type { DatedMention } from './datedMention.ts';
import type { EventPhrase } from './eventPhrases.ts';

const DEFINITE = /(?:^|[^\p{L}])the\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const INDEFINITE = /(?:^|[^\p{L}])(?:a|an|another)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** Words that set another event of the kind apart from the one told ("the previous crash", "the 1996 crash"). */
const ANOTHER = /\b(?:other|previous|earlier|prior|first|second|third|last|next|latest|recent|similar|later|new|former|past|year's|years'|month's|week's|same-day|\d[\d,]*)\b|\d/i;
/** Words of both crashes and bombings: their kind is the dated mention's when it is one of the two. */
const EITHER = new Set(['explosion', 'blast']);
const EITHER_KINDS = new Set(['crash', 'bombing']);
const LOOKBACK = 40;

function sameKind(phrase: EventPhrase, kind: string): boolean {
  return phrase.event!.kind === kind || (EITHER.has(phrase.event!.noun) && EITHER_KINDS.has(kind));
}

/**
 * For each date (by index) that dates an event through a generic word (`kindWord`), the spans of
 * the later words of the article that refer to it. `kindOf` gives a date's kind of event.
 */
export function findReferences(text: string, dates: readonly DatedMention[], phrases: readonly EventPhrase[], kindOf: (d: DatedMention) => string | undefined): Map<number, Array<[number, number]>> {
  const out = new Map<number, Array<[number, number]>>();
  const words = phrases.filter((p) => p.event && !p.eventId);
  if (words.length === 0) return out;
  const anchorAt = new Map<number, number>();
  dates.forEach((d, i) => {
    if (d.kindWord && d.value && kindOf(d)) anchorAt.set(d.kindWord[0], i);
  });
  if (anchorAt.size === 0) return out;
  /** kind -> the date its references go to, or -1 once another event of the kind may have come. */
  const current = new Map<string, number>();
  for (const p of words) {
    const a = anchorAt.get(p.start);
    if (a !== undefined) {
      const kind = kindOf(dates[a]!)!;
      const was = current.get(kind);
      // The same event dated again on the same day keeps the first; another day is another's.
      if (was === undefined || was < 0 || dates[was]!.value !== dates[a]!.value) current.set(kind, a);
      continue;
    }
    const before = text.slice(Math.max(0, p.start - LOOKBACK), p.start);
    const word = text.slice(p.start, p.end);
    for (const [kind, at] of current) {
      if (at < 0 || !sameKind(p, kind)) continue;
      if (INDEFINITE.test(before)) {
        current.set(kind, -1);
        continue;
      }
      const the = DEFINITE.exec(before);
      if (!the) continue;
      if (ANOTHER.test(the[0])) {
        current.set(kind, -1);
        continue;
      }
      if (/ed$/i.test(word) || /^(?:sank|sunk)$/i.test(word) || /\s/.test(word)) continue;
      const list = out.get(at);
      if (list) list.push([p.start, p.end]);
      else out.set(at, [[p.start, p.end]]);
    }
  }
  return out;
}
