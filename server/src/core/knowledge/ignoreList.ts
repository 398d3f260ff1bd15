// The list of forms that are not names (`entities/ignore.txt`): one form per line, `#` starts a
// comment. It is read with the cards (it is knowledge, and crosses to worker threads with them);
// a mention no card claims whose text or name is on it is not a name.

import { fold } from '../text/fold.ts';
import { IGNORE_LIST_FILE } from '../workspace/fileKinds.ts';

export function isIgnoreListPath(path: string): boolean {
  return (path.split(/[\\/]/).pop() ?? '') === IGNORE_LIST_FILE;
}

/** The folded forms of a list, for matching whatever the capitals or accents. */
export function parseIgnoreList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(fold);
}

/** The line to add for a form: the form itself, on a line of its own. */
export function ignoreListAddition(existing: string | undefined, form: string): string {
  const line = form.replace(/\s+/g, ' ').trim();
  if (existing === undefined || existing === '') return `# Forms that are not names, one a line (Dateline reads this list with the cards).\n${line}\n`;
  return `${existing.endsWith('\n') ? '' : '\n'}${line}\n`;
}
