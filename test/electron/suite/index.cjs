// The @vscode/test-electron suite: runs inside the extension host of a desktop VS Code opened on a
// copy of the corpus (see ../run.mjs). A tiny runner, no test framework: `run()` resolves when every
// test passed and rejects otherwise, which is what test-electron expects.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'dateline.dateline';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls probe until it returns a truthy value; throws `what` after `timeout` ms. */
async function poll(what, probe, timeout = 60_000, interval = 500) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(interval);
  }
}

function workspaceUri(...segments) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The position of the first whole-word occurrence of `word` in the document (inside it by one). */
function positionOf(doc, word) {
  const m = new RegExp(`\\b${word}\\b`).exec(doc.getText());
  assert.ok(m, `"${word}" is not in ${doc.uri.fsPath}`);
  return doc.positionAt(m.index + 1);
}

function hoverText(hovers) {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));

const tests = [
  [
    'the extension activates',
    async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
      await ext.activate();
      assert.ok(ext.isActive);
    },
  ],
  [
    'hover on "Pashinyan" shows the card of Nikol Pashinyan',
    async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceUri('corpus', 'moscow-times-2020-11-21.txt'));
      await vscode.window.showTextDocument(doc);
      const pos = positionOf(doc, 'Pashinyan');
      let text = '';
      await poll('a hover naming Nikol Pashinyan', async () => {
        text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
        return /Nikol Pashinyan/.test(text);
      }).catch((error) => assert.fail(`${error.message}; last hover: ${JSON.stringify(text)}`));
      assert.match(text, /Prime Minister of Armenia/);
    },
  ],
  [
    'go to definition on "Pashinyan" resolves to nikol-pashinyan.md',
    async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceUri('corpus', 'moscow-times-2020-11-21.txt'));
      const pos = positionOf(doc, 'Pashinyan');
      const targets = await poll('a definition', async () => {
        const result = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, pos);
        return result?.length ? result : undefined;
      });
      const uris = targets.map((t) => (t.targetUri ?? t.uri).path);
      assert.ok(
        uris.some((p) => path.posix.basename(p) === 'nikol-pashinyan.md'),
        `definitions: ${JSON.stringify(uris)}`,
      );
    },
  ],
  [
    'a date-conflict warning on azerbaijan-warns-against-deployment-to-karabakh.txt',
    async () => {
      const uri = workspaceUri('corpus', 'azerbaijan-warns-against-deployment-to-karabakh.txt');
      await vscode.workspace.openTextDocument(uri); // servers that only check open documents see it too
      let diagnostics = [];
      await poll('a date-conflict diagnostic', async () => {
        diagnostics = vscode.languages.getDiagnostics(uri);
        return diagnostics.some((d) => codeOf(d) === 'date-conflict');
      }).catch((error) =>
        assert.fail(`${error.message}; diagnostics: ${JSON.stringify(diagnostics.map((d) => [codeOf(d), d.message]))}`),
      );
      const conflict = diagnostics.find((d) => codeOf(d) === 'date-conflict');
      assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
    },
  ],
];

async function run() {
  let passed = 0;
  let failed = 0;
  for (const [name, body] of tests) {
    const start = Date.now();
    try {
      await body();
      passed++;
      console.log(`ok - ${name} (${Date.now() - start} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name} (${Date.now() - start} ms)\n  ${String(error?.stack ?? error).replace(/\n/g, '\n  ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} Dateline tests failed`);
}

module.exports = { run };
