// A card's short form (its surname, a one-word alias) is the card's only where the article names no
// other person with that word in full: through a Workspace, with the shipped tagger and without.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

const taggerPromise = loadBundledTagger();
const JFK = '---\ntype: person\nname: John F. Kennedy\naliases: [John Kennedy, JFK]\n---\nThe president.\n';
const QIAO = '---\ntype: person\nname: Qiao Shi\naliases: [Shi]\n---\nChairman of the NPC standing committee.\n';

async function workspace(cards: Record<string, string>, articles: Record<string, string>, tagger = true): Promise<Workspace> {
  const ws = new Workspace({ tagger: tagger ? await taggerPromise : undefined });
  for (const [path, text] of Object.entries(cards)) ws.setCard(path, text);
  for (const [path, text] of Object.entries(articles)) ws.setArticle(path, text);
  return ws;
}

const all = (ws: Workspace, path: string, text: string) => ws.entities(path).filter((m) => m.text === text);

test('a card\'s bare surname is not the card\'s where the article names another Kennedy in full', async () => {
  const ws = await workspace({ '/c/entities/people/john-f-kennedy.md': JFK }, {
    '/c/a.txt': 'DALLAS (AP) -- John F. Kennedy arrived on Friday. Kennedy waved to the crowd.\n',
    '/c/b.txt': 'WASHINGTON (AP) -- Sen. Edward Kennedy spoke on Monday about the bill. Kennedy said the vote would be close.\n',
  });
  // where the card's person is the one named, his surname is his
  assert.deepEqual(all(ws, '/c/a.txt', 'Kennedy').map((m) => m.id), ['john-f-kennedy']);
  // the senator is his own person, and so is his bare "Kennedy"
  const edward = ws.entities('/c/b.txt').find((m) => m.text === 'Edward Kennedy');
  assert.ok(edward, JSON.stringify(ws.entities('/c/b.txt')));
  assert.equal(edward.type, 'person');
  assert.notEqual(edward.id, 'john-f-kennedy');
  const bare = all(ws, '/c/b.txt', 'Kennedy');
  assert.ok(bare.every((m) => m.id !== 'john-f-kennedy'), JSON.stringify(bare));
  assert.deepEqual(bare.map((m) => m.id), [edward.id]);
});

test('the card\'s person named by given name and surname keeps the surname ("John Kennedy")', async () => {
  const ws = await workspace({ '/c/entities/people/john-f-kennedy.md': '---\ntype: person\nname: John F. Kennedy\n---\n' }, {
    '/c/a.txt': 'BOSTON (AP) -- President John Kennedy spoke on Friday. Kennedy said he would return.\n',
  });
  // the card's surname inside "John Kennedy" (the card has no such alias) and the bare one
  assert.deepEqual(all(ws, '/c/a.txt', 'Kennedy').map((m) => m.id), ['john-f-kennedy', 'john-f-kennedy']);
});

test('a one-word alias gives way to a person named with it first ("Shi Guangsheng")', async () => {
  const ws = await workspace({ '/c/entities/people/qiao-shi.md': QIAO }, {
    '/c/a.txt': 'BEIJING, April 25 (Xinhua) -- Qiao Shi met visitors. Shi said the talks went well.\n',
    '/c/b.txt': 'BEIJING, April 25 (Xinhua) -- Minister Shi Guangsheng met the delegation on Tuesday. Shi said trade would grow.\n',
  });
  assert.deepEqual(all(ws, '/c/a.txt', 'Shi').map((m) => m.id), ['qiao-shi']);
  assert.ok(all(ws, '/c/b.txt', 'Shi').every((m) => m.id !== 'qiao-shi'), JSON.stringify(ws.entities('/c/b.txt')));
});

