import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotatedArticles, annotatedStories, buildStoryGold, dataRoot, readStoryGold, scoreStory } from '../../scripts/entities/story.ts';

const haveData = existsSync(dataRoot());

test('story gold: every span slices to its text, and the JSON is what the sources give', { skip: !haveData && 'duc2006 not here' }, () => {
  assert.ok(annotatedStories().length >= 3);
  for (const story of annotatedStories()) {
    const json = readStoryGold(story);
    for (const docno of annotatedArticles(story)) {
      const errors: string[] = [];
      const built = buildStoryGold(story, docno, errors);
      assert.deepEqual(errors, []);
      const text = readFileSync(path.join(dataRoot(), built.document), 'utf8');
      for (const m of built.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      assert.deepEqual(json.find((g) => g.document === built.document), built);
    }
  }
});

test('story scoring: B-cubed over correct mentions, and a merge of two people is counted', () => {
  const gold = [{ document: 's/a.txt', mentions: [
    { start: 0, end: 5, text: 'Jim A', type: 'person', id: 'jim-a' },
    { start: 10, end: 15, text: 'Jim B', type: 'person', id: 'jim-b' },
    { start: 20, end: 22, text: 'US', type: 'place', id: 'us' },
  ] }];
  const merged = scoreStory(gold, new Map([['s/a.txt', [
    { start: 0, end: 5, text: 'Jim A', type: 'person', id: 'jim' },
    { start: 10, end: 15, text: 'Jim B', type: 'person', id: 'jim' },
    { start: 20, end: 22, text: 'US', type: 'organization', id: 'us' },
  ]]]));
  assert.equal(merged.typed.tp, 2);
  assert.equal(merged.typed.fp, 1);
  assert.equal(merged.identity.precision, 0.5);
  assert.equal(merged.identity.recall, 1);
  assert.deepEqual(merged.namesakeMerges, [{ predicted: 'jim', gold: ['jim-a', 'jim-b'] }]);
});
