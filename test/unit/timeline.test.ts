import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { buildTimeline } from '../../server/src/core/present/timeline.ts';
import { timelineHtml } from '../../client/src/timelineHtml.ts';

test('the timeline lists the trilateral statement with its five sources and marks the one that disagrees', async () => {
  const ws = await loadCorpus([path.join(__dirname, '../../corpus')]);
  const events = buildTimeline(ws);
  const statement = events.find((e) => e.id === 'trilateral-statement-2020')!;
  assert.equal(statement.conflict, true);
  const values = statement.sources.map((s) => s.value).sort();
  assert.equal(values.filter((v) => v === '2020-11-09').length, 6);
  assert.deepEqual(statement.sources.filter((s) => s.conflict).map((s) => s.value), ['2020-11-10']);
  assert.deepEqual(events.filter((e) => e.conflict).map((e) => e.id), ['trilateral-statement-2020']);
});

test('the timeline page has a strict CSP, no remote content, and escapes text from the corpus', () => {
  const html = timelineHtml(
    [{ id: 'x', name: '<script>alert(1)</script>', cardDate: '2020-11-09', cardUri: 'file:///c.md', conflict: true, sources: [
      { uri: 'file:///a.txt', file: 'a.txt', line: 1, character: 2, text: 'November 10', value: '2020-11-10', conflict: true },
      { uri: 'file:///b.txt', file: 'b.txt', line: 3, character: 4, text: 'November 9', value: '2020-11-09', conflict: false },
    ] }],
    'NONCE',
    'vscode-resource:',
  );
  assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-NONCE'/);
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /https?:\/\//);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'one script, with the nonce');
  assert.equal((html.match(/class="source conflict"/g) ?? []).length, 1);
  assert.deepEqual([...html.matchAll(/<button type="button" data-export="([a-z]+)"/g)].map((m) => m[1]), ['csv', 'timelinejs'], 'the export buttons');
});

test('an empty timeline says what puts an event on it', () => {
  const html = timelineHtml([], 'n0nce', 'vscode-resource:');
  assert.match(html, /No dated events yet/);
  assert.match(html, /entities\/events\//);
  assert.match(html, /status bar/);
});
