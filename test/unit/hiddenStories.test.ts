// The disagreements the issue names for stories we do not have, made from real development stories
// altered in one place, and run as a user would (the story's folder, no cards): the one source
// that dates a plane crash three days after the others, one that takes its own date for the
// crash's, and an abduction near midnight dated a day apart by two sources of six. Each is noted
// with its reason, on the altered mention only; the agreeing mentions are not.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import type { Finding } from '../../server/src/core/checks/finding.ts';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/duc2006');
const GOLD = path.resolve(import.meta.dirname, '../gold/events');
const skip = !existsSync(DATA) && 'the development stories are not here';

let tagger: Awaited<ReturnType<typeof loadBundledTagger>>;
before(async () => {
  tagger = await loadBundledTagger();
});

interface GoldMention { file: string; start: number; end: number; text: string; date: string }

/** The story copied to a temporary folder with `alter` applied to its files, loaded; removed after `use`. */
async function withStory(story: string, alter: (dir: string) => void, use: (w: Workspace, dir: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-hidden-'));
  try {
    cpSync(path.join(DATA, story), path.join(dir, 'corpus'), { recursive: true });
    alter(path.join(dir, 'corpus'));
    use(await loadCorpus([path.join(dir, 'corpus')], { tagger }), path.join(dir, 'corpus'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function replaceAt(file: string, start: number, end: number, expect: string, by: string): void {
  const text = readFileSync(file, 'utf8');
  assert.equal(text.slice(start, end), expect);
  writeFileSync(file, text.slice(0, start) + by + text.slice(end));
}

const dateNotes = (w: Workspace): Finding[] => w.articlePaths().flatMap((p) => w.findings(p)).filter((f) => f.code === 'possible-date-conflict' || f.code === 'date-conflict');

test('EgyptAir 990: one source dates the crash three days after the others; only it is noted', { skip }, async () => {
  const gold = JSON.parse(readFileSync(path.join(GOLD, 'D0617H.json'), 'utf8')) as { mentions: GoldMention[] };
  // "...takeoff from the Kennedy International Airport in New York on October 31." -> "November 3".
  const m = gold.mentions.find((x) => x.file === 'XIE19991117.0007.txt')!;
  await withStory('D0617H', (dir) => replaceAt(path.join(dir, m.file), m.start, m.end, 'October 31', 'November 3'), (w) => {
    const notes = dateNotes(w);
    assert.deepEqual(notes.map((n) => `${path.basename(n.path)}:${n.start}`), [`${m.file}:${m.start}`]);
    const note = notes[0]!;
    assert.equal(note.severity, 'information');
    assert.match(note.message, /^Possibly a date conflict: 1 of \d+ mentions in \d+ articles dates the crash \(.*EgyptAir.*\) 1999-11-03; the others 1999-10-31\. Here: "November 3"\./);
    // Three days off and not the article's own day: no reason is guessed.
    assert.doesNotMatch(note.message, /One day apart|own date/);
    assert.ok(note.related.length >= 5 && note.related.every((r) => /dated 1999(?:-10(?:-31)?)? here/.test(r.message)), `it points at the agreeing sources: ${note.related.map((r) => r.message)}`);
  });
});

test('EgyptAir 990: a source that takes its own date for the crash\'s is noted with that reason', { skip }, async () => {
  const gold = JSON.parse(readFileSync(path.join(GOLD, 'D0617H.json'), 'utf8')) as { mentions: GoldMention[] };
  // Written on Tuesday, Nov. 2: "...on the way to Cairo early Sunday." -> "early Tuesday", its own day.
  const m = gold.mentions.find((x) => x.file === 'XIE19991102.0164.txt')!;
  await withStory('D0617H', (dir) => replaceAt(path.join(dir, m.file), m.start, m.end, 'early Sunday', 'early Tuesday'), (w) => {
    const notes = dateNotes(w);
    assert.deepEqual(notes.map((n) => `${path.basename(n.path)}:${n.start}`), [`${m.file}:${m.start}`]);
    assert.match(notes[0]!.message, /dates the crash \(.*\) 1999-11-02; the others 1999-10-31\. Here: "early Tuesday"\. 1999-11-02 is this article's own date: the day of the report may have been taken for the day of the event\./);
  });
});

// Six real articles of the Chechnya story, written within days of each other in October 1999,
// each given a sentence about one abduction in its second paragraph: four date it Oct. 9, two
// (near midnight) Oct. 10, in the words of the learned list (kidnapping, kidnapped, abduction,
// hostage-taking). The name is made up.
const ABDUCTION: Array<[string, string]> = [
  ['APW19991012.0111.txt', 'Viktor Arbatov, a Russian official, was kidnapped on Oct. 9 near Grozny, Chechnya.'],
  ['APW19991012.0112.txt', 'The Oct. 9 kidnapping of Viktor Arbatov near Grozny, Chechnya, was condemned in Moscow.'],
  ['XIE19991015.0535.txt', 'The hostage-taking of Viktor Arbatov near Grozny on Oct. 9 shocked officials in Chechnya.'],
  ['XIE19991018.0031.txt', 'The abduction of Viktor Arbatov near Grozny on Oct. 9 has not been claimed, officials in Chechnya said.'],
  ['XIE19991019.0141.txt', 'Viktor Arbatov was kidnapped on Oct. 10 near Grozny, Chechnya, shortly after midnight.'],
  ['APW19991101.0048.txt', 'The kidnapping of Viktor Arbatov near Grozny, Chechnya, on Oct. 10 remains unsolved.'],
];

test('an abduction near midnight dated a day apart by two sources of six: both noted, one day apart, the four others not', { skip }, async () => {
  await withStory('D0616G', (dir) => {
    for (const [file, sentence] of ABDUCTION) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const at = text.indexOf('\n\n', text.indexOf('\n\n') + 2); // after the first paragraph of the body
      writeFileSync(path.join(dir, file), `${text.slice(0, at)}\n\n${sentence}${text.slice(at)}`);
    }
  }, (w, dir) => {
    const dateOf = (file: string) => {
      const p = path.join(dir, file);
      const text = w.analysis(p)!.text;
      const sentence = ABDUCTION.find(([f]) => f === file)![1];
      const at = text.indexOf(sentence);
      return w.analysis(p)!.dates.find((d) => d.start >= at && d.end <= at + sentence.length && /^Oct\./.test(d.text))!;
    };
    const ids = new Set(ABDUCTION.map(([f]) => w.uncardedEventOf(path.join(dir, f), dateOf(f))?.id));
    assert.equal(ids.size, 1, 'the six mentions carry one event id');
    assert.match([...ids][0]!, /^kidnapping-1999-10-09-/);
    const notes = dateNotes(w);
    const off = ABDUCTION.slice(4).map(([f]) => `${f}:${dateOf(f).start}`);
    assert.deepEqual(notes.map((n) => `${path.basename(n.path)}:${n.start}`).sort(), off.sort(), 'the two that differ are noted, and nothing else in the story');
    for (const n of notes) {
      assert.match(n.message, /2 of 6 mentions in 6 articles date the kidnapping \(.*Viktor Arbatov.*\) 1999-10-10; the others 1999-10-09\./);
      assert.match(n.message, /One day apart: the event may have happened around midnight, or the sources count in different time zones\./);
    }
  });
});
