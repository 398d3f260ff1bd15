// A fix is what a check proposes for one of its findings: edits for the user to apply (the
// editor shows each as a quick fix; nothing is written without that). Offsets are into the files
// as the workspace holds them.

import type { Card } from '../knowledge/card.ts';
import type { DatedMention } from '../events/datedMention.ts';

export interface TextEdit {
  path: string;
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Files the fix creates; never over a file that exists. */
  creates?: Array<{ path: string; text: string }>;
  /** The fix to apply when the user asks for "the" fix. */
  preferred?: boolean;
}

/** What a check may read to build its fixes (the Workspace provides it). */
export interface FixContext {
  dateAt(path: string, offset: number): DatedMention | undefined;
  card(id: string): Card | undefined;
  cardText(path: string): string | undefined;
  /**
   * Where a new card of this id goes, in the cards folder `subfolder` ('events', 'people') of the
   * article's workspace; undefined when there is no cards folder or the file exists (a fix never
   * overwrites). Only the editor knows the folders: without it no fix creates a card.
   */
  newCardPath?(articlePath: string, subfolder: string, id: string): string | undefined;
}
