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
  assert.equal(v.empty, false);
  // without a card of a name (an event card has none to compare), nothing is a variant
  const none = new SpellingVariants(KnowledgeBase.build([{ path: 'e/quake.md', text: '---\ntype: event\nname: Spitak earthquake\ndate: 1988-12-07\n---\n' }]));
  assert.equal(none.empty, true);
  assert.equal(none.find('Spitak earthquake', 'misc'), undefined);
});

test('the typo lookup finds exactly what comparing the name with every card key finds', async () => {
  const fc = (await import('fast-check')).default;
  const { SpellingVariants } = await import('../../server/src/core/entities/spellingVariants.ts');
  const { KnowledgeBase } = await import('../../server/src/core/knowledge/knowledgeBase.ts');
  const { editDistance, transliterationKey } = await import('../../server/src/core/text/transliteration.ts');
  // Few letters, so that names one or two edits apart are common; queries are mostly card names
  // with an edit or two (a letter put in, left out, changed, or two swapped) at any position.
  const word = fc.stringMatching(/^[BKR][abkoru]{6,9}$/);
  const type = fc.constantFrom('person' as const, 'place' as const);
  const card = fc.record({ name: word, alias: fc.option(word, { nil: undefined }), type });
  const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'change', 'swap'), fc.nat(), fc.constantFrom('a', 'k', 'o', 'B'));
  const apply = (s: string, [kind, at, letter]: [string, number, string]) => {
    const i = at % s.length;
    if (kind === 'insert') return s.slice(0, i) + letter + s.slice(i);
    if (kind === 'delete') return s.slice(0, i) + s.slice(i + 1);
    if (kind === 'change') return s.slice(0, i) + letter + s.slice(i + 1);
    return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s;
  };
  const query = fc.tuple(fc.nat(), fc.array(edit, { minLength: 0, maxLength: 2 }), type);
  let typos = 0;
  fc.assert(
    fc.property(fc.array(card, { minLength: 1, maxLength: 12 }), fc.array(query, { maxLength: 20 }), (cards, queries) => {
      const kb = KnowledgeBase.build(
        cards.map((c, i) => ({ path: `c/${c.type}-${i}.md`, text: `---\ntype: ${c.type}\nname: ${c.name}\n${c.alias ? `aliases: [${c.alias}]\n` : ''}---\n` })),
      );
      const variants = new SpellingVariants(kb);
      for (const [pick, edits, t] of queries) {
        const name = edits.reduce(apply, cards[pick % cards.length]!.name);
        // the brute force: every card of the type whose name or an alias is one edit from the name (keys of under 4 letters match nothing)
        const key = transliterationKey(name);
        const fits = [...kb.cards.values()].filter((c) => c.type === t);
        const exact = fits.filter((c) => [c.name, ...c.aliases].some((f) => transliterationKey(f) === key));
        const near = key.length < 7 ? [] : fits.filter((c) => [c.name, ...c.aliases].map(transliterationKey).some((k) => k.length >= 7 && editDistance(key, k, 1) <= 1));
        const expected = key.length < 4 ? [] : exact.length === 1 ? [exact[0]!.id, 'spelling-variant'] : exact.length === 0 && near.length === 1 ? [near[0]!.id, 'probable-typo'] : [];
        const found = variants.find(name, t);
        if (found?.kind === 'probable-typo') typos++;
        assert.deepEqual(found ? [found.card.id, found.kind] : [], expected, `${name} (${t}) among ${cards.map((c) => c.name).join(', ')}`);
      }
    }),
    { numRuns: 300 },
  );
  assert.ok(typos > 100, `only ${typos} typos were found: the generated names do not test the lookup`);
});
