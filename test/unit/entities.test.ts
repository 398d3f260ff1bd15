import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';

const CARDS: Record<string, string> = {
  'entities/people/nikol-pashinyan.md': '---\ntype: person\nname: Nikol Pashinyan\naliases: [Pashinian, Pashinián]\n---\n',
  'entities/places/armenia.md': '---\ntype: place\nname: Armenia\naliases: [Republic of Armenia]\ndemonyms: [Armenian, Armenians]\n---\n',
  'entities/places/nagorno-karabakh.md': '---\ntype: place\nname: Nagorno-Karabakh\naliases: [Nagorno Karabaj, Karabakh]\n---\n',
  'entities/places/yerevan.md': '---\ntype: place\nname: Yerevan\n---\n',
  'entities/places/turkey.md': '---\ntype: place\nname: Turkey\n---\n',
  'entities/organizations/csto.md': '---\ntype: organization\nname: Collective Security Treaty Organization\naliases: [CSTO, ODKB]\n---\n',
};

function workspaceWith(articles: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [path, text] of Object.entries(CARDS)) ws.setCard(path, text);
  for (const [path, text] of Object.entries(articles)) ws.setArticle(path, text);
  return ws;
}

const spans = (ws: Workspace, path: string) => ws.entities(path).map((m) => [m.text, m.type, m.id]);

test('names match whatever the spelling, case, diacritics, possessive or hyphenation', () => {
  const text = 'YEREVAN (RFE/RL) — Pashinián said Armenia’s army left Nagorno Karabakh and NAGORNO-KARABAKH, Pashinian added.';
  const ws = workspaceWith({ 'a.txt': text });
  assert.deepEqual(spans(ws, 'a.txt'), [
    ['YEREVAN', 'place', 'yerevan'],
    ['Pashinián', 'person', 'nikol-pashinyan'],
    ['Armenia', 'place', 'armenia'],
    ['Nagorno Karabakh', 'place', 'nagorno-karabakh'],
    ['NAGORNO-KARABAKH', 'place', 'nagorno-karabakh'],
    ['Pashinian', 'person', 'nikol-pashinyan'],
  ]);
});

test('titles are not part of a name and demonyms link to their country as misc', () => {
  const ws = workspaceWith({ 'a.txt': 'Armenian Prime Minister Nikol Pashinyan spoke.' });
  assert.deepEqual(spans(ws, 'a.txt'), [
    ['Armenian', 'misc', 'armenia'],
    ['Nikol Pashinyan', 'person', 'nikol-pashinyan'],
  ]);
});

test('capitalization must fit: common words and lowercase acronyms are not names', () => {
  const ws = workspaceWith({ 'a.txt': 'They will turkey-trot to the odkb office; the csto said nothing. The CSTO did.' });
  assert.deepEqual(spans(ws, 'a.txt'), [['CSTO', 'organization', 'csto']]);
});

test('a name never spans a line break', () => {
  const ws = workspaceWith({ 'a.txt': 'Nagorno\nKarabakh' });
  assert.deepEqual(spans(ws, 'a.txt'), [['Karabakh', 'place', 'nagorno-karabakh']]);
});

test('mentions of one entity across articles share an id and are all found', () => {
  const ws = workspaceWith({ 'a.txt': 'Pashinyan spoke.', 'b.txt': 'Nikol Pashinián left.', 'c.txt': 'Nobody.' });
  const where = ws.mentionsOf('nikol-pashinyan').map((m) => [m.path, m.mention.text]);
  assert.deepEqual(where, [['a.txt', 'Pashinyan'], ['b.txt', 'Nikol Pashinián']]);
});

test('entityAt finds the mention under or right after the cursor', () => {
  const ws = workspaceWith({ 'a.txt': 'Ask Pashinyan now' });
  assert.equal(ws.entityAt('a.txt', 4)?.id, 'nikol-pashinyan');
  assert.equal(ws.entityAt('a.txt', 13)?.id, 'nikol-pashinyan');
  assert.equal(ws.entityAt('a.txt', 2), undefined);
});

test('a broken card is reported in its file and every other card keeps working', () => {
  const ws = workspaceWith({ 'a.txt': 'Pashinyan in Yerevan.' });
  ws.setCard('entities/places/yerevan.md', '---\ntype: place\nname: [Yerevan\n---\n');
  assert.deepEqual(spans(ws, 'a.txt'), [['Pashinyan', 'person', 'nikol-pashinyan']]);
  const problems = ws.findings('entities/places/yerevan.md');
  assert.equal(problems[0]?.code, 'card-invalid-yaml');
  assert.equal(problems[0]?.severity, 'error');
});

test('other romanizations and likely typos of a card name link to it; other people do not', async () => {
  const { SpellingVariants } = await import('../../server/src/core/entities/spellingVariants.ts');
  const { KnowledgeBase } = await import('../../server/src/core/knowledge/knowledgeBase.ts');
  const kb = KnowledgeBase.build([
    { path: 'p/nikol-pashinyan.md', text: CARDS['entities/people/nikol-pashinyan.md']! },
    { path: 'p/sergei-shoigu.md', text: '---\ntype: person\nname: Sergei Shoigu\n---\n' },
    { path: 'p/armen-sarkissian.md', text: '---\ntype: person\nname: Armen Sarkissian\n---\n' },
    { path: 'p/serzh-sargsyan.md', text: '---\ntype: person\nname: Serzh Sargsyan\n---\n' },
    { path: 'pl/shusha.md', text: '---\ntype: place\nname: Shusha\n---\n' },
  ]);
  const v = new SpellingVariants(kb);
  assert.equal(v.find('Nikol Pachinian', 'person')?.card.id, 'nikol-pashinyan');
  assert.equal(v.find('Nikol Paschinjan', 'person')?.kind, 'spelling-variant');
  assert.equal(v.find('Sergey Shoygu', 'person')?.card.id, 'sergei-shoigu');
  assert.equal(v.find('Şuşa', 'place')?.card.id, 'shusha');
  const typo = v.find('Nikol Pahsinyan', 'person');
  assert.deepEqual([typo?.card.id, typo?.kind], ['nikol-pashinyan', 'probable-typo']);
  assert.equal(v.find('Shusha', 'person'), undefined, 'types must agree');
  assert.equal(v.find('Armen Sargsyan', 'person'), undefined, 'a similar name is not the same person');
  assert.equal(v.find('Nikol Pashinyan Jr', 'person'), undefined);
});
