import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { toRange } from '../convert.ts';
import { entityHoverMarkdown } from '../../core/present/entityHover.ts';
import { dateHoverMarkdown, referenceHoverMarkdown } from '../../core/present/dateHover.ts';
import { claimHoverMarkdown } from '../../core/present/claimHover.ts';
import { escapeMarkdown } from '../../core/present/markdown.ts';

export function hover(state: HandlerState, params: HoverParams): Hover | null {
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  // A file not analyzed (over files.maxSizeKB, binary) says why wherever one hovers.
  const problem = path && !analysis ? state.ws.fileProblem(path) : undefined;
  if (problem) return { contents: { kind: MarkupKind.Markdown, value: `**Dateline: not analyzed.** ${escapeMarkdown(problem.message)}` } };
  if (!path || !analysis) return null;
  const offset = analysis.lines.offsetAt(params.position);
  const link = (target: string, start: number) => {
    const lines = state.linesOf(target);
    const p = lines ? lines.positionAt(start) : { line: 0, character: 0 };
    return `${URI.fromPath(target)}#L${p.line + 1},${p.character + 1}`;
  };
  const mention = state.ws.entityAt(path, offset);
  if (mention) {
    return {
      contents: { kind: MarkupKind.Markdown, value: entityHoverMarkdown(state.ws, mention, link) },
      range: toRange(analysis.lines, mention.start, mention.end),
    };
  }
  const date = state.ws.dateAt(path, offset);
  if (date) {
    return {
      contents: { kind: MarkupKind.Markdown, value: dateHoverMarkdown(state.ws, path, date, link) },
      range: toRange(analysis.lines, date.start, date.end),
    };
  }
  const reference = state.ws.referenceAt(path, offset);
  if (reference) {
    return {
      contents: { kind: MarkupKind.Markdown, value: referenceHoverMarkdown(state.ws, path, reference.date, link) },
      range: toRange(analysis.lines, reference.start, reference.end),
    };
  }
  const claim = state.ws.claimAt(path, offset);
  if (claim) {
    return {
      contents: { kind: MarkupKind.Markdown, value: claimHoverMarkdown(state.ws, path, claim, link) },
      range: toRange(analysis.lines, claim.start, claim.end),
    };
  }
  return null;
}
