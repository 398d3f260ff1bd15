// `--timings`: where a run's time went, phase by phase, with the text throughput of the analysis
// proper: reading, analyzing and linking the articles, without what a run does once whatever
// the corpus size (start-up, loading the model, building the knowledge from the cards) or the output.

import type { WorkspaceQueries } from '../core/workspace/workspace.ts';

export class Timings {
  /** From the process's start: Node's start-up and loading the bundle count too. */
  private last = 0;
  private readonly phases: Array<[string, number]> = [];

  /** Ends the phase running since the previous mark. */
  mark(phase: string): void {
    const now = performance.now();
    this.phases.push([phase, now - this.last]);
    this.last = now;
  }

  /** One line: the phases in ms, then the articles' size and MB/s over reading, analysis and linking. */
  summary(ws: WorkspaceQueries): string {
    const ms = (name: string) => this.phases.find(([p]) => p === name)?.[1] ?? 0;
    let bytes = 0;
    for (const p of ws.articlePaths()) bytes += Buffer.byteLength(ws.analysis(p)?.text ?? '');
    const analysisMs = ms('read') + ms('analyze and link');
    const phases = this.phases.map(([p, t]) => `${p} ${t.toFixed(0)} ms`).join(', ');
    return `dateline: timings: ${phases}; ${ws.articlePaths().length} articles, ${(bytes / 1048576).toFixed(2)} MB analyzed at ${(bytes / 1048576 / (analysisMs / 1000)).toFixed(2)} MB/s (analysis ${analysisMs.toFixed(0)} ms)`;
  }
}
