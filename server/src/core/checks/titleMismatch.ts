// title-mismatch: a title next to a carded person's name that is not an office their card gives
// ("Armenian President Nikol Pashinyan" when the card says Prime Minister of Armenia), or one the
// card gives only for other years. The title is read where news copy puts it: right before the
// name ("Russian Defence Minister Sergei Shoigu") or as an appositive after it ("Pashinyan,
// Armenia's president,"). Silent when unsure: a modifier ("former", "then-", "deputy"), an office
// of another country than the card's, a title Dateline cannot read as an office, a card whose
// role names no office.

import type { Card, CardRole } from '../knowledge/card.ts';
import type { EntityMention } from '../entities/mention.ts';
import { officesIn, sameOffice, TITLE_MODIFIERS } from '../knowledge/offices.ts';
import { fold } from '../text/fold.ts';
import type { ArticleCheck, ArticleFacts, CheckContext } from './check.ts';
import type { Finding, TitleMismatchData } from './finding.ts';

interface RoleOffices {
  /** The role as the card words it, for messages. */
  text: string;
  offices: string[];
  /** Place card ids the role names ("of Armenia"). */
  countries: Set<string>;
  from?: string;
  to?: string;
  /** How the role's first office is spelled in it ("Prime Minister"), for the fix. */
  spelled?: string;
}