test('without the tagger, another card\'s person named in full takes the short form away too', async () => {
  const ws = await workspace({
    '/c/entities/people/john-f-kennedy.md': '---\ntype: person\nname: John F. Kennedy\naliases: [Kennedy]\n---\n',
    '/c/entities/people/edward-kennedy.md': '---\ntype: person\nname: Edward Kennedy\n---\n',
  }, { '/c/a.txt': 'Edward Kennedy spoke on Monday. Kennedy said the vote would be close.\n' }, false);
  assert.ok(all(ws, '/c/a.txt', 'Kennedy').every((m) => m.id !== 'john-f-kennedy'), JSON.stringify(ws.entities('/c/a.txt')));
  assert.deepEqual(all(ws, '/c/a.txt', 'Edward Kennedy').map((m) => m.id), ['edward-kennedy']);
});

// "This mention is not that card's entity": the card's `not:` list (knowledge/notHere.ts).
import { addNotHere, isNotHere, notHereEntry, parseNotHere } from '../../server/src/core/knowledge/notHere.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { referenceView } from './reference.ts';

test('a not: entry is a form and an article; the edit adds one to the card, which parses back', () => {
  assert.deepEqual(parseNotHere('Kennedy in b.txt'), { form: 'kennedy', article: 'b.txt' });
  assert.deepEqual(parseNotHere('Kennedy in Boston in 2000/b.txt'), { form: 'kennedy in boston', article: '2000/b.txt' });
  assert.equal(parseNotHere('Kennedy'), undefined);
  assert.equal(notHereEntry('Kennedy', '/w/articles/b.txt'), 'Kennedy in b.txt');
  const apply = (text: string, e: { start: number; end: number; newText: string }) => text.slice(0, e.start) + e.newText + text.slice(e.end);
  let card = JFK;
  card = apply(card, addNotHere(card, 'Kennedy in b.txt')!);
  card = apply(card, addNotHere(card, "O'Brien: yes in c.txt")!);
  const parsed = parseCard('/c/entities/people/john-f-kennedy.md', card);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.card?.notHere, [{ form: 'kennedy', article: 'b.txt' }, { form: "o'brien: yes", article: 'c.txt' }]);
  assert.ok(isNotHere(parsed.card, 'KENNEDY', '/w/articles/b.txt'));
  assert.ok(!isNotHere(parsed.card, 'Kennedy', '/w/articles/ab.txt'));
  assert.equal(addNotHere('---\ntype: person\nname: A B\nnot:\n  - A in x.txt\n---\n', 'B in y.txt'), undefined);
  const bad = parseCard('/c/p.md', '---\ntype: person\nname: A B\nnot: [Kennedy]\n---\n');
  assert.deepEqual(bad.problems.map((p) => p.code), ['card-invalid-field']);
});

test('a mention the card says is not its entity links neither by the card, nor in the article, nor across the corpus', async () => {
  const card = (not: string) => `---\ntype: person\nname: John F. Kennedy\naliases: [Kennedy]\n${not}---\n`;
  const articles = {
    '/c/a.txt': 'DALLAS (AP) -- John F. Kennedy arrived on Friday. Kennedy waved to the crowd.\n',
    '/c/b.txt': 'HYANNIS PORT, Mass. (AP) -- Kennedy spoke to reporters on Monday. Kennedy said little.\n',
  };
  const ws = await workspace({ '/c/entities/people/john-f-kennedy.md': card('') }, articles);
  assert.deepEqual(all(ws, '/c/b.txt', 'Kennedy').map((m) => m.id), ['john-f-kennedy', 'john-f-kennedy']);
  ws.setCard('/c/entities/people/john-f-kennedy.md', card('not: [Kennedy in b.txt]\n'));
  const after = all(ws, '/c/b.txt', 'Kennedy');
  assert.equal(after.length, 2, JSON.stringify(ws.entities('/c/b.txt')));
  assert.ok(after.every((m) => m.id !== 'john-f-kennedy' && !m.linked), JSON.stringify(after));
  // a.txt is untouched, and the incremental index agrees with the corpus linked all at once
  assert.deepEqual(all(ws, '/c/a.txt', 'Kennedy').map((m) => m.id), ['john-f-kennedy']);
  const ref = referenceView(ws);
  for (const p of ws.articlePaths()) assert.deepEqual(ws.entities(p), ref.entities.get(p), p);
  // the tagger's Kennedy of b.txt, without the card's alias, would link across the corpus to the card's full name: not here
  const noAlias = await workspace({ '/c/entities/people/john-f-kennedy.md': '---\ntype: person\nname: John F. Kennedy\nnot: [Kennedy in b.txt]\n---\n' }, articles);
  assert.ok(all(noAlias, '/c/b.txt', 'Kennedy').every((m) => m.id !== 'john-f-kennedy'), JSON.stringify(noAlias.entities('/c/b.txt')));
});

