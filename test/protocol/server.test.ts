// The language server over stdio, spoken to as an editor does.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { TestClient } from './lspClient.ts';
import { BACKGROUND_NICENESS } from '../../server/src/host/threadPriority.ts';

const repoCorpus = path.join(import.meta.dirname, '../../corpus');
let root: string;
let client: TestClient;

const uriOf = (rel: string) => pathToFileURL(path.join(root, rel)).href;
const textOf = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

/** Position of the n-th occurrence of a word in a file, plus `into` characters. */
function positionOf(text: string, word: string, nth = 0, into = 1) {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(word, index + 1);
  assert.ok(index >= 0, `"${word}" not found`);
  const before = text.slice(0, index + into);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

before(async () => {
  // Work on a copy: nothing a test does may touch the repository's corpus.
  root = mkdtempSync(path.join(os.tmpdir(), 'dateline-protocol-'));
  cpSync(repoCorpus, path.join(root, 'corpus'), { recursive: true });
  client = TestClient.start();
  const init = await client.initialize(root);
  const caps = init.capabilities;
  assert.ok(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.codeActionProvider);
  assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
});

after(async () => {
  if (client) {
    const code = await client.shutdown();
    assert.equal(code, 0, `server exits cleanly after shutdown/exit; stderr: ${client.stderr}`);
  }
  rmSync(root, { recursive: true, force: true });
});

const MT = 'corpus/moscow-times-2020-11-21.txt';

test('hover on a surname shows the card of the full name', async () => {
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Pashinyan', 1) });
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /\*\*Nikol Pashinyan\*\* · person/);
  assert.match(hover.contents.value, /Prime Minister of Armenia/);
  assert.match(hover.contents.value, /Mentioned\*\* \d+ times in [3-5] articles/);
});

test('definition of a name opens its card at the name', async () => {
  const loc = await client.request('textDocument/definition', { textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Pashinyan', 1) });
  assert.equal(loc.uri, uriOf('corpus/entities/people/nikol-pashinyan.md'));
  const cardLines = textOf('corpus/entities/people/nikol-pashinyan.md').split('\n');
  assert.match(cardLines[loc.range.start.line]!, /^name:\s*Nikol Pashinyan/);
});

test('references list every mention in every article, whatever the spelling', async () => {
  const refs: Array<{ uri: string; range: any }> = await client.request('textDocument/references', {
    textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Pashinyan', 1), context: { includeDeclaration: false },
  });
  const files = new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)));
  assert.ok(files.size >= 3, `mentions in ${[...files].join(', ')}`);
  const spelled = new Set(refs.map((r) => {
    const text = textOf(path.relative(root, new URL(r.uri).pathname));
    const lines = text.split('\n');
    return lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character);
  }));
  for (const s of ['Pashinyan', 'Pashinian', 'Pashinián', 'Nikol Pashinyan']) assert.ok(spelled.has(s), `has ${s}: ${[...spelled].join(', ')}`);
});

test('document and workspace symbols list entities, found by any spelling', async () => {
  const symbols: Array<{ name: string; detail: string }> = await client.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(MT) } });
  const names = symbols.map((s) => s.name);
  for (const n of ['Nikol Pashinyan', 'Sergei Shoigu', 'Yerevan']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  const found: Array<{ name: string; location: { uri: string } }> = await client.request('workspace/symbol', { query: 'Pashinián' });
  assert.deepEqual(found.map((s) => s.name), ['Nikol Pashinyan']);
});

