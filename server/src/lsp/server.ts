// The language server: wires LSP requests and notifications to the core workspace.
// Every handler is guarded: a failure is logged and answered with an empty result, never a crash.

import { watchParent } from './parentWatch.ts';
import {
  TextDocumentSyncKind,
  FileChangeType,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type CancellationToken,
  LSPErrorCodes,
  ErrorCodes,
  ResponseError,
} from 'vscode-languageserver';
import { OpenDocuments, textLength, utf8Bytes, type EditorDocument } from './documents.ts';
import { ServerState } from './state.ts';
import { settingsFrom, type Settings } from './settings.ts';
import { URI } from './uri.ts';
import { DiagnosticsPublisher } from './diagnostics.ts';
import { HeldDocuments } from './heldDocuments.ts';
import { fileFinding, filesInFolder, isFolder, readTextFile } from '../host/files.ts';
import { formatSize } from '../core/text/decode.ts';
import { metadataPathFor } from '../core/knowledge/articleMetadata.ts';
import { proposedArticleFolders, workspaceFileText } from '../host/workspaceFile.ts';
import { WORKSPACE_FILE } from '../core/workspace/fileKinds.ts';
import * as nodePath from 'node:path';
import { applyRead } from '../core/workspace/fileRead.ts';
import { loadBundledTagger } from '../host/bundledTagger.ts';
import { Indexer } from './indexer.ts';
// Only the version is bundled (esbuild keeps the JSON's fields that are imported).
import { version as SERVER_VERSION } from '../../../package.json';
import { hover } from './handlers/hover.ts';
import { definition, references } from './handlers/navigation.ts';
import { documentSymbols, workspaceSymbols } from './handlers/symbols.ts';
import { codeActions } from './handlers/codeActions.ts';
import { inlayHints } from './handlers/inlayHints.ts';
import { semanticTokens, LEGEND } from './handlers/semanticTokens.ts';
import { timeline, TIMELINE_REQUEST } from './handlers/timeline.ts';
import { validate } from './validate.ts';
import { DRAFT_CARDS_REQUEST, OPEN_FILE_COMMAND, STATUS_NOTIFICATION, type DraftCardsParams, type FolderStatus } from './protocol.ts';
import { draftCards } from './handlers/draftCards.ts';
import { isUntitled } from './uri.ts';
import { backgroundTurn } from '../host/backgroundTurns.ts';
import { traced } from '../host/turnTrace.ts';
import { EditAnalysis } from './editAnalysis.ts';

