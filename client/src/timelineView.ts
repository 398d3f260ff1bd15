// The "Dateline: Show Timeline" command: asks the server for the corpus's events and shows them
// in a webview; clicking a dot or a file opens the mention. The view's export buttons (and the
// export commands) save the timeline as CSV or TimelineJS JSON where the user says.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { timelineHtml } from './timelineHtml.ts';
import { TIMELINE_REQUEST, type TimelineResponse } from '../../server/src/lsp/protocol.ts';

let panel: vscode.WebviewPanel | undefined;

export async function showTimeline(client: LanguageClient): Promise<void> {
  const response = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Dateline: building the timeline' },
    () => client.sendRequest<TimelineResponse>(TIMELINE_REQUEST),
  );
  if (!panel) {
    panel = vscode.window.createWebviewPanel('datelineTimeline', 'Dateline: Timeline', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage(async (msg: { type?: string; uri?: string; line?: number; character?: number; format?: string }) => {
      if (msg.type === 'export' && (msg.format === 'csv' || msg.format === 'timelinejs')) {
        await vscode.commands.executeCommand(EXPORT_COMMANDS[msg.format]);
        return;
      }
      if (msg.type !== 'open' || typeof msg.uri !== 'string' || !msg.uri.startsWith('file:')) return;
      const position = new vscode.Position(Number(msg.line) || 0, Number(msg.character) || 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    });
  }
  panel.webview.html = timelineHtml(response.events, randomBytes(16).toString('base64'), panel.webview.cspSource);
  panel.reveal(undefined, true);
}

export type ExportFormat = 'csv' | 'timelinejs';

export const EXPORT_COMMANDS: Record<ExportFormat, string> = {
  csv: 'dateline.exportTimelineCsv',
  timelinejs: 'dateline.exportTimelineJs',
};

const EXPORTS: Record<ExportFormat, { file: string; filters: Record<string, string[]>; what: string }> = {
  csv: { file: 'timeline.csv', filters: { 'CSV (spreadsheet)': ['csv'] }, what: 'one row per date a source gives' },
  timelinejs: { file: 'timeline.json', filters: { 'TimelineJS JSON': ['json'] }, what: 'for TimelineJS' },
};

/** Asks where to save the timeline in `format`, and writes it there: what `dateline timeline --format` prints. */
export async function exportTimeline(client: LanguageClient, format: ExportFormat): Promise<void> {
  const response = await client.sendRequest<TimelineResponse>(TIMELINE_REQUEST);
  const text = format === 'csv' ? response.exports?.csv : response.exports?.timelinejs;
  if (text === undefined) {
    void vscode.window.showWarningMessage('Dateline: the language server has no timeline to export yet; try again once the articles are read.');
    return;
  }
  const spec = EXPORTS[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: `Dateline: export the timeline (${spec.what})`,
    saveLabel: 'Export',
    filters: spec.filters,
    defaultUri: folder ? vscode.Uri.joinPath(folder, spec.file) : undefined,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const events = response.events.filter((e) => e.sources.length > 0).length;
  void vscode.window.showInformationMessage(`Dateline: wrote ${target.path.split('/').pop()} (${events} dated events, ${spec.what}).`);
}
