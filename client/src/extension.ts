// The VS Code side of Dateline: starts the language server, sends it the documents that may be
// articles or cards (the server decides which are, by its globs and `.dateline.yaml`; one over
// files.maxSizeKB is only said to be held, heldDocuments.ts), shows what
// each folder holds in the status bar, and offers a few commands. All analysis happens in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { EXPORT_COMMANDS, exportTimeline, showTimeline, type ExportFormat } from './timelineView.ts';
import { HeldDocuments } from './heldDocuments.ts';
import { DRAFT_CARDS_REQUEST, STATUS_NOTIFICATION, type DraftCardsResponse, type FolderStatus, type StatusParams } from '../../server/src/lsp/protocol.ts';
import { EDITOR_LANGUAGES, WORKSPACE_FILE, watchedGlobs } from '../../server/src/core/workspace/fileKinds.ts';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;
let statusItem: vscode.StatusBarItem | undefined;
/** The last status of each workspace folder, by URI. */
const statuses = new Map<string, FolderStatus>();
/** Folders already offered a workspace file this session. */
const offered = new Set<string>();
const DONT_ASK_KEY = 'dateline.dontOfferWorkspaceFile';

/**
 * Every plain-text, Markdown and HTML document, saved or untitled, and the article sidecars: the server
 * takes those its globs call articles or cards and ignores the rest, so that changing the globs
 * needs no restart and relative globs mean what they say.
 */
function documentSelector(): LanguageClientOptions['documentSelector'] {
  return [
    ...EDITOR_LANGUAGES.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    { scheme: 'file', pattern: '**/*.meta.yaml' },
  ];
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  output ??= vscode.window.createOutputChannel('Dateline');
  // A document longer than files.maxSizeKB is kept off the wire: the server only hears it is held.
  const held = new HeldDocuments<vscode.TextDocument>({
    lengthOf: (doc) => doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end),
    limitOf: (doc) => (vscode.workspace.getConfiguration('dateline', doc.uri).get<number>('files.maxSizeKB') ?? 5120) * 1024,
    notify: (method, params) => client?.sendNotification(method, params) ?? Promise.resolve(),
  });
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dateline.files.maxSizeKB')) void held.limitChanged();
    }),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    middleware: {
      didOpen: (doc, next) => held.didOpen(doc, next),
      didChange: (event, next) => held.didChange(event, next),
      didClose: (doc, next) => held.didClose(doc, next),
    },
    synchronize: { configurationSection: 'dateline', fileEvents: watchedGlobs().map((g) => vscode.workspace.createFileSystemWatcher(g)) },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('dateline') },
  };
  client = new LanguageClient('dateline', 'Dateline', serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => onStatus(context, params));
  await client.start();
}

function onStatus(context: vscode.ExtensionContext, params: StatusParams): void {
  statuses.clear();
  for (const folder of params.folders) statuses.set(folder.uri, folder);
  updateStatusItem();
  const dontAsk = context.workspaceState.get<string[]>(DONT_ASK_KEY, []);
  for (const folder of params.folders) {
    if (!folder.proposal || offered.has(folder.uri) || dontAsk.includes(folder.uri)) continue;
    offered.add(folder.uri);
    void offerWorkspaceFile(context, folder);
  }
}

function folderName(status: FolderStatus): string {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(status.uri))?.name ?? status.uri;
}

async function offerWorkspaceFile(context: vscode.ExtensionContext, folder: FolderStatus): Promise<void> {
  const use = 'Use this folder for articles';
  const never = "Don't ask again";
  const where = folder.proposal!.folders.map((f) => (f === '.' ? 'the folder itself' : `${f}/`)).join(', ');
  const answer = await vscode.window.showInformationMessage(
    `Dateline found no articles in "${folderName(folder)}", but ${folder.otherArticleFiles} text, Markdown or HTML files in ${where}. Read them as articles? (This writes ${WORKSPACE_FILE}, naming the article and card folders.)`,
    use,
    never,
  );
  if (answer === use) await useFolderForArticles(folder.uri);
  else if (answer === never) await context.workspaceState.update(DONT_ASK_KEY, [...context.workspaceState.get<string[]>(DONT_ASK_KEY, []), folder.uri]);
}

/** Writes the workspace file the server proposed for a folder (the first folder that has one). */
async function useFolderForArticles(folderUri?: string): Promise<void> {
  const status = [...statuses.values()].find((s) => s.proposal && (!folderUri || s.uri === folderUri));
  if (!status?.proposal) {
    void vscode.window.showInformationMessage('Dateline: every workspace folder has articles already, or no text files to read.');
    return;
  }
  const target = vscode.Uri.parse(status.proposal.uri);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showWarningMessage(`Dateline: ${WORKSPACE_FILE} exists already in "${folderName(status)}"; edit it to name the article folders.`);
    return;
  } catch {
    // not there yet: write it
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(status.proposal.text));
  void vscode.window.setStatusBarMessage(`Dateline: wrote ${WORKSPACE_FILE}; reading the articles`, 5000);
}

