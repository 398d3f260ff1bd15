// All cards of a workspace, checked against each other, and the alias index built from them.
// Precision first: an alias two cards claim links to neither, and the conflict is reported.

import type { Card, CardProblem } from './card.ts';
import { parseCard, type ParsedCard } from './parseCard.ts';
import { fold } from '../text/fold.ts';
import { isIgnoreListPath, parseIgnoreList } from './ignoreList.ts';

export type AliasKind = 'name' | 'alias' | 'demonym' | 'surname';

export interface AliasEntry {
  /** The alias as the card writes it. */
  form: string;
  /** Folded key. */
  key: string;
  cardId: string;
  kind: AliasKind;
}

export interface CardSource {
  path: string;
  text: string;
  /** The card already parsed from this text (another thread's knowledge base parsed it). */
  parsed?: ParsedCard;
}

export class KnowledgeBase {
  readonly cards = new Map<string, Card>();
  readonly problems: CardProblem[] = [];
  /** Entity aliases (people, places, organizations, misc) by folded key. */
  readonly entityAliases = new Map<string, AliasEntry>();
  /** Event aliases by folded key. */
  readonly eventAliases = new Map<string, AliasEntry>();
  private readonly cardsByPath = new Map<string, Card>();
  private readonly texts = new Map<string, string>();
  /** Each card file as parsed, to hand to worker threads so that they need not parse it again. */
  readonly parsed = new Map<string, ParsedCard>();
  /** Folded forms the ignore lists say are not names (ignoreList.ts). */
  readonly notNames = new Set<string>();
  /** Keys more than one card claims: they link to nothing, whatever else would add them. */
  private readonly contested = new Set<string>();

  static build(sources: Iterable<CardSource>): KnowledgeBase {
    const kb = new KnowledgeBase();
    const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const source of sorted) {
      kb.texts.set(source.path, source.text);
      if (isIgnoreListPath(source.path)) {
        for (const key of parseIgnoreList(source.text)) kb.notNames.add(key);
        continue;
      }
      const parsed = source.parsed ?? parseCard(source.path, source.text);
      kb.parsed.set(source.path, parsed);
      kb.problems.push(...parsed.problems);
      const card = parsed.card;
      if (!card) continue;
      const existing = kb.cards.get(card.id);
      if (existing) {
        kb.problems.push({
          path: card.path, start: card.nameStart, end: card.nameEnd, severity: 'error', code: 'card-duplicate-id',
          message: `Another card already defines the id "${card.id}" (${existing.path}); this card is ignored until one of them is renamed.`,
          related: [{ path: existing.path, start: existing.nameStart, end: existing.nameEnd, message: `"${card.id}" is defined here` }],
        });
        continue;
      }
      kb.cards.set(card.id, card);
      kb.cardsByPath.set(card.path, card);
    }
    kb.indexAliases();
    return kb;
  }

  cardAtPath(path: string): Card | undefined {
    return this.cardsByPath.get(path);
  }

  problemsFor(path: string): CardProblem[] {
    return this.problems.filter((p) => p.path === path);
  }

  private indexAliases(): void {
    const claims = new Map<string, AliasEntry[]>();
    const claim = (card: Card, form: string, kind: AliasKind) => {
      const key = fold(form).replace(/\s+/g, ' ').trim();
      if (!key) return;
      const list = claims.get(key) ?? [];
      const mine = list.find((e) => e.cardId === card.id);
      if (!mine) list.push({ form, key, cardId: card.id, kind });
      // One card writing a name twice ("Lachin Corridor", "Lachin corridor"): keep the form
      // with fewer capitals, since matching asks the text for a capital wherever the form has one.
      else if (capitals(form) < capitals(mine.form)) mine.form = form;
      claims.set(key, list);
    };
    for (const card of this.cards.values()) {
      claim(card, card.name, 'name');
      for (const a of card.aliases) claim(card, a, 'alias');
      for (const d of card.demonyms) claim(card, d, 'demonym');
    }
    // "Nikol Pashinián": the given names with each one-word spelling of the surname.
    for (const card of this.cards.values()) {
      if (card.type !== 'person') continue;
      const given = card.name.trim().split(/\s+/).slice(0, -1).join(' ');
      if (!given) continue;
      for (const a of card.aliases) {
        if (/\s/.test(a.trim())) continue;
        const key = fold(`${given} ${a}`);
        if (!claims.has(key)) claims.set(key, [{ form: `${given} ${a}`, key, cardId: card.id, kind: 'alias' }]);
      }
    }
    for (const [key, entries] of claims) {
      const events = entries.filter((e) => this.cards.get(e.cardId)!.type === 'event');
      const entities = entries.filter((e) => this.cards.get(e.cardId)!.type !== 'event');
      this.settle(key, events, this.eventAliases);
      this.settle(key, entities, this.entityAliases);
    }
    this.addSurnames();
  }

  private settle(key: string, entries: AliasEntry[], index: Map<string, AliasEntry>): void {
    if (entries.length === 1) {
      index.set(key, entries[0]!);
      return;
    }
    if (entries.length === 0) return;
    this.contested.add(key);
    // A card's own name beats another card's alias: "Armenia" names the country even if some card lists it.
    const names = entries.filter((e) => e.kind === 'name');
    if (names.length === 1) index.set(key, names[0]!);
    const ids = entries.map((e) => e.cardId);
    for (const e of entries) {
      if (names.length === 1 && e === names[0]) continue;
      const card = this.cards.get(e.cardId)!;
      const others = ids.filter((id) => id !== e.cardId);
      const span = this.findInCard(card, e.form);
      const related = entries.filter((o) => o !== e).map((o) => {
        const other = this.cards.get(o.cardId)!;
        const [start, end] = this.findInCard(other, o.form);
        return { path: other.path, start, end, message: `also claimed by ${other.id}` };
      });
      this.problems.push({
        path: card.path, start: span[0], end: span[1], severity: 'warning', code: 'card-alias-conflict', related,
        message: names.length === 1
          ? `"${e.form}" is the name of ${others.join(', ')}; as an alias here it is ignored.`
          : `"${e.form}" is claimed by ${ids.length} cards (${ids.join(', ')}); it links to none of them until one card keeps it.`,
      });
    }
  }

  /** A person's surname links alone when no other card uses it in any form. */
  private addSurnames(): void {
    const counts = new Map<string, string[]>();
    for (const card of this.cards.values()) {
      if (card.type !== 'person') continue;
      const parts = card.name.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const key = fold(parts[parts.length - 1]!);
      counts.set(key, [...(counts.get(key) ?? []), card.id]);
    }
    for (const [key, ids] of counts) {
      if (ids.length !== 1 || this.entityAliases.has(key) || this.contested.has(key)) continue;
      const card = this.cards.get(ids[0]!)!;
      const parts = card.name.trim().split(/\s+/);
      this.entityAliases.set(key, { form: parts[parts.length - 1]!, key, cardId: card.id, kind: 'surname' });
    }
  }

  /** Where a form is written in the card's front matter; the name when it cannot be found. */
  private findInCard(card: Card, form: string): [number, number] {
    const text = this.texts.get(card.path) ?? '';
    const fmEnd = text.indexOf('\n---', 3);
    const i = text.indexOf(form, card.nameEnd);
    return i >= 0 && (fmEnd < 0 || i < fmEnd) ? [i, i + form.length] : [card.nameStart, card.nameEnd];
  }
}

function capitals(text: string): number {
  return (text.match(/\p{Lu}/gu) ?? []).length;
}
