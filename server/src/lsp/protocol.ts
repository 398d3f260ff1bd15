// Dateline's own requests beyond LSP: their names and the shapes of their answers, shared by the
// server and the extension. Nothing but constants and types: the extension's bundle takes this
// file alone (test/unit/layers.test.ts checks that it imports nothing).

export const TIMELINE_REQUEST = 'dateline/timeline';

export interface TimelineResponse {
  events: Array<{
    id: string;
    name: string;
    kind?: string;
    cardDate?: string;
    cardUri?: string;
    note?: string;
    conflict: boolean;
    /** `inferred`: the value was read against an article date Dateline inferred, never one given. */
    sources: Array<{ uri: string; file: string; line: number; character: number; text: string; value: string; conflict: boolean; inferred?: true }>;
  }>;
  /**
   * The same timeline as `dateline timeline` writes it, for the view's export buttons: CSV (one row
   * per source's date, files relative to their workspace folder) and TimelineJS JSON.
   */
  exports?: { csv: string; timelinejs: string };
}

/**
 * A command the server carries out (workspace/executeCommand): opens the file at the URI given
 * as its one argument, through window/showDocument. The "write a card" quick fix runs it once its
 * edit is applied, so the new card is in front of the user.
 */
export const OPEN_FILE_COMMAND = 'dateline.openFile';

/** Sent by the server after each index of the workspace folders: what each folder holds. */
export const STATUS_NOTIFICATION = 'dateline/status';

export interface FolderStatus {
  /** The workspace folder. */
  uri: string;
  articles: number;
  cards: number;
  /** Files with an article's extension the globs do not take (Markdown and HTML outside a project's own documents: fileKinds.ts mayBeArticle). */
  otherArticleFiles: number;
  /** When no article is read but there are such files: the workspace file that would read them. */
  proposal?: { uri: string; folders: string[]; text: string };
}

export interface StatusParams {
  folders: FolderStatus[];
}

/** Drafts of cards for the corpus's most mentioned names without one (none is written). */
export const DRAFT_CARDS_REQUEST = 'dateline/draftCards';

export interface DraftCardsParams {
  /** The document the user is in: its workspace folder's cards folder receives the cards. */
  uri?: string;
}

export interface DraftCardsResponse {
  drafts: Array<{ uri: string; name: string; type: string; role?: string; aliases: string[]; mentions: number; articles: number; text: string }>;
}

/**
 * Sent by the extension for a document open in the editor whose text it keeps off the wire: one
 * longer (in UTF-16 units) than files.maxSizeKB allows in bytes, which the server would not
 * analyze anyway, and whose text the server would have to receive, parse and keep (a 50 MB
 * article held the server for seconds). `held: true` when it opens or grows over the limit
 * (the server reports it over the limit, at the top, to the URI as given, and hovers say why);
 * `held: false` when it is closed or shrinks under the limit (the extension then sends it as
 * any other document).
 */
export const HELD_DOCUMENT_NOTIFICATION = 'dateline/heldDocument';

export interface HeldDocumentParams {
  uri: string;
  held: boolean;
  /** Its length in UTF-16 units: its size in UTF-8 bytes is at least that. */
  length?: number;
}
