// What a read of a file on disk does to the workspace, the same at a cold start, after a change on
// disk and in the CLI: a fresh start and a running server must end in the same state.
//   - read:                 the article, card or sidecar is set;
//   - gone (file-missing):  it is removed, and nothing is reported (a file deleted between the
//                           listing and the read is simply gone; a sidecar is usually absent);
//   - unusable otherwise:   an article or card is removed and the reason reported on its path
//                           (unreadable, binary, too large); a sidecar is ignored.

import type { Finding } from '../checks/finding.ts';
import type { Workspace } from './workspace.ts';

export type FileRead = { ok: true; text: string; note?: Finding } | { ok: false; finding: Finding };

export type CorpusFileKind = 'article' | 'card' | 'metadata';

/** Applies a read; returns whether the cards changed (the caller then re-analyzes). */
export function applyRead(ws: Workspace, path: string, kind: CorpusFileKind, read: FileRead): { cardsChanged: boolean } {
  if (kind === 'metadata') {
    if (read.ok) ws.setMetadata(path, read.text);
    else ws.removeMetadata(path);
    return { cardsChanged: false };
  }
  const wasCard = ws.isCard(path);
  if (read.ok) {
    if (kind === 'card') return { cardsChanged: ws.setCard(path, read.text) };
    ws.setArticle(path, read.text, read.note);
    return { cardsChanged: false };
  }
  if (kind === 'card') ws.removeCard(path);
  if (read.finding.code === 'file-missing') {
    if (kind === 'article') ws.removeArticle(path);
    else ws.clearFileProblem(path);
  } else {
    ws.setFileProblem(path, read.finding);
  }
  return { cardsChanged: wasCard };
}
