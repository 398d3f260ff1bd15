// Wire datelines: "WASHINGTON (AP) --", "LOS ANGELES (AP) --", "ANDREWS AIR FORCE BASE, Md. (AP) --",
// "NEW YORK, November 10 (Xinhua) --", "NEWPORT, R.I. _" (the New York Times: no agency, an underscore). The capitals before the agency are one
// place, a state or country after a comma another, the agency in brackets an organization. The
// tagger, trained on Reuters datelines without an agency, takes the capitals for an organization
// or cuts a long place in half; the pattern is exact enough to decide by itself.

import type { TaggedSpan } from './tagger.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// place in capitals (words of capitals, dots, apostrophes, hyphens, "&"), then optionally
// ", Region" (one to three capitalized words or an abbreviation like "Fla." or "N.J."), then
// optionally ", Month day", then "(Agency)" and/or a dash
const DATELINE = new RegExp(
  '^([A-Z][A-Z.\'&-]*[A-Z.](?: [A-Z][A-Z.\'&-]*[A-Z.])*)' +
    '(?:, ((?:[A-Z][a-zA-Z]*\\.?(?:[A-Z]\\.)*)(?: [A-Z][a-zA-Z]*\\.?){0,2}))?' +
    `(?:,? ${MONTH} \\d{1,2})?` +
    '(?: ?\\(([A-Za-z][A-Za-z .&/-]{0,30}[A-Za-z])\\))?' +
    ' ?(--|_|—|–)',
);

/** The dateline's spans, if `line` (starting at `offset` in the text) opens with one. */
export function wireDatelineSpans(line: string, offset: number): TaggedSpan[] {
  const m = DATELINE.exec(line);
  if (!m) return [];
  const [, place, region, agency, dash] = m;
  // without an agency only the New York Times' "CHICAGO _": a headline may end "IPO FILING --"
  if (!agency && dash !== '_') return [];
  const spans: TaggedSpan[] = [{ start: offset, end: offset + place!.length, label: 'LOC' }];
  let at = place!.length;
  if (region) {
    const start = line.indexOf(region, at);
    spans.push({ start: offset + start, end: offset + start + region.length, label: 'LOC' });
    at = start + region.length;
  }
  if (agency) {
    const start = line.indexOf('(' + agency + ')', at) + 1;
    spans.push({ start: offset + start, end: offset + start + agency.length, label: 'ORG' });
  }
  return spans;
}
