// What a story's drafted cards do once applied, measured through the product: the story folder
// analyzed without cards, `draftStoryCards` as the command drafts them (the default limit), the
// drafts added as cards, and the story analyzed again.
//
//   node --import tsx scripts/entities/drafted.ts [D0617H ...]   (default: all 50 development stories)
//   node --import tsx scripts/entities/drafted.ts --list          (every mention listed)
//
// A drafted card "takes" a mention when, after applying, the mention links to the card but before
// it had the identity of someone else: another full name (another person: the mention is wrong
// now), or a bare surname or other short form the analysis left apart (usually the same person).
// The identity scores against test/gold/stories are `npm run eval:entities -- --story all --drafted`.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';
import { draftStoryCards, type StoryDraft } from '../../server/src/core/present/draftCards.ts';
import { CARD_FOLDERS, cardFileId } from '../../server/src/core/present/newCard.ts';
import { fold } from '../../server/src/core/text/fold.ts';
import { dataRoot } from './story.ts';

/** A story folder with its drafted cards applied (in memory), and the workspace before. */
export async function withDraftedCards(story: string, tagger: EntityTagger | undefined): Promise<{ before: Workspace; after: Workspace; drafts: StoryDraft[] }> {
  const folder = path.join(dataRoot(), story);
  const before = await loadCorpus([folder], { tagger });
  before.takeChangedPaths();
  const drafts = draftStoryCards(before);
  const after = await loadCorpus([folder], { tagger });
  for (const d of drafts) after.setCard(path.join(folder, 'drafted-entities', CARD_FOLDERS[d.type], `${d.id}.md`), d.text);
  after.takeChangedPaths();
  return { before, after, drafts };
}

export interface Take {
  story: string;
  article: string;
  start: number;
  text: string;
  card: string;
  cardName: string;
  beforeId: string;
  beforeName: string;
  /** The mention had another full name's identity before (another person's). */
  otherPerson: boolean;
}

/** The mentions drafted cards take from another identity. */
export function takes(story: string, before: Workspace, after: Workspace, drafts: readonly StoryDraft[]): Take[] {
  const drafted = new Map(drafts.map((d) => [d.id, d]));
  const out: Take[] = [];
  for (const p of after.articlePaths()) {
    const was = new Map(before.entities(p).map((m) => [`${m.start}:${m.end}`, m]));
    for (const m of after.entities(p)) {
      const d = drafted.get(m.id);
      if (!d || !m.linked) continue;
      const b = was.get(`${m.start}:${m.end}`);
      if (!b || cardFileId(b.id) === d.id || b.type !== 'person') continue;
      const beforeName = before.displayName(b.id);
      // another person named in full, whose name is not a form of the card's
      const otherPerson = d.type === 'person' && /\s/.test(beforeName.trim()) && !sameName(beforeName, d.name);
      out.push({ story, article: path.basename(p), start: m.start, text: m.text, card: d.id, cardName: d.name, beforeId: b.id, beforeName, otherPerson });
    }
  }
  return out;
}

/**
 * "George W. Bush" and "George Bush", "Gov. George W. Bush", "Liam Neesom" and "Liam Neeson" (the
 * card's spelling variants): one name written two ways.
 */
function sameName(a: string, b: string): boolean {
  const words = (s: string) => fold(s).replace(/\b(?:gov|sen|rep|gen|lt|col|capt|dr|mr|mrs|ms|president|prime|minister)\b\.?/g, ' ').split(/[\s.]+/).filter((w) => w.length > 1);
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  return (x[x.length - 1] === y[y.length - 1] && x[0] === y[0]) || editDistance(x.join(' '), y.join(' ')) <= 2;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

async function main(): Promise<void> {
  const list = process.argv.includes('--list');
  const named = process.argv.slice(2).filter((a) => /^D\d{4}[A-Z]$/.test(a));
  const stories = named.length > 0 ? named : readdirSync(dataRoot()).filter((s) => /^D\d{4}[A-Z]$/.test(s)).sort();
  const tagger = await loadBundledTagger();
  const all: Take[] = [];
  let cards = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const story of stories) {
    const { before, after, drafts } = await withDraftedCards(story, tagger);
    cards += drafts.length;
    all.push(...takes(story, before, after, drafts));
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const wrong = all.filter((t) => t.otherPerson);
  if (list) for (const t of all) console.log(`${t.otherPerson ? 'OTHER' : 'short'}  ${t.story}/${t.article}@${t.start} "${t.text}" -> ${t.cardName}  (was ${t.beforeName})`);
  console.log(`${stories.length} stories, ${cards} drafted cards: ${all.length} mentions taken from another identity, ${wrong.length} of them another person named in full`);
  console.log(`(wall ${wall.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main();
