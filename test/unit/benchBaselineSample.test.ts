// The bench's baseline reads a fixed sample of the corpus, the same every run, spread over every story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evenSample } from '../../scripts/bench/baseline.ts';

test('the baseline sample takes exactly the count asked, in order, from the first article', () => {
  const s = evenSample(1249, 400);
  assert.equal(s.length, 400);
  assert.equal(s[0], 0);
  assert.ok(s.every((x, i) => i === 0 || x > s[i - 1]!));
  assert.ok(s[s.length - 1]! < 1249 && s[s.length - 1]! >= 1249 - 4);
  const gaps = new Set(s.slice(1).map((x, i) => x - s[i]!));
  assert.deepEqual([...gaps].sort(), [3, 4]);
});

test('the baseline sample touches every story of 25 articles', () => {
  const story = (i: number) => Math.floor(i / 25);
  assert.equal(new Set(evenSample(1250, 400).map(story)).size, 50);
  assert.equal(new Set(evenSample(1250, 50).map(story)).size, 50);
});

test('the baseline sample is the whole corpus when it asks for as many or more', () => {
  assert.deepEqual(evenSample(5, 5), [0, 1, 2, 3, 4]);
  assert.deepEqual(evenSample(5, Infinity), [0, 1, 2, 3, 4]);
  assert.deepEqual(evenSample(1249, 400), evenSample(1249, 400));
});
