// `--timings`: where a run's time went, phase by phase, with the text throughput of the analysis
// proper: reading, analyzing and linking the articles, without what a run does once whatever
// the corpus size (start-up, loading the model, building the knowledge from the cards) or the output.
// CPU time is the whole process's (process.cpuUsage counts every thread, workers included): on a
// shared machine wall time says how busy the others were, CPU time what the run cost.

import type { WorkspaceQueries } from '../core/workspace/workspace.ts';

export class Timings {
  /** From the process's start: Node's start-up and loading the bundle count too. */
  private last = 0;
  private lastCpu = 0;
  private readonly phases: Array<[string, number, number]> = [];

  /** Ends the phase running since the previous mark. */
  mark(phase: string): void {
    const now = performance.now();
    const { user, system } = process.cpuUsage();
    const cpu = (user + system) / 1000;
    this.phases.push([phase, now - this.last, cpu - this.lastCpu]);
    this.last = now;
    this.lastCpu = cpu;
  }

  /** One line: the phases in ms, then the articles' size and MB/s over reading, analysis and linking, by wall and by CPU time. */
  summary(ws: WorkspaceQueries): string {
    const of = (name: string) => this.phases.find(([p]) => p === name);
    const ms = (name: string) => of(name)?.[1] ?? 0;
    const cpuMs = (name: string) => of(name)?.[2] ?? 0;
    let bytes = 0;
    for (const p of ws.articlePaths()) bytes += Buffer.byteLength(ws.analysis(p)?.text ?? '');
    const analysisMs = ms('read') + ms('analyze and link');
    const analysisCpuMs = cpuMs('read') + cpuMs('analyze and link');
    const totalCpuMs = this.phases.reduce((s, [, , c]) => s + c, 0);
    const phases = this.phases.map(([p, t]) => `${p} ${t.toFixed(0)} ms`).join(', ');
    const mb = bytes / 1048576;
    return `dateline: timings: ${phases}; ${ws.articlePaths().length} articles, ${mb.toFixed(2)} MB analyzed at ${(mb / (analysisMs / 1000)).toFixed(2)} MB/s (analysis ${analysisMs.toFixed(0)} ms); by CPU time ${(mb / (analysisCpuMs / 1000)).toFixed(2)} MB/s (analysis ${analysisCpuMs.toFixed(0)} ms CPU, whole run ${totalCpuMs.toFixed(0)} ms CPU)`;
  }
}
