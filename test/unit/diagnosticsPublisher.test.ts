// The server's diagnostics publisher: while background work runs, the files not open drain
// slowly (a slice at a time, far apart); what it sends in the end is what it sends at once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnostics.ts';
import { ServerState } from '../../server/src/lsp/state.ts';
import { OpenDocuments } from '../../server/src/lsp/documents.ts';
import { URI } from '../../server/src/lsp/uri.ts';

const corpus = path.join(__dirname, '../../corpus');
const root = path.join(path.sep, 'ws');

function server(): { state: ServerState; sent: Map<string, unknown>; count: () => number; publisher: DiagnosticsPublisher } {
  const state = new ServerState();
  for (const dir of ['people', 'places', 'organizations', 'events']) {
    for (const f of readdirSync(path.join(corpus, 'entities', dir))) state.ws.setCard(path.join(root, 'entities', dir, f), readFileSync(path.join(corpus, 'entities', dir, f), 'utf8'));
  }
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(path.join(corpus, f), 'utf8');
    for (let i = 0; i < 6; i++) state.ws.setArticle(path.join(root, String(i), f), i === 0 ? text : `${text}\nPashinián met Grigoryan on Tuesday, November ${10 + i}, 2021.`);
  }
  const sent = new Map<string, unknown>();
  let n = 0;
  const connection = { sendDiagnostics: (p: { uri: string; diagnostics: unknown }) => (n++, sent.set(p.uri, p.diagnostics)) } as unknown as Connection;
  return { state, sent, count: () => n, publisher: new DiagnosticsPublisher(connection, state, new OpenDocuments()) };
}

const until = async (done: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
};

test('while background work runs, the files not open are published a slice at a time, and all of them, as at once', async () => {
  const idle = server();
  idle.publisher.publishNow();
  await until(() => idle.publisher.pending === 0, 60000);
  const files = idle.state.ws.reportedPaths().length;
  assert.equal(idle.sent.size, files);

  const busy = server();
  let working = true;
  busy.publisher.setBusy(() => working);
  busy.publisher.publishNow();
  // Some 5 slices a second while busy: after 100 ms most of the corpus still waits.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(busy.publisher.pending > 0, 'files still queued while busy');
  assert.ok(busy.count() < files, `published while busy: ${busy.count()} of ${files}`);
  // The work ends: the rest goes at full speed.
  working = false;
  await until(() => busy.publisher.pending === 0, 60000);
  assert.equal(busy.publisher.pending, 0);
  assert.deepEqual(busy.sent, idle.sent);
});

test('a file that leaves the workspace has its diagnostics cleared, the others stay as sent', async () => {
  const { state, sent, publisher } = server();
  publisher.publishNow();
  await until(() => publisher.pending === 0, 60000);
  const [removed, kept] = state.ws.articlePaths().filter((p) => state.ws.findings(p).length > 0);
  const keptBefore = sent.get(URI.fromPath(kept!));
  assert.ok(Array.isArray(sent.get(URI.fromPath(removed!))) && (sent.get(URI.fromPath(removed!)) as unknown[]).length > 0);
  state.ws.removeArticle(removed!);
  publisher.publishNow();
  await until(() => publisher.pending === 0, 60000);
  assert.deepEqual(sent.get(URI.fromPath(removed!)), []);
  assert.deepEqual(sent.get(URI.fromPath(kept!)), keptBefore);
});
