// title-mismatch on short articles of our own, with the seed corpus's cards: a wrong office next to
// a carded name warns, with the card's office as its fix; right titles, synonyms, modifiers, other
// countries' offices and other people's titles do not.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { withSeedCards } from './seedCards.ts';
import { fixesFor } from '../../server/src/core/checks/registry.ts';
import { officesIn } from '../../server/src/core/knowledge/offices.ts';

const repo = path.join(__dirname, '../..');
let seed: Workspace;

before(async () => {
  seed = await loadCorpus([path.join(repo, 'corpus')]);
});

const withArticle = (text: string, published?: string, extraCards?: Record<string, string>) => withSeedCards(seed, text, published, extraCards);

const titles = (ws: Workspace, p: string) => ws.findings(p).filter((f) => f.code === 'title-mismatch');

test('offices are read from titles as news copy writes them', () => {
  assert.deepEqual(officesIn('Minister of Foreign Affairs of Azerbaijan').map((o) => o.office), ['foreign minister']);
  assert.deepEqual(officesIn('Russian Defence Minister').map((o) => o.office), ['defense minister']);
  assert.deepEqual(officesIn('Prime Minister of Armenia (since May 2018)').map((o) => o.office), ['prime minister']);
  assert.deepEqual(officesIn('the premier').map((o) => o.office), ['prime minister']);
});

test('"Armenian President Nikol Pashinyan" warns with both titles, and the fix writes the card\u2019s office', () => {
  const text = 'YEREVAN -- Armenian President Nikol Pashinyan said on Tuesday that talks would resume.';
  const { ws, path: p } = withArticle(text);
  const [f, ...more] = titles(ws, p);
  assert.ok(f, 'a warning');
  assert.equal(more.length, 0);
  assert.equal(f.severity, 'warning');
  assert.equal(text.slice(f.start, f.end), 'Armenian President');
  assert.match(f.message, /"Armenian President" for Nikol Pashinyan: the card says Prime Minister of Armenia/);
  const [fix] = fixesFor(f, ws as never);
  assert.ok(fix);
  const e = fix.edits[0]!;
  assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), 'YEREVAN -- Armenian Prime Minister Nikol Pashinyan said on Tuesday that talks would resume.');
});

test('an appositive title after the name is read too, and fixed in its own casing', () => {
  const text = 'Nikol Pashinyan, Armenia\u2019s president, met the envoy. Later Pashinyan spoke to reporters.';
  const { ws, path: p } = withArticle(text);
  const [f] = titles(ws, p);
  assert.ok(f);
  assert.equal(text.slice(f.start, f.end), 'Armenia\u2019s president');
  const e = fixesFor(f, ws as never)[0]!.edits[0]!;
  assert.equal(e.newText, 'prime minister');
});

test('right titles, synonyms and descriptive forms are silent', () => {
  const text = [
    'Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in Moscow.',
    'Russian Defence Minister Sergei Shoigu and Foreign Minister Sergei Lavrov joined them.',
    'Azerbaijani President Ilham Aliyev spoke by phone with Pashinyan, the Armenian premier, on Friday.',
    'Azerbaijan\u2019s Minister of Foreign Affairs Jeyhun Bayramov said the talks were useful.',
    'Kremlin spokesman Dmitry Peskov declined to comment.',
  ].join('\n\n');
  const { ws, path: p } = withArticle(text);
  assert.deepEqual(titles(ws, p).map((f) => f.message), []);
});

test('former, then-, deputy and other modifiers; other countries\u2019 offices; other people\u2019s titles: silent', () => {
  const text = [
    'Former President Robert Kocharyan led the opposition list.',
    'The then-President Nikol Pashinyan, as one paper wrongly put it, was not there.',
    'An aide to Azerbaijani President Ilham Aliyev said Pashinyan had been warned.',
    'Deputy Prime Minister Ilham Aliyev is not a title any source gives.',
  ].join('\n\n');
  const { ws, path: p } = withArticle(text);
  assert.deepEqual(titles(ws, p).map((f) => f.message), []);
});

test('roles with dates: a title the card gives only for other years warns at the article\u2019s date', () => {
  const card = '---\ntype: person\nname: Anna Example\nroles:\n  - { title: Foreign Minister of Armenia, from: 2021-08 }\n  - { title: Deputy Speaker of the National Assembly of Armenia, from: 2019, to: 2021-07 }\n---\nA person of our own.\n';
  const early = withArticle('Armenian Foreign Minister Anna Example flew to Moscow.', '2020-10-05', { '/story/entities/people/anna-example.md': card });
  const [f] = titles(early.ws, early.path);
  assert.ok(f, 'before the office began');
  assert.match(f.message, /from 2021-08 only/);
  const later = withArticle('Armenian Foreign Minister Anna Example flew to Moscow.', '2021-11-16', { '/story/entities/people/anna-example.md': card });
  assert.deepEqual(titles(later.ws, later.path), []);
});

test('a role\u2019s other names (`also`) are the same office; a broken role is a card problem', () => {
  const card = '---\ntype: person\nname: Anna Example\nroles:\n  - { title: Secretary of the Security Council of Armenia, also: [security chief, Security Council Secretary] }\n---\nA person of our own.\n';
  const { ws, path: p } = withArticle('Armenia\u2019s Security Council Secretary Anna Example spoke.', '2021-11-16', { '/story/entities/people/anna-example.md': card });
  assert.deepEqual(titles(ws, p), []);
  const broken = withArticle('x', '2021-11-16', { '/story/entities/people/bad.md': '---\ntype: person\nname: Bad Role\nroles:\n  - { office: President }\n  - { title: President, from: May 2018 }\n---\n' });
  const problems = broken.ws.findings('/story/entities/people/bad.md').filter((f) => f.code === 'card-invalid-field');
  assert.equal(problems.length, 2, problems.map((f) => f.message).join('\n'));
});

test('the seed corpus: no title warning (its titles are right)', () => {
  const all = seed.reportedPaths().flatMap((p) => seed.findings(p)).filter((f) => f.code === 'title-mismatch');
  assert.deepEqual(all.map((f) => `${path.basename(f.path)}: ${f.message}`), []);
});

test('a place card added after a person card was read: the role\u2019s country is read again, as in a fresh build', () => {
  const person = '---\ntype: person\nname: Anna Example\nroles:\n  - { title: Foreign Minister of Ruritania }\n---\nA person of our own.\n';
  const place = '---\ntype: place\nname: Ruritania\n---\nA country of our own.\n';
  const text = 'Armenian President Anna Example flew to Moscow.';
  const edited = withArticle(text, '2021-11-16', { '/story/entities/people/anna-example.md': person });
  // Without the place card the role names no country it knows: any country's president is a wrong title.
  assert.equal(titles(edited.ws, edited.path).length, 1);
  edited.ws.setCard('/story/entities/places/ruritania.md', place);
  const fresh = withArticle(text, '2021-11-16', { '/story/entities/people/anna-example.md': person, '/story/entities/places/ruritania.md': place });
  // Now it is Ruritania's foreign minister: Armenia's president is someone else's business.
  assert.deepEqual(titles(fresh.ws, fresh.path), [], 'fresh build');
  assert.deepEqual(titles(edited.ws, edited.path), titles(fresh.ws, fresh.path), 'after the card edit');
});
