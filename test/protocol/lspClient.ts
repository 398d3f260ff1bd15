// A minimal LSP client for tests: starts the bundled server over stdio and talks JSON-RPC to
// it exactly as an editor does.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { pathToFileURL } from 'node:url';

// DATELINE_BENCH_SERVER: another build's server.js (a benchmark comparing two builds).
export const SERVER = process.env['DATELINE_BENCH_SERVER'] || path.join(import.meta.dirname, '../../dist/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string; relatedInformation?: Array<{ location: { uri: string }; message: string }> }>;
}

export interface FolderStatusSeen {
  uri: string;
  articles: number;
  cards: number;
  otherArticleFiles: number;
  proposal?: { uri: string; folders: string[]; text: string };
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  /** Every publication in the order it arrived. */
  readonly published: PublishedDiagnostics[] = [];
  readonly logs: string[] = [];
  private readonly waiters: Array<() => void> = [];
  private listeners: Array<(p: PublishedDiagnostics, at: bigint) => void> = [];
  private logWaiters: Array<(message: string) => void> = [];
  stderr = '';
  /** Every dateline/status the server sent, in order. */
  readonly statuses: FolderStatusSeen[][] = [];
  /** The URIs the server asked to show (window/showDocument), in order. */
  readonly shown: string[] = [];
  /** The `dateline` section this client answers configuration requests with. */
  settings: unknown = null;
  /** Per folder instead: the section for a scope URI (a workspace folder). */
  settingsFor: ((scopeUri: string | undefined) => unknown) | undefined;

  constructor(readonly process: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      const at = globalThis.process.hrtime.bigint();
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
      for (const l of [...this.listeners]) l(p, at);
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      for (const w of [...this.logWaiters]) w(p.message);
    });
    // The server asks for settings; answer with `settings` (none: as an editor with the defaults).
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string }> }) =>
      p.items.map((item) => (this.settingsFor ? this.settingsFor(item.scopeUri) : this.settings)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('dateline/status', (p: { folders: FolderStatusSeen[] }) => {
      this.statuses.push(p.folders);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.connection.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shown.push(p.uri);
      return { success: true };
    });
    this.connection.listen();
  }

  /** Starts the bundled server (with these Node options, in this folder). */
  static spawnServer(options: { nodeArgs?: string[]; cwd?: string } = {}): ChildProcess {
    return spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd });
  }

  static start(): TestClient {
    return new TestClient(TestClient.spawnServer());
  }

  /** Calls `listener` with every publication and the time it arrived; returns the way to stop. */
  onDiagnostics(listener: (p: PublishedDiagnostics, at: bigint) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  /** Calls `listener` with every log message from now on. */
  onLog(listener: (message: string) => void): void {
    this.logWaiters.push(listener);
  }

  /** Resolves with the first log message (already logged or to come) that matches, or undefined on timeout. */
  waitForLog(pattern: RegExp, timeoutMs: number): Promise<string | undefined> {
    const seen = this.logs.find((m) => pattern.test(m));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const done = (m: string | undefined) => {
        clearTimeout(timer);
        this.logWaiters = this.logWaiters.filter((w) => w !== waiter);
        resolve(m);
      };
      const waiter = (m: string) => pattern.test(m) && done(m);
      const timer = setTimeout(() => done(undefined), timeoutMs);
      this.logWaiters.push(waiter);
    });
  }

  /** Initializes with one workspace folder, or several (the first is the root). */
  async initialize(rootPath: string | string[], processId: number | null = process.pid): Promise<any> {
    const roots = typeof rootPath === 'string' ? [rootPath] : rootPath;
    const rootUri = pathToFileURL(roots[0]!).href;
    const result = await this.connection.sendRequest('initialize', {
      processId,
      rootUri,
      workspaceFolders: roots.map((r, i) => ({ uri: pathToFileURL(r).href, name: i === 0 ? 'test' : `test${i}` })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        window: { showDocument: { support: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Waits until a condition on the published diagnostics holds. */
  async waitFor(condition: () => boolean, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting (for diagnostics or a status); have: ${[...this.diagnostics.keys()].join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.on('exit', (code) => resolve(code));
    });
  }
}
