// number-conflict in the corpus index (workspace/checkIndex.ts): after any sequence of article
// changes, every article's findings equal those of an index built from scratch; an article whose
// claims only moved, none of them in a conflict, re-summarizes nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CheckIndex } from '../../server/src/core/workspace/checkIndex.ts';
import { numberConflictCheck } from '../../server/src/core/checks/numberConflict.ts';
import type { CheckContext, CorpusCheck } from '../../server/src/core/checks/check.ts';
import type { Claim } from '../../server/src/core/claims/claim.ts';

const ctx: CheckContext = { cards: new Map(), nameOf: (id) => id };
const PATHS = ['a', 'b', 'c', 'd'];
type Spec = { value: number; approximation: Claim['approximation']; day: number; shift: number };

function article(path: string, specs: Spec[]) {
  const claims = specs.map((c, i): Claim => ({ start: i * 20 + c.shift, end: i * 20 + c.shift + 5, text: `${c.value} dead`, quantity: 'dead', value: c.value, approximation: c.approximation, unit: 'dead', subject: 'quake', asOf: `1988-12-0${c.day}` }));
  return { path, entities: [], dates: [], text: 'x', published: null, claims };
}

function counting() {
  let calls = 0;
  const check: CorpusCheck<unknown, unknown> = { ...(numberConflictCheck as CorpusCheck<unknown, unknown>), summarize: (...args) => (calls++, numberConflictCheck.summarize(...(args as Parameters<typeof numberConflictCheck.summarize>))) };
  return { index: new CheckIndex(check), calls: () => calls };
}

function findingsOf(index: CheckIndex<unknown, unknown>) {
  index.settle(ctx, new Set());
  return PATHS.map((p) => index.findings(p, ctx));
}

const spec = fc.record({ value: fc.constantFrom(12, 40, 41), approximation: fc.constantFrom('exact' as const, 'about' as const, 'more-than' as const), day: fc.constantFrom(7, 8), shift: fc.nat(9) });

test('after any sequence of changes, the findings are those of an index built from scratch', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.array(spec, { maxLength: 3 })), { minLength: 1, maxLength: 12 }), (changes) => {
      const { index } = counting();
      const now = new Map<string, Spec[]>();
      for (const [path, specs] of changes) {
        now.set(path, specs);
        index.set(article(path, specs));
        const fresh = new CheckIndex(numberConflictCheck);
        for (const [p, s] of now) fresh.set(article(p, s));
        assert.deepEqual(findingsOf(index), findingsOf(fresh as CheckIndex<unknown, unknown>));
      }
    }),
    { numRuns: 300 },
  );
});

test('claims that only moved, none in a conflict, re-summarize nothing; moved ones in a conflict do', () => {
  const { index, calls } = counting();
  const clash: Spec = { value: 12, approximation: 'exact', day: 7, shift: 0 };
  const other: Spec = { value: 40, approximation: 'exact', day: 7, shift: 0 };
  const apart: Spec = { value: 40, approximation: 'exact', day: 8, shift: 0 };
  index.set(article('a', [clash]));
  index.set(article('b', [other]));
  index.set(article('c', [apart, apart]));
  findingsOf(index);
  const before = calls();
  index.set(article('c', [{ ...apart, shift: 5 }, { ...apart, shift: 3 }]));
  findingsOf(index);
  assert.equal(calls(), before, 'moved, in no conflict');
  index.set(article('a', [{ ...clash, shift: 5 }]));
  const after = findingsOf(index);
  assert.equal(calls(), before + 1, 'moved, in a conflict');
  assert.equal(after[1]![0]!.related[0]!.start, 5, 'the warning elsewhere points where it moved');
});