test('a surname someone else of the article has first is no one\'s, in the article and across the corpus ("Li")', async () => {
  const ws = await workspace({}, {
    '/c/a.txt': 'HONG KONG (AP) -- Victor Li was kidnapped in May 1996. Police said Victor Li was safe.\n',
    '/c/b.txt': 'HONG KONG (AP) -- Victor Li, the son of Li Ka-shing, was freed on Friday. Li said the family was safe.\n',
    '/c/c.txt': 'HONG KONG (AP) -- Li Ka-shing spoke to reporters on Friday. Li said the family was safe.\n',
  });
  const victor = ws.entities('/c/a.txt').find((m) => m.text === 'Victor Li')!.id;
  const li = (p: string) => ws.entities(p).filter((m) => m.text === 'Li');
  assert.ok(li('/c/b.txt').length > 0, JSON.stringify(ws.entities('/c/b.txt')));
  assert.ok(li('/c/b.txt').every((m) => m.id !== victor), JSON.stringify(li('/c/b.txt')));
  // where the article names only Li Ka-shing, "Li" is he (the given-name rule), not the corpus's one Li surname
  const kashing = ws.entities('/c/c.txt').find((m) => m.text === 'Li Ka-shing')!.id;
  assert.deepEqual(li('/c/c.txt').map((m) => m.id), [kashing]);
  const ref = referenceView(ws);
  for (const p of ws.articlePaths()) assert.deepEqual(ws.entities(p), ref.entities.get(p), p);
});

test('a name the card says is not its entity here keeps no id of the card\'s, though its slug is the card\'s id ("Cairo")', async () => {
  const ws = await workspace({ '/c/entities/places/cairo.md': '---\ntype: place\nname: Cairo\nnot: [Cairo in b.txt]\n---\n' }, {
    '/c/a.txt': 'CAIRO, Egypt (AP) -- Officials in Cairo met on Monday.\n',
    '/c/b.txt': 'CAIRO, Ill. (AP) -- The mayor of Cairo spoke on Monday about the river.\n',
  });
  assert.ok(all(ws, '/c/a.txt', 'Cairo').every((m) => m.id === 'cairo' && m.linked));
  const other = all(ws, '/c/b.txt', 'Cairo');
  assert.ok(other.length > 0 && other.every((m) => m.id !== 'cairo' && !m.linked), JSON.stringify(ws.entities('/c/b.txt')));
  assert.deepEqual([...new Set(ws.mentionsOf('cairo').map((x) => x.path))], ['/c/a.txt']);
});

test('a card\'s place inside a longer place or institution the tagger names is part of that name ("Nantucket Island", "U.S. Supreme Court")', async () => {
  const ws = await workspace({
    '/c/entities/places/nantucket.md': '---\ntype: place\nname: Nantucket\n---\n',
    '/c/entities/places/united-states.md': '---\ntype: place\nname: United States\naliases: [U.S.]\n---\n',
  }, {
    '/c/a.txt': 'BOSTON (AP) -- The plane went down south of Nantucket Island on Sunday. The U.S. Supreme Court heard the case in Washington. Nantucket is quiet.\n',
  });
  const names = ws.entities('/c/a.txt').map((m) => `${m.text}|${m.type}|${m.linked}`);
  assert.ok(names.includes('Nantucket Island|place|false'), names.join(', '));
  assert.ok(names.includes('U.S. Supreme Court|organization|false'), names.join(', '));
  // the card's own mention elsewhere stays the card's
  assert.ok(names.includes('Nantucket|place|true'), names.join(', '));
});
