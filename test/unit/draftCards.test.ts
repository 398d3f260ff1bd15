// The card writer against the card parser: every card drafted for a name of the development
// stories (one per identity the analysis finds, as the CLI finds them) parses back with no
// problem, and the drafts of one story, loaded together, make no card problem either.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase.ts';
import { cardText, draftCard, spellingForms, tidySpelling, CARD_FOLDERS } from '../../server/src/core/present/newCard.ts';
import { draftStoryCards, identitiesWithoutCards } from '../../server/src/core/present/draftCards.ts';

const STORIES = path.resolve(import.meta.dirname, '../../../shared/data/duc2006');

test('spellings: spacing after an initial, capitals, possessives', () => {
  assert.equal(tidySpelling('John F.Kennedy'), 'John F. Kennedy');
  assert.equal(tidySpelling('U.S.'), 'U.S.');
  assert.equal(tidySpelling('Kennedy’s'), 'Kennedy');
  assert.deepEqual(spellingForms(['KENNEDY', 'John F.Kennedy', 'Kennedy', 'John F. Kennedy', 'JOHN F. KENNEDY']), ['John F. Kennedy', 'Kennedy']);
  assert.deepEqual(spellingForms(['PINE RIDGE']), ['Pine Ridge']);
  assert.deepEqual(spellingForms(['NATO', 'NATO']), ['NATO']);
});

test('a draft has no field without a value and no bare given name or surname alias', () => {
  const d = draftCard({ id: 'john-f-kennedy-jr', type: 'person', spellings: ['Kennedy', 'John F. Kennedy Jr.', 'KENNEDY', 'John', 'John Kennedy Jr.'] });
  assert.equal(d.name, 'John F. Kennedy Jr.');
  assert.deepEqual(d.aliases, ['John Kennedy Jr.']);
  assert.doesNotMatch(d.text, /^role:/m);
  const parsed = parseCard(`/x/people/${d.id}.md`, d.text);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.card?.name, 'John F. Kennedy Jr.');
  assert.equal(draftCard({ id: 'gov-george-w-bush', type: 'person', spellings: ['Gov. George W. Bush', 'Bush', 'Lt. Gov. George W. Bush'] }).name, 'George W. Bush');
  assert.equal(draftCard({ id: 'dr-pepper', type: 'organization', spellings: ['Dr. Pepper'] }).name, 'Dr. Pepper');
  const withRole = draftCard({ id: 'x', type: 'person', spellings: ['Ann Smith'], role: 'spokeswoman' });
  assert.equal(parseCard('/x/x.md', withRole.text).card?.role, 'spokeswoman');
});

test('YAML scalars read back as the same string', () => {
  for (const s of ['yes', 'Null', '1999', 'A: B', 'O’Brien', 'AT&T', 'x, y', '[a]', '#1', '- a', 'Café Noir', "Côte d'Ivoire"]) {
    const text = cardText('misc', s, [s, `${s}x`], s);
    const parsed = parseCard('/x/a.md', text);
    assert.deepEqual(parsed.problems, [], `${s}: ${text}`);
    assert.equal(parsed.card?.name, s);
    assert.deepEqual(parsed.card?.aliases, [s, `${s}x`]);
    assert.equal(parsed.card?.role, s);
  }
  assert.equal(cardText('person', 'Nikol Pashinyan', ['Pashinian', 'N. Pashinyan'], 'Prime Minister of Armenia (since May 2018)'),
    '---\ntype: person\nname: Nikol Pashinyan\naliases: [Pashinian, N. Pashinyan]\nrole: Prime Minister of Armenia (since May 2018)\n---\nWho or what Nikol Pashinyan is, in your own words.\n');
});

test('cards drafted for every identity of the 50 development stories parse back with no problem', { skip: !existsSync(STORIES) && 'the development stories are not here' }, async () => {
  const tagger = await loadBundledTagger();
  assert.ok(tagger, 'the tagger model is bundled');
  let identities = 0;
  let stories = 0;
  for (const story of readdirSync(STORIES).filter((s) => /^D\d{4}[A-Z]$/.test(s)).sort()) {
    const ws = await loadCorpus([path.join(STORIES, story)], { tagger });
    stories++;
    const problems: string[] = [];
    for (const identity of identitiesWithoutCards(ws)) {
      identities++;
      const d = draftCard(identity);
      const parsed = parseCard(`/drafts/${CARD_FOLDERS[d.type]}/${d.id}.md`, d.text);
      if (parsed.problems.length > 0 || !parsed.card) problems.push(`${story} ${identity.id}: ${parsed.problems.map((p) => p.message).join('; ')}\n${d.text}`);
      else if (parsed.card.name !== d.name || parsed.card.aliases.join('|') !== d.aliases.join('|')) problems.push(`${story} ${identity.id}: read back as ${parsed.card.name} [${parsed.card.aliases}]`);
      if (/^[\p{Lu}.'-]+(\s[\p{Lu}.'-]+)+$/u.test(d.name) || d.aliases.some((a) => /\s\s|\p{Ll}\.\p{Lu}\p{Ll}/u.test(a))) problems.push(`${story} ${identity.id}: spelling ${d.name} [${d.aliases}]`);
    }
    // The drafts of the whole story, loaded together as the command writes them.
    const drafts = draftStoryCards(ws, { limit: 1000, minMentions: 1 });
    const kb = KnowledgeBase.build(drafts.map((d) => ({ path: `/drafts/${CARD_FOLDERS[d.type]}/${d.id}.md`, text: d.text })));
    for (const p of kb.problems) problems.push(`${story} together: ${p.code} ${p.message}`);
    assert.deepEqual(problems, []);
  }
  assert.equal(stories, 50);
  assert.ok(identities > 1000, `${identities} identities`);
});

test('a role stated in apposition goes on the draft; a clause after the name does not', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  ws.setArticle('/c/a.txt', 'YEREVAN — Lilit Makunts, the ambassador, met Ann Smithfield on Monday.\n');
  ws.setArticle('/c/b.txt', 'YEREVAN — Lilit Makunts, the ambassador, arrived. John Darrow, who left early, spoke to reporters.\n');
  const ids = identitiesWithoutCards(ws);
  assert.equal(ids.find((i) => i.spellings.includes('Lilit Makunts'))?.role, 'ambassador', JSON.stringify(ids));
  const darrow = ids.find((i) => i.spellings.includes('John Darrow'));
  assert.ok(darrow);
  assert.equal(darrow.role, undefined);
  const draft = draftStoryCards(ws, { minMentions: 1 }).find((d) => d.name === 'Lilit Makunts');
  assert.match(draft!.text, /^role: ambassador$/m);
});

test('no draft is named by a surname alone that people named in full share', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  ws.setArticle('/c/a.txt', 'PLAINS, Ga. — Jimmy Carter and Rosalynn Carter met reporters on Monday.\n');
  ws.setArticle('/c/b.txt', 'ATLANTA — Carter said the talks went well. Carter left for Cairo on Tuesday. Later, Carter spoke again.\n');
  const ids = identitiesWithoutCards(ws);
  assert.ok(ids.some((i) => i.type === 'person' && i.spellings.every((s) => s === 'Carter')), `a bare Carter identity: ${JSON.stringify(ids.map((i) => i.id))}`);
  const drafts = draftStoryCards(ws, { minMentions: 1 });
  assert.ok(drafts.some((d) => d.name === 'Jimmy Carter'));
  assert.ok(!drafts.some((d) => d.name === 'Carter'), drafts.map((d) => d.name).join(', '));
});
