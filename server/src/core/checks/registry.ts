// Every check the corpus index runs, in the order their findings are listed. A new check is one
// file under checks/ with its tests, its codes in codes.ts, and one line here.

import type { AnyCorpusCheck, ArticleCheck } from './check.ts';
import type { Finding } from './finding.ts';
import type { Fix, FixContext } from './fix.ts';
import { possibleTypoCheck } from './possibleTypo.ts';
import { entityWithoutCardCheck } from './entityWithoutCard.ts';
import { weekdayMismatchCheck } from './weekdayMismatch.ts';
import { articleDateDisagreementCheck } from './articleDateDisagreement.ts';
import { titleMismatchCheck } from './titleMismatch.ts';
import { nameSpellingCheck } from './nameSpelling.ts';
import { dateConflictCheck } from './dateConflicts.ts';
import { possibleDateConflictCheck } from './possibleDateConflicts.ts';
import { numberConflictCheck } from './numberConflict.ts';
import { titleDisagreementCheck } from './titleDisagreement.ts';

export const ARTICLE_CHECKS: readonly ArticleCheck[] = [possibleTypoCheck, entityWithoutCardCheck, weekdayMismatchCheck, titleMismatchCheck, nameSpellingCheck, articleDateDisagreementCheck];

export const CORPUS_CHECKS: readonly AnyCorpusCheck[] = [dateConflictCheck, possibleDateConflictCheck, numberConflictCheck, titleDisagreementCheck];

/** The fixes the check that made a finding proposes for it. */
export function fixesFor(finding: Finding, ctx: FixContext): Fix[] {
  const check = [...ARTICLE_CHECKS, ...CORPUS_CHECKS].find((c) => c.codes.includes(finding.code));
  return check?.fixes?.(finding, ctx) ?? [];
}
