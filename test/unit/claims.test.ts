// Numeric claims through the product: found in articles of our own, compared across sources only
// at one event and one day, and shown in the hover of the count with every other source's.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { claimHoverMarkdown } from '../../server/src/core/present/claimHover.ts';
import { compatible, type Claim } from '../../server/src/core/claims/claim.ts';

let seed: Workspace;
before(async () => {
  seed = await loadCorpus([path.join(__dirname, '../../corpus')]);
});

function claimsIn(text: string, published = '2020-11-21') {
  const ws = new Workspace();
  ws.setArticle('/s/a.txt', text);
  ws.setMetadata('/s/a.meta.yaml', `published: ${published}\n`);
  return ws.analysis('/s/a.txt')!.claims.map((c) => `${c.text}|${c.quantity}|${c.value}|${c.approximation}|${c.asOf}`);
}

test('counts with their approximation, what they count and when', () => {
  assert.deepEqual(claimsIn('The war caused more than 6,500 deaths. Around 2,000 Russian peacekeepers deployed, and close to 5,000 people were killed.'), [
    'more than 6,500 deaths|dead|6500|more-than|2020-11-21',
    'Around 2,000 Russian peacekeepers|peacekeepers|2000|about|2020-11-21',
    'close to 5,000 people|dead|5000|nearly|2020-11-21',
  ]);
  assert.deepEqual(claimsIn('The blast killed 12 people; 40 people were injured and the death toll rose to 217. 15 Armenian soldiers may have been killed.'), [
    '12 people|dead|12|exact|2020-11-21', '40 people|wounded|40|exact|2020-11-21', '217|dead|217|exact|2020-11-21', '15 Armenian soldiers|dead|15|exact|2020-11-21',
  ]);
  assert.deepEqual(claimsIn('The 1990s war left around 30,000 dead.'), ['around 30,000 dead|dead|30000|about|2020-11-21']);
  assert.deepEqual(claimsIn('As of November 16, 2020, 2,425 soldiers had been killed.'), ['2,425 soldiers|dead|2425|exact|2020-11-16']);
});

test('numbers that count nothing a source would compare are not claims', () => {
  assert.deepEqual(claimsIn('On November 9, 2020, 5 percent of 300 voters paid $300 million at 10:30 for 3 cars in 12 cities.'), []);
  // (a word that names a property every object has is no counted noun either)
  assert.deepEqual(claimsIn('The firm hired 3 constructor crews and 4 valueOf teams.'), []);
});

test('approximations: "about 2,000" and "2,000" agree, "more than 6,500" and "around 5,000" do not', () => {
  const c = (value: number, approximation: Claim['approximation']) => ({ value, approximation }) as Claim;
  assert.ok(compatible(c(2000, 'about'), c(2000, 'exact')));
  assert.ok(compatible(c(1900, 'exact'), c(2000, 'about')));
  assert.ok(!compatible(c(6500, 'more-than'), c(5000, 'about')));
  assert.ok(!compatible(c(6500, 'more-than'), c(6500, 'up-to')));
  assert.ok(compatible(c(6500, 'at-least'), c(6500, 'up-to')));
});

