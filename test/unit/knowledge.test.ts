import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase.ts';

const pashinyan = `---
type: person
name: Nikol Pashinyan
aliases: [Pashinian, Pashinián]
role: Prime Minister of Armenia
---
Armenian politician.
`;

test('parseCard reads the front matter, the body and where the name is', () => {
  const { card, problems } = parseCard('people/nikol-pashinyan.md', pashinyan);
  assert.deepEqual(problems, []);
  assert.equal(card?.id, 'nikol-pashinyan');
  assert.equal(card?.type, 'person');
  assert.deepEqual(card?.aliases, ['Pashinian', 'Pashinián']);
  assert.equal(card?.description, 'Armenian politician.');
  assert.equal(pashinyan.slice(card!.nameStart, card!.nameEnd), 'Nikol Pashinyan');
});

test('parseCard reports broken YAML at its place and returns no card', () => {
  const text = '---\ntype: person\nname: [unclosed\n---\n';
  const { card, problems } = parseCard('x.md', text);
  assert.equal(card, undefined);
  assert.ok(problems.length > 0);
  assert.equal(problems[0]!.code, 'card-invalid-yaml');
  assert.ok(problems[0]!.start >= 4, 'the problem points into the front matter');
});

test('parseCard reports a missing front matter, missing fields, unknown fields and a bad date', () => {
  assert.equal(parseCard('a.md', 'just text').problems[0]!.code, 'card-no-front-matter');
  assert.ok(parseCard('b.md', '---\ntype: person\n---\n').problems.some((p) => p.code === 'card-missing-field'));
  const unknown = parseCard('c.md', '---\ntype: place\nname: Baku\ncapital: yes\n---\n');
  assert.equal(unknown.card?.name, 'Baku', 'an unknown field does not lose the card');
  assert.ok(unknown.problems.some((p) => p.code === 'card-unknown-field' && p.severity === 'warning'));
  const badDate = parseCard('d.md', '---\ntype: event\nname: X\ndate: November 9\n---\n');
  assert.ok(badDate.problems.some((p) => p.code === 'card-invalid-field'));
  assert.equal(badDate.card?.date, undefined);
});

test('KnowledgeBase ignores a duplicate id and points at the first definition', () => {
  const kb = KnowledgeBase.build([
    { path: 'a/nikol-pashinyan.md', text: pashinyan },
    { path: 'b/nikol-pashinyan.md', text: pashinyan },
  ]);
  assert.equal(kb.cards.size, 1);
  const dup = kb.problems.find((p) => p.code === 'card-duplicate-id');
  assert.equal(dup?.path, 'b/nikol-pashinyan.md');
  assert.equal(dup?.related?.[0]?.path, 'a/nikol-pashinyan.md');
});

test('an alias claimed by two cards links to neither and is reported on both', () => {
  const kb = KnowledgeBase.build([
    { path: 'people/armen-sarkissian.md', text: '---\ntype: person\nname: Armen Sarkissian\naliases: [Sarkissian]\n---\n' },
    { path: 'people/serzh-sargsyan.md', text: '---\ntype: person\nname: Serzh Sargsyan\naliases: [Sarkissian]\n---\n' },
  ]);
  assert.equal(kb.entityAliases.has('sarkissian'), false);
  const conflicts = kb.problems.filter((p) => p.code === 'card-alias-conflict');
  assert.equal(conflicts.length, 2);
  assert.ok(conflicts.every((c) => c.related && c.related.length === 1));
  assert.equal(kb.entityAliases.get('armen sarkissian')?.cardId, 'armen-sarkissian');
});

test('a surname links alone only when no other person card shares it', () => {
  const kb = KnowledgeBase.build([
    { path: 'p/nikol-pashinyan.md', text: pashinyan },
    { path: 'p/ilham-aliyev.md', text: '---\ntype: person\nname: Ilham Aliyev\n---\n' },
    { path: 'p/heydar-aliyev.md', text: '---\ntype: person\nname: Heydar Aliyev\n---\n' },
  ]);
  assert.equal(kb.entityAliases.get('pashinyan')?.kind, 'surname');
  assert.equal(kb.entityAliases.has('aliyev'), false);
});
