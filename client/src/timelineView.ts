// The "Dateline: Show Timeline" command: asks the server for the corpus's events and shows them
// in a webview; clicking a dot or a file opens the mention.

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
    panel.webview.onDidReceiveMessage(async (msg: { type?: string; uri?: string; line?: number; character?: number }) => {
      if (msg.type !== 'open' || typeof msg.uri !== 'string' || !msg.uri.startsWith('file:')) return;
      const position = new vscode.Position(Number(msg.line) || 0, Number(msg.character) || 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    });
  }
  panel.webview.html = timelineHtml(response.events, randomBytes(16).toString('base64'), panel.webview.cspSource);
  panel.reveal(undefined, true);
}