test('number-conflict: the same event on the same day with incompatible counts warns; other days are news, not conflicts', () => {
  const ws = new Workspace();
  ws.setCard('/s/entities/events/blast.md', '---\ntype: event\nname: Market blast\naliases: [market blast]\ndate: 2020-03-02\nkind: attack\n---\nAn event of our own.\n');
  const add = (name: string, published: string, text: string) => {
    ws.setArticle(`/s/${name}.txt`, text);
    ws.setMetadata(`/s/${name}.meta.yaml`, `published: ${published}\n`);
  };
  add('a', '2020-03-02', 'The market blast on March 2, 2020 killed 12 people.');
  add('b', '2020-03-02', 'The market blast on March 2, 2020 killed 40 people.');
  add('c', '2020-03-10', 'A week after the market blast, the toll was different: the market blast of March 2, 2020 killed about 12 people, officials said.');
  add('d', '2020-03-02', 'The market blast on March 2, 2020 killed about 11 people, police said at first.');
  const warned = (p: string) => ws.findings(p).filter((f) => f.code === 'number-conflict');
  assert.equal(warned('/s/b.txt').length, 1);
  assert.match(warned('/s/b.txt')[0]!.message, /"40 people" \(dead, as of 2020-03-02\): 2 other sources give "12 people", "about 11 people"/);
  assert.equal(warned('/s/a.txt').length, 1);
  assert.equal(warned('/s/d.txt').length, 1, 'about 11 is not 40');
  // An edit that makes them agree removes the warnings everywhere, as a fresh start would show.
  add('b', '2020-03-02', 'The market blast on March 2, 2020 killed 12 people.');
  assert.deepEqual(['/s/a.txt', '/s/b.txt', '/s/d.txt'].map((p) => warned(p).length), [0, 0, 0]);
});

test('the seed corpus: no number warning, and the hover on "6,500" lists the other sources\u2019 counts by date', () => {
  const all = seed.reportedPaths().flatMap((p) => seed.findings(p)).filter((f) => f.code === 'number-conflict');
  assert.deepEqual(all, []);
  const p = seed.articlePaths().find((x) => x.endsWith('pashinyan-to-ask-russia-for-military-aid.txt'))!;
  const text = seed.analysis(p)!.text;
  const claim = seed.claimAt(p, text.indexOf('6,500'))!;
  assert.equal(claim.text, 'more than 6,500 deaths');
  const md = claimHoverMarkdown(seed, p, claim, (t, s) => `${t}#${s}`);
  assert.match(md, /\*\*more than 6,500 deaths\*\* · dead: more than 6,500/);
  assert.match(md, /`2020-11-21` "around 30,000 dead" in \[moscow-times-2020-11-21\.txt\]/);
  const order = [...md.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]!);
  assert.deepEqual(order, [...order].sort(), 'ordered by date');
});

test('the conflicts of a day are those of comparing every two claims of other sources', async () => {
  const { numberConflictCheck } = await import('../../server/src/core/checks/numberConflict.ts');
  const approximations = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'up-to', 'less-than'] as const;
  let state = 7;
  const rand = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  const ctx = { cards: new Map(), nameOf: (id: string) => id };
  const byItem = (x: { claim: Claim }, y: { claim: Claim }) => x.claim.start - y.claim.start;
  let conflicting = 0;
  for (let round = 0; round < 30; round++) {
    const items = Array.from({ length: 5 + rand(60) }, (_, i) => ({
      path: `a${rand(8)}.txt`,
      claim: { start: i * 10, end: i * 10 + 5, text: 't', quantity: 'dead', value: [10, 12, 40, 100, 115][rand(5)]!, approximation: approximations[rand(7)]!, unit: 'dead', subject: ['e1', 'e2'][rand(2)], asOf: ['2020-11-09', '2020-11-10', null][rand(3)] ?? null } as Claim,
    }));
    type Item = (typeof items)[number];
    const expected = new Map<Item, Item[]>();
    for (const a of items) {
      if (!a.claim.subject || !a.claim.asOf) continue;
      const group = items.filter((b) => b.claim.subject === a.claim.subject && b.claim.asOf === a.claim.asOf);
      const against = group.filter((b) => b.path !== a.path && !compatible(a.claim, b.claim));
      if (group.length >= 2 && against.length > 0) expected.set(a, against);
    }
    const summary = numberConflictCheck.summarize('dead', items, ctx);
    // (the summary files each claim under its place)
    const got = new Map([...(summary?.conflicts.values() ?? [])].map(({ item, against }) => [item, against] as const));
    assert.deepEqual([...got.keys()].sort(byItem), [...expected.keys()].sort(byItem), `round ${round}`);
    for (const [a, against] of expected) assert.deepEqual(got.get(a), against);
    conflicting += expected.size;
  }
  assert.ok(conflicting > 30, `claims in conflict: ${conflicting}`);
});
