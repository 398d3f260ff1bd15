// The hover of a count ("more than 6,500 deaths"): what it claims, and what every other source
// says about the same quantity, ordered by the date each count holds at, so that a count that
// grew over time reads as the news it is.

import type { WorkspaceQueries } from '../workspace/workspace.ts';
import type { Claim } from '../claims/claim.ts';
import type { LinkMaker } from './entityHover.ts';
import { baseName, escapeMarkdown } from './markdown.ts';

const APPROXIMATIONS: Record<Claim['approximation'], string> = {
  exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'at-least': 'at least ', 'up-to': 'up to ', 'less-than': 'fewer than ',
};

const MAX_LISTED = 12;

export function claimHoverMarkdown(ws: WorkspaceQueries, path: string, claim: Claim, link: LinkMaker): string {
  const lines = [
    `**${escapeMarkdown(claim.text)}** · ${claim.quantity}: ${APPROXIMATIONS[claim.approximation]}${claim.value.toLocaleString('en-US')}${claim.asOf ? ` · as of \`${claim.asOf}\`` : ''}`,
  ];
  const others = ws.claimsOf(claim.quantity).filter((o) => !(o.path === path && o.claim.start === claim.start));
  if (others.length === 0) {
    lines.push('', '*No other source gives this count.*');
    return lines.join('\n');
  }
  const sorted = [...others].sort((a, b) => (a.claim.asOf ?? '').localeCompare(b.claim.asOf ?? '') || a.path.localeCompare(b.path));
  lines.push('', `**Other sources** (${others.length}):`);
  for (const o of sorted.slice(0, MAX_LISTED)) {
    lines.push(`- \`${o.claim.asOf ?? 'date unknown'}\` "${escapeMarkdown(o.claim.text)}" in [${escapeMarkdown(baseName(o.path))}](${link(o.path, o.claim.start)})`);
  }
  if (others.length > MAX_LISTED) lines.push(`- … and ${others.length - MAX_LISTED} more`);
  return lines.join('\n');
}
