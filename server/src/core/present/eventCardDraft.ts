// The text of an event card for a group of uncarded mentions (events/clusters.ts), for the "Draft
// an event card" quick fix: what the sources say (the date most articles give, the kind, the
// participants and places they share, the names their words give it) and the prose left to the
// user. Every field written has a value, and the card reads back through the card parser as an
// event of that date and kind.

import { partiesOf, type EventCluster } from '../events/clusters.ts';
import { Document, isSeq } from 'yaml';
import { cardFileId } from './newCard.ts';

export interface EventCardDraft {
  /** The card's id, its file name without `.md`. */
  id: string;
  name: string;
  text: string;
}

/** The kind a card takes for an uncarded kind: an agreement's word says which (a ceasefire, a treaty). */
export function cardKind(cluster: EventCluster): string {
  if (cluster.kind === 'agreement' && (cluster.noun === 'ceasefire' || cluster.noun === 'treaty')) return cluster.noun;
  return cluster.kind;
}

/** The day most articles give the group (ties: the earlier), at day granularity when any gives one. */
export function consensusDay(cluster: EventCluster): string {
  const votes = new Map<string, Set<string>>();
  for (const m of cluster.members) {
    const day = cluster.dayOf.get(m)!;
    votes.set(day, (votes.get(day) ?? new Set()).add(m.path));
  }
  const ranked = [...votes].sort((a, b) => b[0].length - a[0].length || b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  return ranked[0]![0];
}

/** The nouns the mentions use, most used first. */
function nouns(cluster: EventCluster): string[] {
  const counts = new Map<string, number>();
  for (const m of cluster.members) {
    const noun = m.date.eventNoun ?? cluster.noun;
    counts.set(noun, (counts.get(noun) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
}

const MAX_ALIASES = 6;
const MAX_PARTICIPANTS = 3;

/**
 * The group's main participants, then the parties and places a quarter of its articles name in
 * the sentence of the event itself ("went down to the bottom of the Barents Sea on Sunday"), the
 * most named first (ties: the most named by the articles at all): with them the card ties the
 * mentions a day or two off that the group held (attachDates.ts: nearCards).
 */
export function draftParticipants(cluster: EventCluster): string[] {
  const out = [...cluster.participants];
  const inSentence = new Map<string, Set<string>>();
  const inArticle = new Map<string, Set<string>>();
  for (const m of cluster.members) {
    for (const p of m.date.participants ?? []) inSentence.set(p, (inSentence.get(p) ?? new Set()).add(m.path));
    for (const p of partiesOf(m.date)) inArticle.set(p, (inArticle.get(p) ?? new Set()).add(m.path));
  }
  const total = new Set(cluster.members.map((m) => m.path)).size;
  const named = [...inSentence]
    .filter(([, a]) => a.size >= 2 && a.size * 4 >= total)
    .sort((a, b) => b[1].size - a[1].size || inArticle.get(b[0])!.size - inArticle.get(a[0])!.size || (a[0] < b[0] ? -1 : 1));
  for (const [p] of named) if (out.length < MAX_PARTICIPANTS && !out.includes(p)) out.push(p);
  return out;
}

export function draftEventCard(cluster: EventCluster, nameOf: (id: string) => string): EventCardDraft {
  const date = consensusDay(cluster);
  const participants = draftParticipants(cluster);
  const names = cluster.participants.map(nameOf);
  const lead = names[0];
  const name = lead ? `${lead} ${cluster.noun} of ${date}` : `${cluster.noun.charAt(0).toUpperCase()}${cluster.noun.slice(1)} of ${date}`;
  // "Kursk sinking", "sinking of Kursk", "Kursk disaster": the names the mentions' words and parties give it.
  const aliases: string[] = [];
  if (lead) {
    aliases.push(`${lead} ${cluster.noun}`, `${cluster.noun} of ${lead}`);
    for (const noun of nouns(cluster)) if (!aliases.includes(`${lead} ${noun}`)) aliases.push(`${lead} ${noun}`);
  }
  const articles = new Set(cluster.members.map((m) => m.path)).size;
  const agreeing = new Set(cluster.members.filter((m) => cluster.dayOf.get(m) === date).map((m) => m.path)).size;
  // The yaml library quotes what needs quoting; lists on one line, as cards are written by hand.
  const front = new Document({
    type: 'event',
    name,
    kind: cardKind(cluster),
    date,
    ...(aliases.length > 0 ? { aliases: aliases.slice(0, MAX_ALIASES) } : {}),
    ...(participants.length > 0 ? { participants } : {}),
  });
  for (const key of ['aliases', 'participants']) {
    const list = front.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  const body = `What happened, in your own words. Drafted from ${articles} articles, ${agreeing} of which date it ${date}: check the date against a source you trust.`;
  // The group's id starts with its earliest day, which may be a source's error ("last Monday" for a
  // Tuesday's crash): the card's file is named by the day it gives.
  const id = cardFileId(cluster.id.replace(/^([a-z]+)-\d{4}-\d{2}-\d{2}/, (_m, kind: string) => `${kind}-${date}`));
  return { id, name, text: `---\n${front.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}\n` };
}