/** Proposes cards for the most mentioned names; writes those the user keeps, as one edit. */
async function draftCardsForStory(): Promise<void> {
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const { drafts } = await client.sendRequest<DraftCardsResponse>(DRAFT_CARDS_REQUEST, { uri });
  if (drafts.length === 0) {
    void vscode.window.showInformationMessage('Dateline: no name without a card is mentioned twice or more; nothing to draft.');
    return;
  }
  const items = drafts.map((d) => ({
    label: d.name,
    description: `${d.type} · ${d.mentions} mentions in ${d.articles} article${d.articles === 1 ? '' : 's'}`,
    detail: [d.role ? `role: ${d.role}` : '', d.aliases.length > 0 ? `aliases: ${d.aliases.join(', ')}` : ''].filter(Boolean).join(' · ') || undefined,
    picked: true,
    draft: d,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Dateline: Draft Cards for This Story',
    placeHolder: 'The cards to write (uncheck those you do not want); check each one afterwards',
  });
  if (!chosen || chosen.length === 0) return;
  const edit = new vscode.WorkspaceEdit();
  for (const item of chosen) edit.createFile(vscode.Uri.parse(item.draft.uri), { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(item.draft.text) });
  if (await vscode.workspace.applyEdit(edit)) {
    void vscode.window.showInformationMessage(`Dateline: wrote ${chosen.length} card${chosen.length === 1 ? '' : 's'}. Each says "in your own words" where a description belongs.`);
    await vscode.window.showTextDocument(vscode.Uri.parse(chosen[0]!.draft.uri), { preview: false });
  }
}

function updateStatusItem(): void {
  if (!statusItem) return;
  const all = [...statuses.values()];
  if (all.length === 0) {
    statusItem.hide();
    return;
  }
  const articles = all.reduce((n, s) => n + s.articles, 0);
  const cards = all.reduce((n, s) => n + s.cards, 0);
  const proposal = all.find((s) => s.proposal);
  if (proposal) {
    statusItem.text = '$(warning) Dateline: no articles';
    statusItem.tooltip = `No file here is read as an article yet; ${proposal.otherArticleFiles} text, Markdown or HTML files are in ${proposal.proposal!.folders.join(', ')}. Click to use this folder for articles (writes ${WORKSPACE_FILE}).`;
    statusItem.command = { title: 'Use this folder for articles', command: 'dateline.useFolderForArticles', arguments: [proposal.uri] };
  } else if (articles === 0) {
    // Only where articles are expected: a Markdown file in a code repository is no reason to nag.
    if (vscode.window.activeTextEditor?.document.languageId !== 'plaintext') {
      statusItem.hide();
      return;
    }
    statusItem.text = '$(info) Dateline: no articles';
    statusItem.tooltip = `No article found: Dateline reads the files of dateline.articles.include (or of ${WORKSPACE_FILE}). Click to open the setting.`;
    statusItem.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['dateline.articles'] };
  } else {
    statusItem.text = `$(calendar) Dateline: ${articles} article${articles === 1 ? '' : 's'}, ${cards === 0 ? 'no cards' : `${cards} card${cards === 1 ? '' : 's'}`}`;
    statusItem.tooltip =
      cards === 0
        ? 'No cards yet: use the quick fix "Write a card" on a name, or run "Dateline: Draft Cards for This Story". Click for the timeline.'
        : 'Click for the timeline of events.';
    statusItem.command = 'dateline.showTimeline';
  }
  statusItem.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem('dateline.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'Dateline';
  context.subscriptions.push(
    statusItem,
    vscode.commands.registerCommand('dateline.restartServer', async () => {
      if (client) await client.stop();
      await startClient(context);
      void vscode.window.setStatusBarMessage('Dateline: language server restarted', 3000);
    }),
    vscode.commands.registerCommand('dateline.showOutput', () => output?.show()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatusItem()),
    vscode.commands.registerCommand('dateline.draftCards', () => draftCardsForStory()),
    vscode.commands.registerCommand('dateline.useFolderForArticles', (folderUri?: string) => useFolderForArticles(folderUri)),
    ...(Object.entries(EXPORT_COMMANDS) as Array<[ExportFormat, string]>).map(([format, command]) =>
      vscode.commands.registerCommand(command, async () => {
        if (!client) return;
        try {
          await exportTimeline(client, format);
        } catch (err) {
          void vscode.window.showErrorMessage(`Dateline: could not export the timeline: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
    ),
    vscode.commands.registerCommand('dateline.showTimeline', async () => {
      if (!client) return;
      try {
        await showTimeline(client);
      } catch (err) {
        void vscode.window.showErrorMessage(`Dateline: could not build the timeline: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
