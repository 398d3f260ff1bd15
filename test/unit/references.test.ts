// Words that name again an event the article dated before ("Friday night's crash ... the crash"):
// they carry that date's event (events/references.ts), only the same kind, after the nearest
// dated mention, and never past a word that may be another event of the kind.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { referenceHoverMarkdown } from '../../server/src/core/present/dateHover.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

let tagger: Awaited<ReturnType<typeof loadBundledTagger>>;
before(async () => {
  tagger = await loadBundledTagger();
});

const DATELINE = 'PARIS, July 29, 2000 (AP) -- ';

/** Each reference of the article as "word -> the text of the date it goes back to". */
function references(w: Workspace, path: string): string[] {
  const a = w.analysis(path)!;
  return a.dates.flatMap((d) => (d.references ?? []).map(([s, e]) => `${a.text.slice(s, e)}@${s} -> ${d.text}`));
}

test('"the crash" after "Friday night\'s crash" carries its event; a word of another kind does not', () => {
  const w = new Workspace({ tagger });
  const text = `${DATELINE}Friday night's crash killed 113 people. Investigators said the crash was caused by a tire. The bombing of a cafe was not linked. The disaster shocked France.`;
  w.setArticle('a.txt', text);
  const refs = references(w, 'a.txt');
  assert.deepEqual(refs, [`crash@${text.indexOf('the crash') + 4} -> Friday night`, `disaster@${text.indexOf('disaster')} -> Friday night`]);
});

test('no reference past another event of the kind: "a crash in 1996", "the previous crash", or one dated another day', () => {
  const w = new Workspace({ tagger });
  w.setArticle('a.txt', `${DATELINE}Tuesday's crash killed 113 people. It recalled a crash near Toulouse. The crash was the Concorde's first.`);
  assert.deepEqual(references(w, 'a.txt'), []);
  w.setArticle('a.txt', `${DATELINE}Tuesday's crash killed 113 people. The previous crash was in 1996. The crash was the Concorde's first.`);
  assert.deepEqual(references(w, 'a.txt'), []);
  const text = `${DATELINE}Tuesday's crash killed 113 people. The July 2, 1994 crash killed four. The crash was small.`;
  w.setArticle('a.txt', text);
  assert.deepEqual(references(w, 'a.txt'), [`crash@${text.lastIndexOf('crash')} -> July 2, 1994`]);
  // "the crashed plane" is no reference: a verb form.
  w.setArticle('a.txt', `${DATELINE}Tuesday's crash killed 113 people. Investigators studied the crashed plane.`);
  assert.deepEqual(references(w, 'a.txt'), []);
});

test('a reference\'s hover names the event of the date it goes back to, with the other sources', () => {
  const w = new Workspace({ tagger });
  w.setArticle('a.txt', `${DATELINE}An Air France Concorde crashed near Paris on Tuesday. Investigators said the crash was caused by a tire.`);
  w.setArticle('b.txt', `PARIS, July 27, 2000 (AP) -- The Concorde crashed near Paris on Tuesday, killing 113. The crash grounded the fleet.`);
  const text = w.analysis('a.txt')!.text;
  const at = w.referenceAt('a.txt', text.indexOf('the crash') + 5)!;
  assert.ok(at, 'the crash is a reference');
  assert.equal(text.slice(at.start, at.end), 'crash');
  const md = referenceHoverMarkdown(w, 'a.txt', at.date, (p, s) => `${p}#${s}`);
  assert.match(md, /^The event dated \[Tuesday\]\(a\.txt#\d+\) earlier in this article \(`2000-07-25`\)/);
  assert.match(md, /\*\*Dates:\*\* the crash \(.*\), found in 2 articles; no card describes it/);
});

test('who and where a reference\'s sentence names are the event\'s: two kidnapping reports that name the parties only there are one event', () => {
  const w = new Workspace({ tagger });
  w.setArticle('a.txt', 'GROZNY, Russia, May 3, 1998 (AP) -- Friday\'s kidnapping shocked the region. Police said the kidnapping of Valentin Vlasov took place near Grozny.');
  w.setArticle('b.txt', 'MOSCOW, May 4, 1998 (AP) -- Officials condemned Friday\'s kidnapping. The kidnapping of Valentin Vlasov near Grozny was the third this year.');
  const groups = w.uncardedEvents();
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.kind, 'kidnapping');
  assert.deepEqual(groups[0]!.members.map((m) => m.path), ['a.txt', 'b.txt']);
});
