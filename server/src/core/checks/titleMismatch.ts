// title-mismatch: a title next to a carded person's name that is not an office their card gives
// ("Armenian President Nikol Pashinyan" when the card says Prime Minister of Armenia), or one the
// card gives only for other years. The title is read where news copy puts it: right before the
// name ("Russian Defence Minister Sergei Shoigu") or as an appositive after it ("Pashinyan,
// Armenia's president,"). Silent when unsure: a modifier ("former", "then-", "deputy"), an office
// of another country than the card's, a title Dateline cannot read as an office, a card whose
// role names no office.

import type { Card, CardRole } from '../knowledge/card.ts';
import { officesIn, sameOffice } from '../knowledge/offices.ts';
import { titleNextTo, type TitleInText } from '../entities/titles.ts';
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

// Per set of cards, then per card: a card edit keeps the other cards' objects, and a role's
// countries depend on the place cards (a place card added names a role's country).
const rolesCache = new WeakMap<CheckContext['cards'], WeakMap<Card, RoleOffices[]>>();

function rolesOf(card: Card, ctx: CheckContext): RoleOffices[] {
  let ofCards = rolesCache.get(ctx.cards);
  if (!ofCards) rolesCache.set(ctx.cards, (ofCards = new WeakMap()));
  let roles = ofCards.get(card);
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
  ofCards.set(card, roles);
  return roles;
}

function placesNamedIn(text: string, ctx: CheckContext): Set<string> {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out = new Set<string>();
  for (const [id, forms] of placeForms(ctx.cards)) for (const f of forms) if (folded.includes(` ${f} `)) out.add(id);
  return out;
}

// (a knowledge base's cards are complete once it is built and never change after: a card edit builds another)
const placeFormsCache = new WeakMap<CheckContext['cards'], Array<[id: string, forms: string[]]>>();

/**
 * Each place card's forms (name, aliases, demonyms), folded as placesNamedIn compares them, made
 * once per set of cards: folding every place's forms for each role made a server's first findings
 * on its own thread (the article opened in the editor) some 10 ms longer.
 */
function placeForms(cards: CheckContext['cards']): Array<[id: string, forms: string[]]> {
  const cached = placeFormsCache.get(cards);
  if (cached) return cached;
  const forms: Array<[id: string, forms: string[]]> = [];
  for (const card of cards.values()) {
    if (card.type !== 'place') continue;
    const folded = [card.name, ...card.aliases, ...card.demonyms].map((form) => fold(form).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((f) => f !== '');
    forms.push([card.id, folded]);
  }
  placeFormsCache.set(cards, forms);
  return forms;
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
    const title = titleNextTo(text, m, entities);
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
