// date-conflict's summary updated from the one before (CorpusCheck.update) when an edit moves an
// article's dates of an event without changing them: through the index, after any sequence of
// edits, every article's warnings equal a fresh index's, and the changed articles are reported.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CheckIndex } from '../../server/src/core/workspace/checkIndex.ts';
import { dateConflictCheck, MAX_RELATED, type EventDateMention, type EventDateSummary } from '../../server/src/core/checks/dateConflicts.ts';
import type { CheckContext, CorpusCheck } from '../../server/src/core/checks/check.ts';
import type { DatedMention } from '../../server/src/core/events/datedMention.ts';
import type { Finding } from '../../server/src/core/checks/finding.ts';

const ctx: CheckContext = { cards: new Map(), nameOf: (id) => id };
/** More articles than a warning shows mentions of, so that which are shown is a choice. */
const PATHS = Array.from({ length: MAX_RELATED + 6 }, (_, i) => `a${String(i).padStart(2, '0')}`);

interface Mention {
  at: number;
  value: string;
  text: string;
}

function article(path: string, mentions: readonly Mention[]) {
  const dates = mentions.map((m) => ({ start: m.at, end: m.at + m.text.length, text: m.text, value: m.value, event: 'hub' }) as unknown as DatedMention);
  return { path, entities: [], dates, text: '', published: null, claims: [] };
}

const counting = () => {
  const calls = { summarized: 0 };
  const check: CorpusCheck<EventDateMention, EventDateSummary> = { ...dateConflictCheck, summarize: (k, items, c, p) => (calls.summarized++, dateConflictCheck.summarize(k, items, c, p)) };
  return { check, calls };
};

/** Every article's warnings from `index`, as it stands. */
const findingsOf = (index: CheckIndex<EventDateMention, EventDateSummary>) => new Map(PATHS.map((p) => [p, index.findings(p, ctx)]));

function fromScratch(state: ReadonlyMap<string, readonly Mention[]>): Map<string, Finding[]> {
  const index = new CheckIndex(dateConflictCheck);
  for (const [path, mentions] of state) index.set(article(path, mentions));
  index.settle(ctx, new Set());
  return findingsOf(index);
}

const day = (d: number) => `2020-11-${String(d).padStart(2, '0')}`;

test('moving the first article\'s dates of a hub event updates the summary without summarizing; changing one summarizes; both equal a fresh index', () => {
  const state = new Map<string, Mention[]>(PATHS.map((p, i) => [p, [{ at: 100, value: day(i % 4 === 1 ? 9 : 10), text: `November ${i % 4 === 1 ? 9 : 10}` }]]));
  state.set('a00', [{ at: 100, value: day(10), text: 'November 10' }, { at: 300, value: day(9), text: 'Nov. 9' }]);
  const { check, calls } = counting();
  const index = new CheckIndex(check);
  for (const [path, mentions] of state) index.set(article(path, mentions));
  /** The article's dates are now `mentions`, in the index and in the state a fresh index is built from. */
  const put = (path: string, mentions: Mention[]) => (state.set(path, mentions), index.set(article(path, mentions)));
  index.settle(ctx, new Set());
  assert.equal(calls.summarized, 1);
  const warned = PATHS.filter((p) => index.findings(p, ctx).length > 0);
  assert.ok(warned.length > 1, 'some articles are warned');

  // Text typed before a00's dates: the warnings elsewhere point at where they are now.
  put('a00', [{ at: 127, value: day(10), text: 'November 10' }, { at: 327, value: day(9), text: 'Nov. 9' }]);
  let changed = new Set<string>();
  index.settle(ctx, changed);
  assert.equal(calls.summarized, 1, 'updated, not summarized again');
  assert.deepEqual(findingsOf(index), fromScratch(state));
  for (const p of warned) assert.ok(changed.has(p), `${p} points at a00's moved mention and was not reported`);
  assert.ok(index.findings('a01', ctx)[0]!.related.some((r) => r.path === 'a00' && r.start === 327));

  // Two moves before one settle, the second from the first's update.
  put('a00', [{ at: 130, value: day(10), text: 'November 10' }, { at: 330, value: day(9), text: 'Nov. 9' }]);
  put('a00', [{ at: 131, value: day(10), text: 'November 10' }, { at: 331, value: day(9), text: 'Nov. 9' }]);
  index.settle(ctx, new Set());
  assert.equal(calls.summarized, 1);
  assert.deepEqual(findingsOf(index), fromScratch(state));

  // The same words, another date: the votes change, so the event is summarized again.
  put('a00', [{ at: 131, value: day(10), text: 'November 10' }, { at: 331, value: day(8), text: 'Nov. 9' }]);
  changed = new Set();
  index.settle(ctx, changed);
  assert.equal(calls.summarized, 2);
  assert.deepEqual(findingsOf(index), fromScratch(state));

  // A move after another article changed the event's dates: summarized from all its mentions.
  put('a06', [{ at: 100, value: day(9), text: 'November 9' }]);
  put('a00', [{ at: 140, value: day(10), text: 'November 10' }, { at: 340, value: day(8), text: 'Nov. 9' }]);
  index.settle(ctx, new Set());
  assert.equal(calls.summarized, 3);
  assert.deepEqual(findingsOf(index), fromScratch(state));
});

test('after random moves and changes of a hub event\'s dates, settled in batches, warnings equal a fresh index and changed articles are reported', () => {
  const VALUES = [day(9), day(10), day(11), '2020-11', '2020', '2021', undefined as unknown as string];
  const mention = fc.record({ at: fc.integer({ min: 0, max: 50 }).map((n) => n * 20), value: fc.constantFrom(...VALUES), text: fc.constantFrom('on Monday', 'last week') });
  const mentions = fc.uniqueArray(mention, { maxLength: 3, selector: (m) => m.at }).map((ms) => ms.sort((a, b) => a.at - b.at));
  const op = fc.record({
    path: fc.constantFrom(...PATHS.slice(0, 8), ...PATHS),
    kind: fc.constantFrom('move', 'move', 'move', 'set', 'remove'),
    by: fc.integer({ min: 1, max: 9 }),
    mentions,
    settle: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(mentions, { minLength: PATHS.length, maxLength: PATHS.length }), fc.array(op, { minLength: 1, maxLength: 30 }), (initial, ops) => {
      const index = new CheckIndex(dateConflictCheck);
      const state = new Map<string, Mention[]>();
      PATHS.forEach((p, i) => {
        state.set(p, initial[i]!);
        index.set(article(p, initial[i]!));
      });
      index.settle(ctx, new Set());
      let shown = findingsOf(index);
      let changed = new Set<string>();
      for (const { path, kind, by, mentions: next, settle } of ops) {
        if (kind === 'remove') {
          state.delete(path);
          index.remove(path);
        } else {
          const now = kind === 'move' ? (state.get(path) ?? []).map((m) => ({ ...m, at: m.at + by })) : next;
          state.set(path, now);
          index.set(article(path, now));
        }
        changed.add(path);
        if (!settle) continue;
        index.settle(ctx, changed);
        const now = findingsOf(index);
        assert.deepEqual(now, fromScratch(state));
        for (const p of PATHS) if (JSON.stringify(now.get(p)) !== JSON.stringify(shown.get(p))) assert.ok(changed.has(p), `${p} changed but was not reported`);
        shown = now;
        changed = new Set();
      }
    }),
    { numRuns: 200, seed: 11 },
  );
});
