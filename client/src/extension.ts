// The VS Code side of Dateline: starts the language server, tells it which files are articles
// and cards (from the settings), and offers a few commands. All analysis happens in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { showTimeline } from './timelineView.ts';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const config = vscode.workspace.getConfiguration('dateline');
  const articles = config.get<string[]>('articles.include', ['**/corpus/**/*.{txt,text,md,markdown,html,htm,xhtml}']);
  const cards = config.get<string[]>('cards.include', ['**/entities/**/*.md']);
  return [...articles, ...cards, '**/*.meta.yaml'].map((pattern) => ({ scheme: 'file', pattern }));
}

function watchers(): vscode.FileSystemWatcher[] {
  const config = vscode.workspace.getConfiguration('dateline');
  const patterns = [...config.get<string[]>('articles.include', []), ...config.get<string[]>('cards.include', []), '**/*.meta.yaml'];
  return patterns.map((p) => vscode.workspace.createFileSystemWatcher(p));
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  output ??= vscode.window.createOutputChannel('Dateline');
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'dateline', fileEvents: watchers() },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('dateline') },
  };
  client = new LanguageClient('dateline', 'Dateline', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('dateline.restartServer', async () => {
      if (client) await client.stop();
      await startClient(context);
      void vscode.window.setStatusBarMessage('Dateline: language server restarted', 3000);
    }),
    vscode.commands.registerCommand('dateline.showOutput', () => output?.show()),
    vscode.commands.registerCommand('dateline.showTimeline', async () => {
      if (!client) return;
      try {
        await showTimeline(client);
      } catch (err) {
        void vscode.window.showErrorMessage(`Dateline: could not build the timeline: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts; new globs need a restart.
      if (e.affectsConfiguration('dateline.articles') || e.affectsConfiguration('dateline.cards')) {
        await vscode.commands.executeCommand('dateline.restartServer');
      }
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
