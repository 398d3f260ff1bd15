// Garbage over the protocol: random requests with random parameters, random edits to open
// documents. The server must answer every request (a result or an error), never crash or hang,
// and still answer a real hover at the end.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TestClient } from './lspClient.ts';

let root: string;
let client: TestClient;
const uriOf = (rel: string) => pathToFileURL(path.join(root, rel)).href;

before(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dateline-fuzz-'));
  cpSync(path.join(__dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  client = TestClient.start();
  await client.initialize(root);
});

after(async () => {
  const code = await client.shutdown();
  assert.equal(code, 0, client.stderr);
  rmSync(root, { recursive: true, force: true });
});

const METHODS = [
  'textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentSymbol',
  'textDocument/codeAction', 'textDocument/inlayHint', 'textDocument/semanticTokens/full', 'workspace/symbol',
  'dateline/timeline', 'textDocument/completion', 'dateline/unknown',
];

const position = fc.oneof(
  fc.record({ line: fc.integer({ min: -5, max: 200 }), character: fc.integer({ min: -5, max: 400 }) }),
  fc.constant({ line: 1e9, character: 1e9 }),
  fc.anything(),
);
const textDocument = fc.oneof(
  fc.constantFrom('corpus/moscow-times-2020-11-21.txt', 'corpus/entities/people/nikol-pashinyan.md', 'corpus/missing.txt').map((p) => ({ uri: uriOf(p) })),
  fc.record({ uri: fc.oneof(fc.string(), fc.constant('untitled:Untitled-1'), fc.constant('file:///%%%')) }),
  fc.anything(),
);
const params = fc.oneof(
  fc.record({ textDocument, position, range: fc.record({ start: position, end: position }), context: fc.oneof(fc.constant({ includeDeclaration: true, diagnostics: [] }), fc.anything()), query: fc.string() }, { requiredKeys: [] }),
  fc.anything(),
);

test('random requests are answered without a crash', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...METHODS), params, async (method, p) => {
      const answer = await Promise.race([
        client.request(method, p).then(() => 'result', () => 'error'),
        new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000)),
      ]);
      assert.notEqual(answer, 'timeout', `${method} did not answer`);
    }),
    { numRuns: 250 },
  );
});

test('random edits, including ranges that do not apply, keep the server consistent', async () => {
  const uri = uriOf('corpus/fuzzed.txt');
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Pashinyan met Aliyev on November 9, 2020.\n' } });
  let version = 1;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ range: fc.record({ start: position, end: position }), text: fc.string({ maxLength: 40 }) }), { maxLength: 4 }),
      async (changes) => {
        version++;
        await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      },
    ),
    { numRuns: 100 },
  );
  await client.notify('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ text: 'Nikol Pashinyan spoke.\n' }] });
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
  assert.match(hover.contents.value, /Nikol Pashinyan/);
  await client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a request with a negative position is refused as invalid, as a document change with one is', async () => {
  const uri = uriOf('corpus/moscow-times-2020-11-21.txt');
  await assert.rejects(client.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }), (err: { code: number }) => err.code === -32602);
  await assert.rejects(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: -2 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), (err: { code: number }) => err.code === -32602);
});

test('the server still answers a real hover after all of it', async () => {
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf('corpus/moscow-times-2020-11-21.txt') }, position: { line: 18, character: 3 } });
  assert.match(hover.contents.value, /Nikol Pashinyan/);
  assert.doesNotMatch(client.stderr, /uncaught|TypeError/i);
  // Malformed parameters are refused up front (InvalidParams); no handler may fail on them.
  assert.deepEqual(client.logs.filter((l) => /failed|uncaught/.test(l)), []);
});
