// How far an undated article's own evidence of its time lies from its real date: for every
// duc2006 article of the split that no dateline dates, the sidecar's date is compared with what
// its text says of when it was written (the latest day or month with a year it reports as past,
// the latest such year, the latest year it names), and each kind of evidence is tried as a
// range [evidence, evidence + N days] that the article would be read against
// (findDatesWithin): how many articles lie outside it (misses), and how many of the dates that
// read with the sidecar but not without it would get the sidecar's value (gained) or another
// (wrong). A rule is worth making only where both misses and wrong stay at zero on dev.
// The dates compared are findDates' readings (no event links), close to the CLI's.
//
//   node --import tsx scripts/dates/undatedEvidence.ts [--split dev|report|all]
//
// The split is undated.ts's: odd stories of TOPICS order are development, even the report half.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findArticleDate, findDates, findDatesWithin, inferArticleDate, type DateMention } from '../../server/src/core/dates/index.ts';
import { tenseOfExpression } from '../../server/src/core/dates/findDates.ts';
import { addDays, formatYmd, parseYmd, toDays } from '../../server/src/core/dates/calendar.ts';

const data = resolve(import.meta.dirname, '../../../shared/data/duc2006');
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'dev';
const stories = readdirSync(data).filter((s) => /^D0\d/.test(s)).sort().filter((_, i) => split === 'all' || (split === 'dev') === (i % 2 === 0));

interface Article { story: string; text: string; side: string; un: DateMention[]; an: DateMention[] }

/** The first day of a 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' value: the article is no older than it, if the past is read right. */
const firstDay = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10));

/** Kinds of evidence: each gives the day the article is taken to be no older than, or undefined. */
const kinds: Record<string, (a: Article) => string | undefined> = {
  'bound (latest day reported with a past verb right before)': (a) => inferArticleDate(a.text, a.un)?.from,
  'latest day with a year in a past clause': (a) => latest(a, (d, t) => d.granularity === 'day' && t === 'past'),
  'latest day or month with a year in a past clause': (a) => latest(a, (d, t) => (d.granularity === 'day' || d.granularity === 'month') && t === 'past'),
  'latest day with a year, any tense': (a) => latest(a, (d) => d.granularity === 'day'),
  'latest year in a past clause (its Jan 1)': (a) => latestYear(a, (t) => t === 'past'),
  'latest year named, any tense (its Jan 1)': (a) => latestYear(a, () => true),
};

const explicit = (d: DateMention) => d.explicitYear && !d.set && d.value !== null && /^\d{4}(-\d{2}){0,2}$/.test(d.value) && parseYmd(firstDay(d.value)) !== undefined;

function latest(a: Article, keep: (d: DateMention, tense: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const d of a.un) {
    if (!explicit(d) || !keep(d, tenseOfExpression(a.text, d.start, d.end).tense)) continue;
    const v = firstDay(d.value!);
    if (!best || v > best) best = v;
  }
  return best;
}

function latestYear(a: Article, keep: (tense: string) => boolean): string | undefined {
  let best: number | undefined;
  for (const d of a.un) {
    if (!explicit(d) || !keep(tenseOfExpression(a.text, d.start, d.end).tense)) continue;
    best = Math.max(best ?? -Infinity, +d.value!.slice(0, 4));
  }
  return best === undefined ? undefined : `${best}-01-01`;
}

const articles: Article[] = [];
for (const story of stories) {
  for (const f of readdirSync(join(data, story)).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(data, story, f), 'utf8');
    if (findArticleDate(text).value !== null) continue;
    const side = /published: (\S+)/.exec(readFileSync(join(data, story, f.replace(/\.txt$/, '.meta.yaml')), 'utf8'))![1]!;
    articles.push({ story, text, side, un: findDates(text), an: findDates(text, { anchor: side }) });
  }
}
const nulls = (a: Article) => a.un.filter((u, k) => u.value === null && a.an[k]!.value !== null && !a.an[k]!.set).length;
console.log(`stories: ${stories.length} (${split}); articles no dateline dates: ${articles.length}; their dates with a value only with the sidecar: ${articles.reduce((s, a) => s + nulls(a), 0)}`);

