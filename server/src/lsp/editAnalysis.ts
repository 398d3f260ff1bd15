// The analysis of an edited article's new text, in steps on this thread (Workspace: editArticle,
// analyzeEditStep), each in a turn of its own ahead of other background work: a request that
// arrives meanwhile waits behind one step (a few ms), not behind the whole analysis and the
// index update (some 30 ms at 1,000 articles, which every hover queued behind an edit waited),
// and is answered from the analysis before the edit. A request at a position in the edited
// article has the steps finished at once (Workspace.analysis): the old offsets are into the old
// text, and its position into the text as edited when it was sent (a wait would let a later edit in).

import type { ServerState } from './state.ts';
import { urgentTurn } from '../host/backgroundTurns.ts';
import { traced } from '../host/turnTrace.ts';

export class EditAnalysis {
  private running = false;

  constructor(
    private readonly state: ServerState,
    /** The article's analysis is in the index: its diagnostics (and what it changed) go out. */
    private readonly analyzed: () => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** An article's text changed: its analysis goes on in the background (nothing when it has none yet). */
  edited(): void {
    if (this.running || this.state.ws.editedArticles().length === 0) return;
    this.running = true;
    void this.run().catch(this.onError).finally(() => {
      this.running = false;
      // An edit that came as the loop was ending.
      if (this.state.ws.editedArticles().length > 0) this.edited();
    });
  }

  private async run(): Promise<void> {
    const { ws } = this.state;
    for (let path = ws.editedArticles()[0]; path !== undefined; path = ws.editedArticles()[0]) {
      await urgentTurn();
      let done: boolean;
      try {
        done = traced('edit step', () => ws.analyzeEditStep(path!));
      } catch (err) {
        // Analyzed again when next asked, as without steps (where the same failure is the request's).
        ws.refresh(path);
        this.onError(err);
        done = true;
      }
      if (!done) continue;
      // The index takes it in a turn of its own; the checks settle when diagnostics are made.
      await urgentTurn();
      traced('edit index', () => ws.updateIndex());
      this.analyzed();
    }
  }
}