interface TitleInText {
  start: number;
  end: number;
  /** The office's own words inside the title, which a fix replaces. */
  officeStart: number;
  officeEnd: number;
  office: string;
  country?: string;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and']);
const OFFICE_PIECES = new Set(['prime', 'minister', 'president', 'premier', 'foreign', 'defense', 'defence', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'chairman', 'chairwoman', 'governor', 'mayor', 'senator', 'speaker', 'chancellor', 'affairs', 'state', 'head', 'government']);

const rolesCache = new WeakMap<Card, RoleOffices[]>();

function rolesOf(card: Card, ctx: CheckContext): RoleOffices[] {
  let roles = rolesCache.get(card);
  if (roles) return roles;
  const given: CardRole[] = card.roles ?? (card.role ? card.role.split(';').map((title) => ({ title: title.trim(), also: [] })) : []);
  roles = given.map((r) => {
    const found = [r.title, ...r.also].flatMap((t) => officesIn(t));
    const first = officesIn(r.title)[0];
    return {
      text: r.title,
      offices: [...new Set(found.map((o) => o.office))],
      countries: placesNamedIn(r.title, ctx),
      ...(r.from ? { from: r.from } : {}),
      ...(r.to ? { to: r.to } : {}),
      ...(first ? { spelled: r.title.slice(first.start, first.end) } : {}),
    };
  });
  rolesCache.set(card, roles);
  return roles;
}

function placesNamedIn(text: string, ctx: CheckContext): Set<string> {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out = new Set<string>();
  for (const card of ctx.cards.values()) {
    if (card.type !== 'place') continue;
    for (const form of [card.name, ...card.aliases, ...card.demonyms]) {
      const f = fold(form).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (f && folded.includes(` ${f} `)) out.add(card.id);
    }
  }
  return out;
}

/** A title right before the mention: the run of capitalized words and office words that ends at it. */
function titleBefore(text: string, m: EntityMention, entities: readonly EntityMention[]): TitleInText | undefined {
  const from = Math.max(0, m.start - 120);
  const words = [...text.slice(from, m.start).matchAll(/[\p{L}\p{M}\p{N}.'’-]+/gu)].map((w) => ({ word: w[0], start: from + w.index!, end: from + w.index! + w[0].length }));
  let first = words.length;
  let expect = m.start;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 8; i--) {
    const w = words[i]!;
    // Only spaces between the words of a title: a comma, a quote or a line break ends it.
    if (!/^[ \t]+$/.test(text.slice(w.end, expect))) break;
    const lower = w.word.toLowerCase();
    const capital = /^\p{Lu}/u.test(w.word);
    if (!capital && !CONNECTORS.has(lower) && !OFFICE_PIECES.has(lower)) break;
    // A sentence ends before "President" in "... in Moscow. President Putin": not the abbreviation "U.S.".
    if (/[.!?]$/.test(w.word) && !/^(?:\p{Lu}\.)+$/u.test(w.word) && !/^(?:Sen|Gov|Gen|Pres)\.$/.test(w.word)) break;
    if (entities.some((e) => e !== m && e.type === 'person' && e.start < w.end && w.start < e.end)) break;
    first = i;
    expect = w.start;
  }
  while (first < words.length && CONNECTORS.has(words[first]!.word.toLowerCase())) first++;
  if (first >= words.length) return undefined;
  const start = words[first]!.start;
  const runText = text.slice(start, m.start).trimEnd();
  const offices = officesIn(runText);
  const last = offices[offices.length - 1];
  if (!last || start + last.end !== start + runText.length) return undefined;
  // "former Armenian President", "ex-President": not the office held.
  const previous = words[first - 1];
  if (TITLE_MODIFIERS.test(runText) || (previous && /^[ \t]+$/.test(text.slice(previous.end, start)) && TITLE_MODIFIERS.test(previous.word))) return undefined;
  return { start, end: start + runText.length, officeStart: start + last.start, officeEnd: start + last.end, office: last.office, country: countryIn(start, start + last.start, entities) };
}

/** A title as an appositive after the mention: "Pashinyan, Armenia's president, said". */
function titleAfter(text: string, m: EntityMention, entities: readonly EntityMention[]): TitleInText | undefined {
  const after = text.slice(m.end, m.end + 100);
  const a = /^,[ \t]+(?:the[ \t]+|a[ \t]+)?((?:[\p{Lu}][\p{L}\p{M}'’.-]*[ \t]+){0,2})/u.exec(after);
  if (!a) return undefined;
  const rest = after.slice(a[0].length);
  const office = officesIn(rest)[0];
  if (!office || office.start !== 0) return undefined;
  const tail = rest.slice(office.end);
  if (!/^(?:[ \t]*[,.;:)]|[ \t]+(?:said|says|told|who|has|had|is|was|and)\b)/.test(tail)) return undefined;
  if (TITLE_MODIFIERS.test(a[0])) return undefined;
  const officeStart = m.end + a[0].length;
  return { start: m.end + a[0].indexOf(a[1]!) , end: officeStart + office.end, officeStart, officeEnd: officeStart + office.end, office: office.office, country: countryIn(m.end + 1, officeStart, entities) };
}

function countryIn(start: number, end: number, entities: readonly EntityMention[]): string | undefined {
  const place = entities.find((e) => e.start >= start && e.end <= end && e.linked && (e.type === 'place' || e.source === 'demonym'));
  return place?.id;
}

function within(day: string | null, role: RoleOffices): boolean {
  if (!day) return true;
  if (role.from && day.slice(0, role.from.length) < role.from) return false;
  if (role.to && day.slice(0, role.to.length) > role.to) return false;
  return true;
}

function titleFindings(article: ArticleFacts, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { path, text, entities, published } = article;
  if (!text) return out;
  const seen = new Set<number>();
  for (const m of entities) {
    if (!m.linked || m.type !== 'person') continue;
    const card = ctx.cards.get(m.id);
    if (!card) continue;
    const roles = rolesOf(card, ctx).filter((r) => r.offices.length > 0);
    if (roles.length === 0) continue;
    const title = titleBefore(text, m, entities) ?? titleAfter(text, m, entities);
    if (!title || seen.has(title.officeStart)) continue;
    seen.add(title.officeStart);
    // An office of another country than any the card names is someone else's business.
    const ofCountry = title.country === undefined ? roles : roles.filter((r) => r.countries.size === 0 || r.countries.has(title.country!));
    if (ofCountry.length === 0) continue;
    const matching = ofCountry.filter((r) => r.offices.some((o) => sameOffice(title.office, o)));
    const said = text.slice(title.start, title.end);
    const current = ofCountry.filter((r) => within(published, r));
    if (matching.length > 0) {
      if (matching.some((r) => within(published, r))) continue;
      const r = matching[0]!;
      out.push(finding(path, title, `"${said}" for ${card.name} in an article of ${published}: the card gives ${r.text} ${span(r)} only.`, current[0] ?? undefined, text));
      continue;
    }
    const r = current[0] ?? ofCountry[0]!;
    out.push(finding(path, title, `"${said}" for ${card.name}: the card says ${r.text}${current.length > 1 ? ` (also ${current.slice(1).map((x) => x.text).join('; ')})` : ''}.`, r, text));
  }
  return out;
}

function span(r: RoleOffices): string {
  return r.from && r.to ? `from ${r.from} to ${r.to}` : r.from ? `from ${r.from}` : `until ${r.to}`;
}

function finding(path: string, title: TitleInText, message: string, role: RoleOffices | undefined, text: string): Finding {
  const f: Finding = { path, start: title.start, end: title.end, severity: 'warning', code: 'title-mismatch', message, related: [] };
  if (role?.spelled) {
    const written = text.slice(title.officeStart, title.officeEnd);
    // The card's office in the article's casing: "Prime Minister" before a name, "prime minister" after it.
    const replacement = /^\p{Lu}/u.test(written) ? role.spelled.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : role.spelled.toLowerCase();
    const data: TitleMismatchData = { kind: 'title-mismatch', officeStart: title.officeStart, officeEnd: title.officeEnd, replacement };
    f.data = data;
  }
  return f;
}

export const titleMismatchCheck: ArticleCheck = {
  codes: ['title-mismatch'],
  findings: titleFindings,
  fixes(finding) {
    const data = finding.data;
    if (data?.kind !== 'title-mismatch') return [];
    return [{ title: `Change the title to "${data.replacement}"`, edits: [{ path: finding.path, start: data.officeStart, end: data.officeEnd, newText: data.replacement }], preferred: true }];
  },
};