const q = (v: number[], p: number) => v[Math.round(p * (v.length - 1))];
for (const [name, of] of Object.entries(kinds)) {
  const gaps: number[] = [];
  const having: Array<{ a: Article; e: string }> = [];
  for (const a of articles) {
    const e = of(a);
    if (!e) continue;
    having.push({ a, e });
    gaps.push(toDays(parseYmd(a.side)!) - toDays(parseYmd(e)!));
  }
  gaps.sort((x, y) => x - y);
  console.log(`\n${name}: ${having.length} articles, ${having.reduce((s, h) => s + nulls(h.a), 0)} of the dates`);
  if (!gaps.length) continue;
  console.log(`  sidecar minus evidence, days: before it ${gaps.filter((g) => g < 0).length}; min ${gaps[0]}, 10% ${q(gaps, 0.1)}, 25% ${q(gaps, 0.25)}, median ${q(gaps, 0.5)}, 75% ${q(gaps, 0.75)}, 90% ${q(gaps, 0.9)}, max ${gaps.at(-1)}`);
  for (const n of [31, 92, 183, 365]) {
    let misses = 0, gained = 0, wrong = 0;
    for (const { a, e } of having) {
      const to = formatYmd(addDays(parseYmd(e)!, n));
      if (a.side < e || a.side > to) misses++;
      const read = findDatesWithin(a.text, e, to, 'trial');
      read.forEach((r, k) => {
        const u = a.un[k]!, s = a.an[k]!;
        if (u.value !== null || s.value === null || s.set || r.value === null) return;
        if (r.value === s.value) gained++;
        else wrong++;
      });
    }
    console.log(`  read within [evidence, +${n} days]: articles outside it ${misses}; dates gained ${gained}, wrong ${wrong}`);
  }
}

// The folder as a corpusDating span: every article of a story undated, the days with a year its
// articles report as past taken as the folder's time (as the dated neighbours' dates are), when
// they lie within 400 days of each other; each article read within [first, last].
{
  let folders = 0, inside = 0, outside = 0, gained = 0, wrong = 0;
  for (const story of stories) {
    const own = articles.filter((a) => a.story === story);
    const days = own.flatMap((a) => a.un.filter((d) => explicit(d) && d.granularity === 'day' && tenseOfExpression(a.text, d.start, d.end).tense === 'past').map((d) => d.value!));
    if (days.length < 2) continue;
    days.sort();
    const from = days[0]!, to = days.at(-1)!;
    if (toDays(parseYmd(to)!) - toDays(parseYmd(from)!) > 400) continue;
    folders++;
    for (const a of own) {
      if (a.side < from || a.side > to) outside++;
      else inside++;
      findDatesWithin(a.text, from, to, 'trial').forEach((r, k) => {
        const u = a.un[k]!, s = a.an[k]!;
        if (u.value !== null || s.value === null || s.set || r.value === null) return;
        if (r.value === s.value) gained++;
        else wrong++;
      });
    }
  }
  console.log(`\nthe folder's past days with a year as its time (within 400 days): ${folders} folders; articles inside ${inside}, outside ${outside}; dates gained ${gained}, wrong ${wrong}`);
}

// A year-less day ("Oct. 31") whose month and day another article of the folder gives with a
// year, always the same one: that year.
{
  let yearless = 0, matched = 0, right = 0, wrong = 0;
  for (const story of stories) {
    const own = articles.filter((a) => a.story === story);
    for (const a of own) {
      a.un.forEach((u, k) => {
        const s = a.an[k]!;
        if (u.value !== null || s.value === null || s.set || !/^XXXX-\d{2}-\d{2}$/.test(u.partial ?? '')) return;
        yearless++;
        const md = u.partial!.slice(5);
        const years = new Set(own.filter((b) => b !== a).flatMap((b) => b.un.filter((d) => explicit(d) && d.granularity === 'day' && d.value!.slice(5) === md).map((d) => d.value!.slice(0, 4))));
        if (years.size !== 1) return;
        matched++;
        if (s.value === `${[...years][0]}-${md}`) right++;
        else wrong++;
      });
    }
  }
  console.log(`year-less days with a value only with the sidecar: ${yearless}; another article of the folder gives the month and day with one year: ${matched}, that year the sidecar's ${right}, another ${wrong}`);
}
