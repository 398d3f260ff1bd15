// Drafts cards for a corpus's most mentioned names without a card, for the "Draft Cards for This
// Story" command and `dateline cards draft`. A set of drafts is valid together: no alias that
// two drafts (or a draft and an existing card) would claim, one draft per name and per file.

import type { WorkspaceQueries } from '../workspace/workspace.ts';
import type { EntityType } from '../knowledge/card.ts';
import { fold } from '../text/fold.ts';
import { cardFileId, cardText, draftCard, type CardDraft } from './newCard.ts';

export interface Identity {
  id: string;
  type: EntityType;
  /** Every mention's text, in corpus order. */
  spellings: string[];
  mentions: number;
  /** The articles that mention it, sorted. */
  articles: string[];
  /** A person's role, when an article states one in apposition ("Lilit Makunts, the ambassador,"). */
  role?: string;
}

/** Words that start a clause, not a role, after "Name,". */
const NOT_A_ROLE = new Set(['who', 'whose', 'which', 'that', 'said', 'says', 'and', 'but', 'or', 'nor', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'is', 'was', 'has', 'had', 'will', 'would', 'according', 'also', 'not', 'as', 'in', 'on', 'at', 'then', 'both', 'with', 'where', 'when', 'while', 'if', 'after', 'before', 'because', 'though', 'although', 'however', 'too', 'for', 'to', 'from', 'by', 'of', 'so', 'yet', 'now', 'still', 'even', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'here', 'one', 'all', 'each']);
/** Words that make the phrase a clause ("man who...", "first to take the stand"). */
const CLAUSE_WORDS = new Set(['who', 'whom', 'which', 'that', 'such', 'to', 'was', 'is', 'were', 'are', 'said', 'says', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'be', 'been', 'him', 'them', 'us', 'me', 'it']);
const APPOSITION = /^,\s+(?:the\s+|a\s+|an\s+)?(\p{Ll}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,7}?),/u;

/** "Name, the ambassador," -> "ambassador": a role in apposition right after a full name. */
function appositiveRole(text: string, end: number): string | undefined {
  const m = APPOSITION.exec(text.slice(end, end + 120));
  if (!m || m[1]!.includes('\n')) return undefined;
  const words = m[1]!.split(/\s+/);
  if (NOT_A_ROLE.has(words[0]!.toLowerCase()) || words.some((w) => CLAUSE_WORDS.has(w.toLowerCase())) || words.some((w) => /^\p{Ll}+(ed|ing)$/u.test(w) && words.length > 1)) return undefined;
  return m[1]!.replace(/\s+/g, ' ');
}

/** The names no card describes, most mentioned first (then by id, for a stable order). */
export function identitiesWithoutCards(ws: WorkspaceQueries): Identity[] {
  const byId = new Map<string, Identity & { articleSet: Set<string>; roles: Map<string, number> }>();
  for (const path of ws.articlePaths()) {
    const text = ws.analysis(path)?.text ?? '';
    for (const m of ws.entities(path)) {
      if (m.linked) continue;
      let identity = byId.get(m.id);
      if (!identity) byId.set(m.id, (identity = { id: m.id, type: m.type, spellings: [], mentions: 0, articles: [], articleSet: new Set(), roles: new Map() }));
      identity.spellings.push(m.text);
      identity.mentions++;
      identity.articleSet.add(path);
      const role = m.type === 'person' && /\s/.test(m.text.trim()) ? appositiveRole(text, m.end) : undefined;
      if (role) identity.roles.set(role, (identity.roles.get(role) ?? 0) + 1);
    }
  }
  return [...byId.values()]
    .map(({ articleSet, roles, ...rest }) => {
      const role = [...roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      return { ...rest, articles: [...articleSet].sort(), ...(role ? { role } : {}) };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

export interface StoryDraft extends CardDraft {
  mentions: number;
  articles: string[];
}

/** At most this many drafts beyond the limit for namesakes of drafted people. */
const MAX_NAMESAKES = 10;

export interface DraftOptions {
  /** At most this many drafts (default 30). */
  limit?: number;
  /** Only names mentioned at least this often (default 2). */
  minMentions?: number;
}

/**
 * Drafts for the most mentioned names without a card. Aliases another draft or an existing card
 * also claims are left out (a claimed alias links to no one and is a card warning), and so are
 * names an existing card or a more mentioned draft already has.
 */
export function draftStoryCards(ws: WorkspaceQueries, options: DraftOptions = {}): StoryDraft[] {
  const limit = options.limit ?? 30;
  const minMentions = options.minMentions ?? 2;
  const kb = ws.knowledge();
  const taken = new Set<string>([...kb.entityAliases.keys(), ...kb.eventAliases.keys()]);
  const existingIds = new Set(kb.cards.keys());
  const drafts: StoryDraft[] = [];
  const ids = new Set<string>();
  const identities = identitiesWithoutCards(ws);
  // The surnames (and given names) of people named in full: a card named by one of them alone ("Carter") would
  // claim every Carter, the ones the articles name in full as someone else included, and a card
  // of another type ("Putin", an organization) every mention of the person.
  const nameWords = new Set<string>();
  for (const name of [...identities.filter((i) => i.type === 'person').map((i) => draftCard(i).name), ...[...kb.cards.values()].filter((c) => c.type === 'person').map((c) => c.name)]) {
    const words = fold(name).split(' ');
    // The given name too: a card "Elian" (an organization, says the tagger) would take the boy.
    if (words.length > 1) for (const w of [words[0]!, words[words.length - 1]!]) nameWords.add(w);
  }
  const take = (identity: Identity): boolean => {
    const draft = draftCard(identity);
    // Whatever the type the tagger gave it ("Putin" as an organization, now and then).
    if (!draft.name.includes(' ') && nameWords.has(fold(draft.name))) return false;
    const nameKey = fold(draft.name);
    if (taken.has(nameKey) || ids.has(draft.id) || existingIds.has(draft.id)) return false;
    taken.add(nameKey);
    ids.add(draft.id);
    drafts.push({ ...draft, mentions: identity.mentions, articles: identity.articles });
    return true;
  };
  for (const identity of identities) {
    if (drafts.length >= limit || identity.mentions < minMentions) break;
    take(identity);
  }
  // A drafted person's surname alone links to the card only while no other card has it: so the
  // other people of that surname named in full get a draft too ("Alan Jones" beside "Marion
  // Jones"), or the one card would take their bare "Jones".
  const draftedSurnames = new Set(drafts.filter((d) => d.type === 'person' && d.name.includes(' ')).map((d) => fold(d.name).split(' ').pop()!));
  let namesakes = 0;
  for (const identity of identities) {
    if (namesakes >= MAX_NAMESAKES || identity.type !== 'person' || ids.has(cardFileId(identity.id))) continue;
    const words = fold(draftCard(identity).name).split(' ');
    if (words.length > 1 && draftedSurnames.has(words[words.length - 1]!) && take(identity)) namesakes++;
  }
  // Aliases: each kept only where exactly one draft has it and nothing else claims it.
  const claims = new Map<string, number>();
  for (const d of drafts) for (const a of new Set(d.aliases.map(fold))) claims.set(a, (claims.get(a) ?? 0) + 1);
  return drafts.map((d) => {
    const aliases = d.aliases.filter((a) => claims.get(fold(a)) === 1 && !taken.has(fold(a)));
    return aliases.length === d.aliases.length ? d : { ...d, aliases, text: cardText(d.type, d.name, aliases, d.role) };
  });
}
