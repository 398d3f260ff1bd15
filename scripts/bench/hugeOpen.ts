// A huge article opened in the editor (over files.maxSizeKB), over the real protocol: while it is
// opened and typed in, hovers on another article go one after another (10 ms apart), and their
// latencies say whether the server kept answering. The huge text is a real article repeated.
//   - open: hovers from the didOpen until its diagnostic (the size warning) came and 1 s more;
//   - type: five keystrokes in it, one per 200 ms, hovers meanwhile.
// The server's own cost of the didOpen is in its log with DATELINE_TRACE_TURNS (turnTrace.ts).
// The didOpen is encoded before the clock starts and written to the server's input as it is: the
// client's JSON.stringify of 50 MB (some 300 ms) held this script's own thread, and the first
// hover timed it. The hovers still queue behind its 50 MB in the pipe, as an editor's would.
//
//   node --import tsx scripts/bench/hugeOpen.ts [MB=50]

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../test/protocol/lspClient.ts';
import { generateCorpus } from './generate.ts';
import { hoverLatencies } from './backgroundLatency.ts';
import { summarize, type Summary } from './stats.ts';

export interface HugeOpenResult {
  mb: number;
  /** didOpen sent -> its diagnostics (the size warning) published. */
  openToDiagnosticMs?: number;
  duringOpen: Summary;
  duringTyping: Summary;
  peakRssMB?: number;
}

export async function measureHugeOpen(mb: number, outRoot: string): Promise<HugeOpenResult> {
  const corpus = generateCorpus(outRoot, 10, { seed: 5 });
  const nodeArgs = process.env['DATELINE_BENCH_SERVER_ARGS']?.split(' ').filter(Boolean);
  const client = new TestClient(TestClient.spawnServer({ nodeArgs }));
  try {
    await client.initialize(corpus.root);
    if (!(await client.waitForLog(/indexed \d+ articles/, 60000))) throw new Error('the first index did not end');
    const article = corpus.articles[1]!;
    const text = readFileSync(article, 'utf8');
    const at = text.search(/Pashinyan|Aliyev|Putin|Karabakh|Azerbaijan/);
    const before = text.slice(0, at);
    const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
    const hover = () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(article).href }, position });
    for (let i = 0; i < 20; i++) await hover();
    const seed = readFileSync(corpus.articles[0]!, 'utf8');
    const huge = seed.repeat(Math.ceil((mb * 1048576) / seed.length));
    const hugeUri = pathToFileURL(path.join(corpus.corpusDir, 'huge-article.txt')).href;
    const lastLine = huge.split('\n').length - 1;
    const latencies = (until: () => boolean) => hoverLatencies(hover, until);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: hugeUri, languageId: 'plaintext', version: 1, text: huge } } }));
    const encoded = Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]);
    let diagnosed = false;
    const t0 = performance.now();
    let openToDiagnosticMs: number | undefined;
    const off = client.onDiagnostics((p) => {
      if (p.uri === hugeUri && !diagnosed) {
        diagnosed = true;
        openToDiagnosticMs = performance.now() - t0;
      }
    });
    // Written while no other message is being written (the hovers wait for their answers), so
    // that no message's bytes interleave with it.
    client.process.stdin!.write(encoded);
    let end = Infinity;
    const duringOpen = await latencies(() => {
      if (diagnosed && end === Infinity) end = performance.now() + 1000;
      return performance.now() > end || performance.now() - t0 > 120000;
    });
    off();
    let typed = 0;
    const typing = (async () => {
      for (let v = 2; v <= 6; v++, typed++) {
        await client.notify('textDocument/didChange', {
          textDocument: { uri: hugeUri, version: v },
          contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'x' }],
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const duringTyping = await latencies(() => typed >= 5);
    await typing;
    let peakRssMB: number | undefined;
    try {
      peakRssMB = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1]) / 1024 || undefined;
    } catch {
      // no /proc: no memory figure
    }
    return { mb: huge.length / 1048576, openToDiagnosticMs, duringOpen: summarize(duringOpen), duringTyping: summarize(duringTyping), peakRssMB };
  } finally {
    await client.shutdown();
    if (process.env['DATELINE_TRACE_TURNS']) process.stderr.write(client.stderr);
  }
}

if (import.meta.filename === process.argv[1]) {
  const mb = Number(process.argv[2] ?? 50);
  const out = mkdtempSync(path.join(os.tmpdir(), 'dateline-huge-'));
  measureHugeOpen(mb, out)
    .then((r) => console.log(JSON.stringify(r)))
    .finally(() => rmSync(out, { recursive: true, force: true }));
}
