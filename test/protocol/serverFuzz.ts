// Random editor sessions against the server over stdio: edits, opens and closes, files created,
// changed and deleted on disk (a folder deleted as one event included), cards changed and broken.
// At quiet points the diagnostics the server has published must equal those of a fresh server
// started on the same files with the same documents open. Used by serverFuzz.test.ts (a fixed
// seed) and by `npm run soak` (minutes of it).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './lspClient.ts';
import { prng } from '../../scripts/bench/generate.ts';


const SNIPPETS = [
  ' The trilateral statement was signed on November 10, 2020.', ' Nikol Pashinyan met Ilham Aliyev.', ' on Tuesday, November 17, 2021',
  ' Pashinyian', ' The ceasefire of October 10, 2020 collapsed.', '\n\nMOSCOW, Nov. 9 (TASS) -- ', ' Anna Vardanyan, a spokeswoman, said.', ' 2020', 'x',
];

export interface FuzzResult {
  operations: number;
  checks: number;
  mismatches: string[];
}

/** Diagnostics as comparable text, per URI, leaving out files with none. */
function snapshot(client: TestClient): Map<string, string> {
  const out = new Map<string, string>();
  for (const [uri, p] of client.diagnostics) {
    if (p.diagnostics.length === 0) continue;
    out.set(uri, JSON.stringify(p.diagnostics.map((d: PublishedDiagnostics['diagnostics'][number]) => [d.range, d.severity, d.code, d.message, (d.relatedInformation ?? []).map((r) => [r.location.uri, r.message])])));
  }
  return out;
}

/**
 * Waits until the server has published nothing for `quietMs`, then as long again (a busy machine
 * stretches the gaps between a card change's background slices), at most `maxMs`.
 */
async function settle(client: TestClient, quietMs = 1500, maxMs = 60000): Promise<void> {
  const started = Date.now();
  let last = client.published.length;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (client.published.length !== last) {
      last = client.published.length;
      since = Date.now();
    } else if (Date.now() - since >= 2 * quietMs) return;
  }
}

async function startServer(root: string, open: Map<string, { text: string; version: number }>): Promise<TestClient> {
  const client = TestClient.start();
  await client.initialize(root);
  await client.waitForLog(/names without cards recognized|tagger model not found/, 60000);
  for (const [uri, doc] of open) await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: doc.version, text: doc.text } });
  await settle(client);
  return client;
}

export async function fuzzServer(options: { seed: number; operations?: number; minutes?: number; checkEvery?: number; log?: (s: string) => void }): Promise<FuzzResult> {
  const random = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-serverfuzz-'));
  const corpus = path.join(root, 'corpus');
  cpSync(path.join(import.meta.dirname, '../../corpus'), corpus, { recursive: true });
  mkdirSync(path.join(corpus, 'more'));
  const uriOf = (p: string) => pathToFileURL(p).href;
  const articles = () => walk(corpus).filter((p) => p.endsWith('.txt'));
  const cards = () => walk(path.join(corpus, 'entities')).filter((p) => p.endsWith('.md') && !/README/i.test(p));
  const open = new Map<string, { text: string; version: number }>();
  const result: FuzzResult = { operations: 0, checks: 0, mismatches: [] };
  const deadline = options.minutes ? Date.now() + options.minutes * 60000 : Infinity;
  const total = options.operations ?? Infinity;
  const checkEvery = options.checkEvery ?? 15;
  let client = await startServer(root, open);
  let created = 0;
  const changed = async (p: string, type: 1 | 2 | 3) => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(p), type }] });
  try {
    while (result.operations < total && Date.now() < deadline) {
      const op = random();
      const list = articles();
      if (op < 0.3 && open.size > 0) {
        // An edit in an open document: insert or delete a little.
        const uri = pick([...open.keys()]);
        const doc = open.get(uri)!;
        const at = Math.floor(random() * (doc.text.length + 1));
        const text = random() < 0.7 ? doc.text.slice(0, at) + pick(SNIPPETS) + doc.text.slice(at) : doc.text.slice(0, at) + doc.text.slice(Math.min(doc.text.length, at + 1 + Math.floor(random() * 40)));
        doc.version++;
        doc.text = text;
        await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
      } else if (op < 0.42 && list.length > 0) {
        const p = pick(list);
        const uri = uriOf(p);
        if (!open.has(uri)) {
          const doc = { text: readFileSync(p, 'utf8'), version: 1 };
          open.set(uri, doc);
          await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: doc.text } });
        }
      } else if (op < 0.5 && open.size > 0) {
        const uri = pick([...open.keys()]);
        open.delete(uri);
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      } else if (op < 0.62 && list.length > 0) {
        // A file changed on disk (not open: an open one is the editor's).
        const p = pick(list);
        if (!open.has(uriOf(p))) {
          writeFileSync(p, readFileSync(p, 'utf8') + pick(SNIPPETS));
          await changed(p, 2);
        }
      } else if (op < 0.72) {
        const p = path.join(corpus, random() < 0.5 ? 'more' : '', `new-${created++}.txt`);
        mkdirSync(path.dirname(p), { recursive: true });
        writeFileSync(p, `Talks were held in Moscow.${pick(SNIPPETS)}${pick(SNIPPETS)}`);
        await changed(p, 1);
      } else if (op < 0.8 && list.length > 2) {
        const p = pick(list);
        if (!open.has(uriOf(p))) {
          rmSync(p);
          await changed(p, 3);
        }
      } else if (op < 0.85) {
        // The folder of new articles deleted, as one event.
        const folder = path.join(corpus, 'more');
        if ([...open.keys()].every((u) => !u.startsWith(uriOf(folder)))) {
          rmSync(folder, { recursive: true, force: true });
          await changed(folder, 3);
          mkdirSync(folder);
        }
      } else {
        // A card changed on disk: an alias added, or its front matter broken, or mended.
        const p = pick(cards());
        const text = readFileSync(p, 'utf8');
        const next = text.startsWith('---') && random() < 0.3 ? text.replace(/^---/, '--') : text.startsWith('--\n') ? `-${text}` : text.replace(/^aliases: \[/m, `aliases: [${pick(['Pashinyian', 'Karabagh', 'the Kremlin Palace', 'Baku City'])}, `);
        writeFileSync(p, next);
        await changed(p, 2);
      }
      result.operations++;
      if (result.operations % checkEvery === 0 || result.operations === total) {
        await settle(client);
        const fresh = await startServer(root, open);
        const a = snapshot(client);
        const b = snapshot(fresh);
        for (const uri of new Set([...a.keys(), ...b.keys()])) {
          const x = a.get(uri) ?? 'none';
          const y = b.get(uri) ?? 'none';
          if (x === y) continue;
          // Where they part: enough to see why.
          let k = 0;
          while (k < x.length && x[k] === y[k]) k++;
          result.mismatches.push(`after ${result.operations} operations (seed ${options.seed}): ${uri}\n  incremental: …${x.slice(Math.max(0, k - 200), k + 400)}\n  fresh:       …${y.slice(Math.max(0, k - 200), k + 400)}`);
        }
        result.checks++;
        options.log?.(`${result.operations} operations, ${result.checks} checks, ${result.mismatches.length} mismatches`);
        await fresh.shutdown();
        if (result.mismatches.length > 0) break;
      }
    }
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
  return result;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}
