// The hover of a carded name on the seed corpus: its other spellings are written as the card
// writes them (a Markdown-escaped list, not percent-encoded as JavaScript's global escape() does).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { entityHoverMarkdown } from '../../server/src/core/present/entityHover.ts';

test('"Also written" lists the card\u2019s spellings as written, Cyrillic and spaces included', async () => {
  const ws = await loadCorpus([path.join(__dirname, '../../corpus')]);
  const p = ws.articlePaths().find((x) => x.endsWith('moscow-times-2020-11-21.txt'))!;
  const shoigu = ws.entities(p).find((m) => m.id === 'sergei-shoigu')!;
  const md = entityHoverMarkdown(ws, shoigu, (t, s) => `${t}#${s}`);
  const also = /\*\*Also written:\*\* (.*)/.exec(md)![1]!;
  assert.match(also, /Sergey Shoigu/);
  assert.match(also, /Сергей Шойгу|Шойгу/);
  assert.doesNotMatch(also, /%20|%u[0-9A-F]{4}/);
});

test('no source calls JavaScript\u2019s deprecated global escape() or unescape() (a missing import of escapeMarkdown resolves to it silently)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const root = path.join(__dirname, '../../server/src');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
  const offenders = files.filter((f) => /(?<![\w.])(?:un)?escape\b(?!\w)(?=\s*[(),])/.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
  assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
});