test('edits through didOpen/didChange are analyzed at once', async () => {
  const uri = uriOf(MT);
  const text = textOf(MT);
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Jeyhun Bayramov wrote.\n' }],
  });
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } });
  assert.match(hover.contents.value, /Jeyhun Bayramov/);
  // The names after the edit moved one line down, and hover follows them.
  const moved = await client.request('textDocument/hover', { textDocument: { uri }, position: { ...positionOf(text, 'Pashinyan', 1), line: positionOf(text, 'Pashinyan', 1).line + 1 } });
  assert.match(moved.contents.value, /Nikol Pashinyan/);
  await client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('hovers sent right behind edits, without waiting, each answer at the text as it was edited so far', async () => {
  const uri = uriOf(MT);
  const text = textOf(MT);
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const at = positionOf(text, 'Pashinyan', 1);
  const hovers: Array<Promise<{ contents: { value: string }; range: { start: { line: number; character: number } } } | null>> = [];
  for (let k = 1; k <= 4; k++) {
    void client.notify('textDocument/didChange', {
      textDocument: { uri, version: k + 1 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Jeyhun Bayramov wrote ${k}.\n` }],
    });
    hovers.push(client.request('textDocument/hover', { textDocument: { uri }, position: { line: at.line + k, character: at.character } }));
  }
  const answers = await Promise.all(hovers);
  answers.forEach((h, i) => {
    assert.match(h?.contents.value ?? '', /Nikol Pashinyan/, `hover ${i + 1}`);
    assert.equal(h!.range.start.line, at.line + i + 1, `hover ${i + 1} at the name as the text then was`);
  });
  await client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a broken card gets an error diagnostic in the card; an alias two cards claim warns with related information', async () => {
  const broken = uriOf('corpus/entities/people/broken.md');
  await client.notify('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'markdown', version: 1, text: '---\ntype: person\nname: [oops\n---\n' } });
  await client.waitFor(() => (client.diagnostics.get(broken)?.diagnostics.length ?? 0) > 0);
  const d = client.diagnostics.get(broken)!;
  assert.equal(d.version, 1, 'diagnostics carry the document version');
  assert.equal(d.diagnostics[0]!.code, 'card-invalid-yaml');
  assert.equal(d.diagnostics[0]!.severity, 1);

  const rival = uriOf('corpus/entities/people/rival.md');
  await client.notify('textDocument/didOpen', { textDocument: { uri: rival, languageId: 'markdown', version: 1, text: '---\ntype: person\nname: Someone Else\naliases: [Pashinian]\n---\n' } });
  await client.waitFor(() => (client.diagnostics.get(rival)?.diagnostics ?? []).some((x) => x.code === 'card-alias-conflict'));
  const conflict = client.diagnostics.get(rival)!.diagnostics.find((x) => x.code === 'card-alias-conflict')!;
  assert.equal(conflict.relatedInformation?.[0]?.location.uri, uriOf('corpus/entities/people/nikol-pashinyan.md'));

  // Closing the unsaved cards brings back the files on disk (there are none): the problems go away.
  await client.notify('textDocument/didClose', { textDocument: { uri: broken } });
  await client.notify('textDocument/didClose', { textDocument: { uri: rival } });
  await client.waitFor(() => (client.diagnostics.get(broken)?.diagnostics.length ?? 0) === 0 && (client.diagnostics.get(rival)?.diagnostics.length ?? 0) === 0);
});

test('a card written in the editor is recognized in the articles once they are re-analyzed in the background', async () => {
  const article = 'corpus/armenia-confirms-casualties-in-border-clashes.txt';
  const hintAt = () => (client.diagnostics.get(uriOf(article))?.diagnostics ?? []).some((d) => d.code === 'entity-without-card' && /"Security Council"/.test(d.message));
  await client.waitFor(hintAt);
  const card = uriOf('corpus/entities/organizations/security-council-of-armenia.md');
  await client.notify('textDocument/didOpen', { textDocument: { uri: card, languageId: 'markdown', version: 1, text: '---\ntype: organization\nname: Security Council of Armenia\naliases: [Security Council]\n---\nAdvises the president.\n' } });
  await client.waitFor(() => !hintAt());
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(article) }, position: positionOf(textOf(article), 'Security Council') });
  assert.match(hover.contents.value, /Security Council of Armenia/);
  // Closing the unsaved card: the file on disk does not exist, so the name is without a card again.
  await client.notify('textDocument/didClose', { textDocument: { uri: card } });
  await client.waitFor(hintAt);
});

test('bad requests get empty results or errors, and the server keeps answering', async () => {
  const unknownDoc = await client.request('textDocument/hover', { textDocument: { uri: uriOf('corpus/nope.txt') }, position: { line: 0, character: 0 } });
  assert.equal(unknownDoc, null);
  const outOfRange = await client.request('textDocument/hover', { textDocument: { uri: uriOf(MT) }, position: { line: 99999, character: 99999 } });
  assert.equal(outOfRange, null);
  await assert.rejects(client.request('dateline/noSuchMethod', {}), /Unhandled method|not found/i);
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Shoigu') });
  assert.match(hover.contents.value, /Sergei Shoigu/);
});

const AZ = 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt';

test('the date conflict arrives as a warning with related information on every other source', async () => {
  await client.waitFor(() => (client.diagnostics.get(uriOf(AZ))?.diagnostics ?? []).some((d) => d.code === 'date-conflict'));
  const d = client.diagnostics.get(uriOf(AZ))!.diagnostics.find((x) => x.code === 'date-conflict')!;
  assert.equal(d.severity, 2);
  assert.deepEqual(d.range.start, positionOf(textOf(AZ), 'November 10, 2020', 0, 0));
  const relatedFiles = new Set((d.relatedInformation ?? []).map((r) => path.basename(new URL(r.location.uri).pathname)));
  for (const f of ['moscow-times-2020-11-21.txt', 'armenia-withdraws-forces-from-artsakh.txt', 'pashinyan-to-ask-russia-for-military-aid.txt', 'armenia-confirms-casualties-in-border-clashes.txt', 'trilateral-statement-2020.md']) {
    assert.ok(relatedFiles.has(f), `related information includes ${f}`);
  }
  // Nothing else in the corpus warns.
  const others = [...client.diagnostics.values()].flatMap((p) => p.diagnostics.filter((x) => x.severity <= 2).map((x) => `${p.uri}: ${x.message}`));
  assert.equal(others.length, 1, others.join('\n'));
});

test('an edit publishes its own document first; files whose warnings point into it follow when typing pauses', async () => {
  const uri = uriOf(MT);
  const text = textOf(MT);
  const az = uriOf(AZ);
  const lineOfRelatedIn = (file: string) => {
    const d = client.diagnostics.get(az)?.diagnostics.find((x) => x.code === 'date-conflict');
    return (d?.relatedInformation as Array<{ location: { uri: string; range: { start: { line: number } } } }> | undefined)?.find((r) => r.location.uri === uriOf(file))?.location.range.start.line;
  };
  // The cold start's tagger pass republishes the corpus, the warned file too: the edits start
  // once it has ended and its publications with it.
  assert.ok(await client.waitForLog(/names without cards recognized|tagger model not found|tagger failed/, 120000));
  for (let seen = -1; seen !== client.published.length; ) {
    seen = client.published.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await client.waitFor(() => lineOfRelatedIn(MT) !== undefined);
  const before = lineOfRelatedIn(MT)!;
  const from = client.published.length;
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  // Three edits in a row, as when typing: each adds a line above the date and a name no card
  // knows (so that the document's own diagnostics change too), and its diagnostics arrive before
  // the next one.
  try {
    // The server takes a pause in typing to be 300 ms without an edit; on a loaded machine the
    // wait for an edit's diagnostics can be that long, and then the warned file rightly follows
    // that edit. Gaps of 250 ms or more between two edits sent here count as such pauses.
    let pauses = 0;
    let sentAt = 0;
    for (let version = 2; version <= 4; version++) {
      if (version > 2 && Date.now() - sentAt >= 250) pauses++;
      sentAt = Date.now();
      await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Zorik Hakobyan agreed.\n' }] });
      await client.waitFor(() => client.diagnostics.get(uri)?.version === version);
    }
    await client.waitFor(() => lineOfRelatedIn(MT) === before + 3);
    const order = client.published.slice(from).map((p) => `${p.uri === uri ? 'MT' : p.uri === az ? 'AZ' : 'other'}${p.version ? `@${p.version}` : ''}`);
    const warned = order.filter((o) => o === 'AZ').length;
    assert.ok(order.indexOf('MT@4') >= 0 && order.indexOf('MT@4') < order.lastIndexOf('AZ'), order.join(' '));
    if (pauses === 0) assert.ok(order.indexOf('MT@4') < order.indexOf('AZ'), `no pause: the warned file waits for the last edit: ${order.join(' ')}`);
    assert.ok(warned >= 1 && warned <= 1 + pauses, `the warned file is republished once for the three edits, and once more per pause (${pauses}): ${order.join(' ')}`);
  } finally {
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  }
  await client.waitFor(() => lineOfRelatedIn(MT) === before);
});

test('code actions on the conflict: align with the majority, or record the discrepancy on the card', async () => {
  const at = positionOf(textOf(AZ), 'November 10, 2020', 0, 2);
  const diagnostics = client.diagnostics.get(uriOf(AZ))!.diagnostics.filter((x) => x.code === 'date-conflict');
  const actions: Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }> = await client.request('textDocument/codeAction', {
    textDocument: { uri: uriOf(AZ) }, range: { start: at, end: at }, context: { diagnostics },
  });
  const align = actions.find((a) => a.title.startsWith('Change to'));
  assert.equal(align?.title, 'Change to "November 9, 2020" (the date most sources give)');
  assert.deepEqual(align!.edit.changes[uriOf(AZ)]!.map((e) => e.newText), ['November 9, 2020']);
  const record = actions.find((a) => a.title.startsWith('Record'));
  assert.ok(record, actions.map((a) => a.title).join(', '));
  const cardUri = uriOf('corpus/entities/events/trilateral-statement-2020.md');
  assert.match(record!.edit.changes[cardUri]![0]!.newText, /known-discrepancies: \[2020-11-10\]/);
  // The server only proposed edits: the article on disk is unchanged.
  assert.match(textOf(AZ), /on November 10, 2020 concluded/);
});

test('the timeline carries its CSV and TimelineJS exports, files named relative to the workspace folder', async () => {
  const timeline: { events: Array<{ id: string }>; exports?: { csv: string; timelinejs: string } } = await client.request('dateline/timeline', {});
  const csv = timeline.exports!.csv.split('\r\n');
  assert.equal(csv[0], 'event_id,event,kind,card_date,consensus_date,source_date,text,disagrees,file,line,column,published,source_date_inferred,published_inferred');
  assert.ok(csv.some((l) => /^trilateral-statement-2020,.*,2020-11-10,"November 10, 2020",true,corpus\/azerbaijan-warns-against-deployment-to-karabakh\.txt,4,85,/.test(l)), csv.join('\n'));
  const tjs = JSON.parse(timeline.exports!.timelinejs);
  assert.equal(tjs.title.text.headline, `Dateline: ${path.basename(root)}`);
  assert.ok(tjs.events.some((e: { unique_id: string }) => e.unique_id === 'trilateral-statement-2020'));
});

test('hover on a date explains its value, its event and the other sources; inlay hints resolve relative dates', async () => {
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(AZ) }, position: positionOf(textOf(AZ), 'November 10, 2020', 0, 3) });
  assert.match(hover.contents.value, /`2020-11-10`/);
  assert.match(hover.contents.value, /Trilateral statement of 9 November 2020/);
  assert.match(hover.contents.value, /`2020-11-09` in .*moscow-times-2020-11-21\.txt/);
  const text = textOf(MT);
  const lines = text.split('\n').length;
  const hints: Array<{ label: string; position: { line: number; character: number } }> = await client.request('textDocument/inlayHint', {
    textDocument: { uri: uriOf(MT) }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
  });
  const saturday = positionOf(text, 'Saturday', 0, 'Saturday'.length);
  assert.ok(hints.some((h) => h.label === '2020-11-21' && h.position.line === saturday.line && h.position.character === saturday.character), JSON.stringify(hints.slice(0, 5)));
  assert.ok(hints.some((h) => h.label === '2020-11-20'), 'Friday resolves to the day before');
});

test('semantic tokens mark people, places, organizations and dates', async () => {
  const init = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(MT) } });
  const data: number[] = init.data;
  assert.ok(data.length > 0 && data.length % 5 === 0);
  const types = new Set<number>();
  for (let i = 3; i < data.length; i += 5) types.add(data[i]!);
  for (const t of [0, 1, 2, 4]) assert.ok(types.has(t), `token type ${t} present`);
});

test('a name no card knows is found by the tagger, marked, and offered a card that never overwrites', async () => {
  const uri = uriOf('corpus/new-article.txt');
  const text = 'YEREVAN — Lilit Makunts, the ambassador, met Nikol Pashinyan on Monday.\nMakunts later left for Washington.\n';
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await client.waitFor(() => (client.diagnostics.get(uri)?.diagnostics ?? []).some((d) => d.code === 'entity-without-card'));
  const hints = client.diagnostics.get(uri)!.diagnostics.filter((d) => d.code === 'entity-without-card');
  assert.ok(hints.every((d) => d.severity === 4), 'hints, not warnings');
  assert.ok(hints.some((d) => /Lilit Makunts/.test(d.message)), hints.map((d) => d.message).join('; '));

  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
  assert.match(hover.contents.value, /\*\*Lilit Makunts\*\* · person · \*no card yet\*/, 'the surname alone links to the full name');
  const def = await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 1, character: 2 } });
  assert.equal(def.uri, uri);
  assert.deepEqual(def.range.start, { line: 0, character: text.indexOf('Lilit') });

  const actions: Array<{ title: string; edit: { documentChanges: any[] }; command?: { command: string; arguments: unknown[] } }> = await client.request('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, context: { diagnostics: hints },
  });
  const write = actions.find((a) => a.title === 'Write a card for "Lilit Makunts" (person)');
  assert.ok(write, actions.map((a) => a.title).join(', '));
  const [create, insert] = write!.edit.documentChanges;
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, uriOf('corpus/entities/people/lilit-makunts.md'));
  assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
  // Every field has a value (no empty role); the surname alone links without being written.
  assert.match(insert.edits[0].newText, /^---\ntype: person\nname: Lilit Makunts\n---\n/);
  assert.deepEqual(parseCard('/x/lilit-makunts.md', insert.edits[0].newText).problems, []);
  // Once applied, the card is opened: the action's command asks the server, which asks the editor.
  assert.deepEqual(write!.command?.arguments, [create.uri]);
  await client.request('workspace/executeCommand', write!.command);
  assert.deepEqual(client.shown.slice(-1), [create.uri]);
  // No card is written for a name that has one: the one action there says the mention is not the card's.
  const onKnown: Array<{ title: string; edit: { documentChanges: any[] } }> = await client.request('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line: 0, character: 50 }, end: { line: 0, character: 50 } }, context: { diagnostics: [] },
  });
  assert.deepEqual(onKnown.map((a) => a.title), ['Not Nikol Pashinyan here (add "Nikol Pashinyan in new-article.txt" to the card\'s not: list)']);
  assert.ok(onKnown[0]!.edit.documentChanges.every((c) => c.kind === undefined), 'an edit to the card, no file created');
  await client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a request the editor cancels while the server is busy is dropped with RequestCancelled', async () => {
  // A fresh server: requests wait for its first index, which leaves time to cancel one.
  const fresh = TestClient.start();
  const rootUri = pathToFileURL(root).href;
  await fresh.connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 't' }], capabilities: {} });
  await fresh.notify('initialized', {});
  const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
  const source = new CancellationTokenSource();
  const pending = fresh.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Pashinyan', 1) }, source.token);
  source.cancel();
  await assert.rejects(pending, (err: { code?: number }) => err.code === -32800);
  const answered = await fresh.request('textDocument/hover', { textDocument: { uri: uriOf(MT) }, position: positionOf(textOf(MT), 'Pashinyan', 1) });
  assert.match(answered.contents.value, /Nikol Pashinyan/);
  assert.equal(await fresh.shutdown(), 0);
});

test("V8's threads give way to the thread that answers requests; that thread keeps its priority", { skip: process.platform !== 'linux' && 'thread priorities are read from /proc on Linux only' }, () => {
  const pid = client.process.pid!;
  const niceOf = (tid: string) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
  const tids = readdirSync(`/proc/${pid}/task`);
  assert.equal(niceOf(String(pid)), 0, 'the main thread');
  // V8's platform threads run lower (no workers for five articles).
  const lowered = tids.filter((t) => t !== String(pid) && niceOf(t) === BACKGROUND_NICENESS);
  assert.ok(lowered.length >= 2, `threads lowered: ${lowered.length} of ${tids.length}`);
});