export function startServer(connection: Connection): void {
  const state = new ServerState();
  const documents = new OpenDocuments();
  const publisher = new DiagnosticsPublisher(connection, state, documents);
  const edits = new EditAnalysis(state, () => publisher.schedule(), (err) => logFailure('edit analysis', err));
  let roots: string[] = [];
  let canAskConfiguration = false;
  let canWatchFolders = false;
  /** The settings the editor sent at start, for editors that cannot be asked (workspace/configuration). */
  let initialSettings: Settings = settingsFrom(undefined);
  let semanticRefresh = false;
  let workDoneProgress = false;
  let canShowDocument = false;

  const logFailure = (name: string, err: unknown) => connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  const guard = <P, R>(name: string, fallback: R, fn: (params: P) => R) => (params: P): R => {
    try {
      return traced(name, () => fn(params));
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      logFailure(name, err);
      return fallback;
    }
  };
  // Requests wait for the first index so that early hovers are answered from real data; one the
  // editor cancelled meanwhile (the cursor moved on) is dropped instead of computed.
  // (A request at a position in an article whose edit is being analyzed in steps has the steps
  // finished at once, by the workspace: its position is into the text as edited so far.)
  const afterIndex = <P, R>(name: string, fallback: R, fn: (params: P) => R) => async (params: P, token?: CancellationToken): Promise<R> => {
    await indexer.firstIndex;
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    return guard(name, fallback, fn)(params);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (typeof params.processId === 'number' && !watchParent(params.processId)) connection.console.info(`the editor's process ${params.processId} cannot be signalled from here: the server ends with the connection instead`);
    roots = (params.workspaceFolders ?? []).flatMap((f) => URI.toPath(f.uri) ?? []);
    if (roots.length === 0 && params.rootUri) roots = [URI.toPath(params.rootUri)].filter((p): p is string => !!p);
    canAskConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    semanticRefresh = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    workDoneProgress = !!params.capabilities.window?.workDoneProgress;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    initialSettings = settingsFrom((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    state.configure(roots.map((root) => ({ root, settings: initialSettings })));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: [OPEN_FILE_COMMAND] },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dateline-language-server', version: SERVER_VERSION },
    };
  });

  /** Each folder's settings (asked per folder), and each folder's `.dateline.yaml`. */
  const loadSettings = async () => {
    let settings: Settings[] = roots.map(() => initialSettings);
    if (canAskConfiguration && roots.length > 0) {
      try {
        const raw: unknown[] = await connection.workspace.getConfiguration(roots.map((root) => ({ section: 'dateline', scopeUri: URI.fromPath(root) })));
        settings = roots.map((_, i) => settingsFrom(raw[i]));
      } catch (err) {
        connection.console.warn(`could not read settings, using defaults: ${String(err)}`);
      }
    }
    state.configure(roots.map((root, i) => ({ root, settings: settings[i]! })));
    for (const folder of state.folders) {
      if (folder.workspaceFile) connection.console.info(`${folder.workspaceFile.path}: articles ${(folder.patterns.articles).join(', ')}; cards ${folder.patterns.cards.join(', ')}`);
      for (const problem of folder.workspaceFile?.problems ?? []) connection.console.warn(`${folder.workspaceFile!.path}: ${problem}`);
    }
  };

  /**
   * Tells the editor what each folder holds (articles, cards) and, when no article is read but
   * there are text files, the workspace file that would read them.
   */
  const sendStatus = () => {
    const count = (paths: string[], folder: string) => paths.filter((p) => state.folderOf(p)?.root === folder).length;
    const articles = state.ws.articlePaths();
    const cards = state.ws.cardPaths().filter((p) => state.ws.knowledge().cardAtPath(p));
    const folders = state.folders.map(({ root }): FolderStatus => {
      const others = indexer.otherArticleFiles.get(root) ?? [];
      const status: FolderStatus = { uri: URI.fromPath(root), articles: count(articles, root), cards: count(cards, root), otherArticleFiles: others.length };
      if (status.articles === 0 && others.length > 0) {
        const proposed = proposedArticleFolders(root, others);
        status.proposal = { uri: URI.fromPath(nodePath.join(root, WORKSPACE_FILE)), folders: proposed, text: workspaceFileText(proposed, 'entities') };
      }
      return status;
    });
    void connection.sendNotification(STATUS_NOTIFICATION, { folders });
  };

  /** Progress in the editor's status bar, when the editor supports it; silent otherwise. */
  const beginProgress = async (title: string) => {
    const silent = { report: (_percent: number, _message: string) => undefined, done: () => undefined };
    if (!workDoneProgress) return silent;
    try {
      const p = await connection.window.createWorkDoneProgress();
      p.begin(title, 0, undefined, false);
      return { report: (percent: number, message: string) => p.report(percent, message), done: () => p.done() };
    } catch {
      return silent;
    }
  };

  const indexer = new Indexer({
    state,
    log: (level, message) => connection.console[level](message),
    beginProgress,
    loadSettings,
    openArticlePaths: () => documents.uris().flatMap((uri) => openArticlePath(uri) ?? []),
    isOpen: (path): boolean => !!documents.get(URI.fromPath(path)) || held.has(path),
    loadTagger: (decode) => loadBundledTagger(undefined, { decode }),
    publish: (how) => (how === 'now' ? publisher.publishNow() : how === 'all' ? publisher.publishAll() : publisher.schedule()),
    published: () => publisher.whenPublished(),
    refreshSemanticTokens: () => {
      if (semanticRefresh) void connection.languages.semanticTokens.refresh();
    },
    resyncOpenDocuments: () => {
      for (const uri of documents.uris()) {
        const doc = documents.get(uri);
        if (doc) guard('resync', undefined, syncFromEditor)(doc);
      }
      for (const path of held.paths()) guard('resync', undefined, (p: string) => held.report(p))(path);
    },
    sendStatus,
    prepareForEditing: (path) => prepareForEditing(URI.fromPath(path)),
  });
  connection.onShutdown(() => indexer.dispose());
  publisher.setBusy(() => indexer.state !== 'idle' && indexer.state !== 'starting');

  connection.onInitialized(() => {
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.flatMap((f) => URI.toPath(f.uri) ?? []));
        roots = [...roots.filter((r) => !removed.has(r)), ...event.added.flatMap((f) => URI.toPath(f.uri) ?? []).filter((r) => !roots.includes(r))];
        reconfigure();
      });
    }
    indexer.accept({ kind: 'start' });
  });

  /** The path of the article at `uri` when the editor has it open. */
  const openArticlePath = (uri: string): string | undefined => {
    const path = URI.toPath(uri);
    return path && documents.get(uri) && state.kindOf(path) === 'article' ? path : undefined;
  };

  /**
   * A text's size in UTF-8 bytes when over a size limit, else undefined. Counted only when the
   * length cannot tell: every UTF-16 unit is at least one byte and at most three, and counting
   * flattens the text an edit left in pieces (a keystroke in a 50 MB document cost 270-800 ms).
   * Over the limit by its length alone, its size is given as its length: at least that.
   */
  const sizeOverLimit = (doc: EditorDocument, maxBytes: number): { bytes: number; atLeast: boolean } | undefined => {
    const length = textLength(doc);
    if (length > maxBytes) return { bytes: length, atLeast: true };
    if (length * 3 <= maxBytes) return undefined;
    const bytes = utf8Bytes(doc);
    return bytes > maxBytes ? { bytes, atLeast: false } : undefined;
  };

  const tooLargeOpen = (path: string, over: { bytes: number; atLeast: boolean }) =>
    fileFinding(path, 'file-too-large', `the open document is ${over.atLeast ? 'at least ' : ''}${formatSize(over.bytes)}, over the limit of ${formatSize(state.maxBytesFor(path))}; not analyzed (raise dateline.files.maxSizeKB to analyze it)`, 'warning');

  const held: HeldDocuments = new HeldDocuments({
    state,
    documents,
    tooLarge: tooLargeOpen,
    schedule: () => publisher.schedule(),
    opened: (path) => publisher.opened(path),
    reloadFromDisk: (path) => onDisk('heldDocument', () => reloadFromDisk(path)),
    guard,
    firstIndex: indexer.firstIndex,
  });

  const syncFromEditor = (doc: EditorDocument) => {
    const path = URI.toPath(doc.uri);
    if (!path) return;
    // An untitled buffer is an article when it is plain text (Markdown ones may be anything).
    if (isUntitled(path) && doc.languageId !== 'plaintext') return;
    const kind = state.kindOf(path);
    // The size limit holds for an open document as for a file on disk: a huge paste must not
    // freeze every answer after it.
    const over = kind === 'article' ? sizeOverLimit(doc, state.maxBytesFor(path)) : undefined;
    if (over) {
      state.ws.setFileProblem(path, tooLargeOpen(path, over));
      publisher.schedule();
      return;
    }
    // A file opened from outside every workspace folder is read against the corpus, not added to it.
    if (kind === 'article' && !isUntitled(path) && state.folders.length > 0 && !state.folderOf(path)) state.ws.setOutsideArticle(path, doc.getText());
    else if (kind === 'article') {
      state.ws.editArticle(path, doc.getText());
      edits.edited();
      // Its diagnostics go out when its analysis is in (EditAnalysis publishes then): published
      // now, nothing would change but the index's checks settled, a few ms ahead of that analysis.
      if (state.ws.awaitsAnalysis(path)) return;
    }
    // A card opened or saved unchanged is no change: the background re-analysis goes on.
    else if (kind === 'card') {
      if (state.ws.setCard(path, doc.getText())) cardsChanged();
    } else if (kind === 'metadata') state.ws.setMetadata(path, doc.getText());
    else return;
    publisher.schedule();
  };
  /**
   * An open article is analyzed once more on this thread, when nothing else is waiting, so that
   * its first edit re-tags only the sentences that change and runs no code for the first time
   * (Workspace.prepareForEditing).
   */
  const prepareForEditing = (uri: string) =>
    setImmediate(
      guard('prepareForEditing', undefined, () => {
        const path = openArticlePath(uri);
        const steps = path ? traced('prepareForEditing', () => state.ws.prepareForEditingInSteps(path)) : undefined;
        // Each step in a turn of its own, as other background work.
        if (steps) void runSteps(steps).catch((err) => logFailure('prepareForEditing', err));
      }),
    );
  const runSteps = async (steps: Generator<void, unknown, void>) => {
    for (let done = false; !done; ) {
      await backgroundTurn();
      done = !!traced('prepareForEditing step', () => steps.next().done);
    }
  };
  documents.listen(connection, {
    onOpen: (doc) => {
      guard('didOpen', undefined, syncFromEditor)(doc);
      const path = URI.toPath(doc.uri);
      if (path) guard('didOpen', undefined, (p: string) => publisher.opened(p))(path);
      prepareForEditing(doc.uri);
    },
    onChange: (doc) => guard('didChange', undefined, syncFromEditor)(doc),
    // On close the editor's buffer is gone: the file on disk is the truth again.
    onClose: (doc) => {
      const path = URI.toPath(doc.uri);
      if (path && state.ws.isOutsideArticle(path)) {
        // Not part of the corpus: forgotten with its buffer.
        state.ws.removeArticle(path);
        publisher.schedule();
      } else onDisk('didClose', () => reloadFromDisk(path));
    },
  });

  held.listen(connection);

  const reloadFromDisk = async (path: string | undefined) => {
    if (!path || held.has(path)) return;
    const kind = state.kindOf(path);
    if (!kind) return;
    const read = await readTextFile(path, state.maxBytesFor(path));
    // Opened (or held) again while it was read: the editor's buffer is the truth.
    if (documents.get(URI.fromPath(path)) || held.has(path)) return;
    if (applyRead(state.ws, path, kind, read).cardsChanged) cardsChanged();
    publisher.schedule();
  };

  /** The workspace's files at a path, or under it when it was a folder. */
  const filesAtOrUnder = (path: string): string[] => {
    const under = path.endsWith(nodePath.sep) ? path : `${path}${nodePath.sep}`;
    const known = [...state.ws.articlePaths(), ...state.ws.cardPaths()];
    const inside = known.filter((p) => p.startsWith(under));
    return [path, ...inside, ...inside.map(metadataPathFor)];
  };

  /**
   * File events are handled one after another: reads of the same file that overlapped could land
   * out of order (a change read after the deletion that followed it would bring the file back).
   */
  let diskQueue: Promise<void> = Promise.resolve();
  const onDisk = (name: string, work: () => Promise<void>) => {
    diskQueue = diskQueue.then(work).catch((err) => logFailure(name, err));
  };

  connection.onDidChangeWatchedFiles((params) => onDisk('didChangeWatchedFiles', async () => {
    await indexer.firstIndex;
    if (params.changes.some((c) => URI.toPath(c.uri)?.endsWith(`${nodePath.sep}${WORKSPACE_FILE}`))) {
      reconfigure();
      await indexer.indexed();
    }
    for (const change of params.changes) {
      const path = URI.toPath(change.uri);
      if (!path || documents.get(change.uri) || held.has(path)) continue; // open documents are synced by the editor
      if (change.type === FileChangeType.Deleted) {
        // An editor reports a folder deleted (or moved away) as one event, not one per file.
        for (const gone of filesAtOrUnder(path)) {
          if (documents.get(URI.fromPath(gone))) continue;
          state.ws.removeArticle(gone);
          if (state.ws.isCard(gone)) {
            state.ws.removeCard(gone);
            cardsChanged();
          }
          state.ws.removeMetadata(gone);
        }
        publisher.schedule();
      } else if (change.type === FileChangeType.Created && isFolder(path)) {
        // A folder moved in comes as one event too: read what it holds.
        for (const file of filesInFolder(path)) await reloadFromDisk(file);
      } else {
        await reloadFromDisk(path);
      }
    }
    sendStatus();
  }));

  /** Settings, a `.dateline.yaml` or the workspace folders changed: read again what is now in. */
  const reconfigure = () => indexer.accept({ kind: 'reconfigure' });
  const cardsChanged = () => indexer.accept({ kind: 'cardsChanged' });

  connection.onDidChangeConfiguration(() => reconfigure());

  connection.onExecuteCommand(async (params) => {
    const uri = params.arguments?.[0];
    if (params.command !== OPEN_FILE_COMMAND || typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command} or no URI`);
    if (!canShowDocument) return null;
    await connection.window.showDocument({ uri, takeFocus: true });
    return null;
  });

  connection.onHover(afterIndex('hover', null, (p) => (validate(p, ['document', 'position']), hover(state, p))));
  connection.onDefinition(afterIndex('definition', null, (p) => (validate(p, ['document', 'position']), definition(state, p))));
  connection.onReferences(afterIndex('references', null, (p) => (validate(p, ['document', 'position', 'references']), references(state, p))));
  connection.onDocumentSymbol(afterIndex('documentSymbol', null, (p) => (validate(p, ['document']), documentSymbols(state, p))));
  connection.onWorkspaceSymbol(afterIndex('workspaceSymbol', [], (p) => (validate(p, ['query']), workspaceSymbols(state, p))));
  connection.onCodeAction(afterIndex('codeAction', [], (p) => (validate(p, ['document', 'range', 'codeAction']), codeActions(state, p))));
  connection.languages.inlayHint.on(afterIndex('inlayHint', null, (p) => (validate(p, ['document', 'range']), inlayHints(state, p))));
  connection.onRequest(DRAFT_CARDS_REQUEST, afterIndex('draftCards', { drafts: [] }, (p: DraftCardsParams | undefined) => draftCards(state, p)));
  connection.onRequest(TIMELINE_REQUEST, afterIndex('timeline', { events: [] }, () => timeline(state)));
  connection.languages.semanticTokens.on(afterIndex('semanticTokens', { data: [] }, (p) => (validate(p, ['document']), semanticTokens(state, p))));

  connection.listen();
}
