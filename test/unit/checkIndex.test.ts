// The generic bookkeeping of corpus checks (workspace/checkIndex.ts), on a small check of its own:
// after any sequence of article changes, every article's findings equal those computed from
// scratch, and every article whose findings changed was reported as changed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CheckIndex } from '../../server/src/core/workspace/checkIndex.ts';
import type { CheckContext, CorpusCheck } from '../../server/src/core/checks/check.ts';
import type { Finding } from '../../server/src/core/checks/finding.ts';
import type { DatedMention } from '../../server/src/core/events/datedMention.ts';

/** Items: an article's numbers, keyed by their remainder mod 3; a number below its key's largest is reported. */
interface Item {
  path: string;
  value: number;
  at: number;
}
interface Summary {
  key: string;
  max: number;
  signature: string;
}

const check: CorpusCheck<Item, Summary> = {
  codes: ['date-conflict'],
  *collect({ path, dates }) {
    for (const d of dates) yield [`k${Number(d.value) % 3}`, { path, value: Number(d.value), at: d.start }];
  },
  summarize(key, items) {
    const max = Math.max(...items.map((i) => i.value));
    // The summary shows where each largest value is: moving one changes every finding.
    const where = items.filter((i) => i.value === max).map((i) => `${i.path}@${i.at}`);
    return { key, max, signature: `${max}|${where.join(',')}` };
  },
  signature: (s) => s.signature,
  reported: (s, items) => new Set(items.filter((i) => i.value < s.max).map((i) => i.path)),
  findings: (s, mine) =>
    mine.filter((i) => i.value < s.max).map((i): Finding => ({ path: i.path, start: i.at, end: i.at + 1, severity: 'warning', code: 'date-conflict', message: `${i.value} < ${s.signature}`, related: [] })),
  unchanged(before, after, path, summary) {
    const same = before.map((i) => `${i.value}@${i.at}`).join() === after.map((i) => `${i.value}@${i.at}`).join();
    return same && !(summary && summary.signature.includes(`${path}@`));
  },
};

const ctx: CheckContext = { cards: new Map(), nameOf: (id) => id };
const PATHS = ['a', 'b', 'c', 'd'];

function article(path: string, values: number[]) {
  const dates = values.map((v, i) => ({ start: i * 10, end: i * 10 + 1, text: String(v), value: String(v) }) as unknown as DatedMention);
  return { path, entities: [], dates, text: "", published: null, claims: [] };
}

function fromScratch(articles: Map<string, number[]>): Map<string, Finding[]> {
  const index = new CheckIndex(check);
  for (const [path, values] of articles) index.set(article(path, values));
  index.settle(ctx, new Set());
  return new Map(PATHS.map((p) => [p, index.findings(p, ctx)]));
}

test('incremental findings equal a fresh index, and changed articles are reported, after random changes', () => {
  const op = fc.record({ path: fc.constantFrom(...PATHS), values: fc.option(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 4 })) });
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
      const index = new CheckIndex(check);
      const articles = new Map<string, number[]>();
      let shown = new Map(PATHS.map((p) => [p, [] as Finding[]]));
      for (const { path, values } of ops) {
        if (values === null) {
          articles.delete(path);
          index.remove(path);
        } else {
          articles.set(path, values);
          index.set(article(path, values));
        }
        const changed = new Set<string>([path]);
        index.settle(ctx, changed);
        const now = new Map(PATHS.map((p) => [p, index.findings(p, ctx)]));
        assert.deepEqual(now, fromScratch(articles));
        for (const p of PATHS) if (JSON.stringify(now.get(p)) !== JSON.stringify(shown.get(p))) assert.ok(changed.has(p), `${p} changed but was not reported`);
        shown = now;
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('an edit that leaves a key as it was summarizes nothing again, and a kept summary changes no other article', () => {
  let summarized = 0;
  const counting: CorpusCheck<Item, Summary> = { ...check, summarize: (k, items, c) => (summarized++, check.summarize(k, items, c)) };
  const index = new CheckIndex(counting);
  index.set(article('a', [4]));
  index.set(article('b', [7, 2]));
  index.settle(ctx, new Set());
  assert.equal(summarized, 2, 'keys k1 (4, 7) and k2 (2)');
  // a says the same of k1, and k1's summary shows nothing of a: quiet.
  index.set(article('a', [4]));
  const changed = new Set<string>();
  index.settle(ctx, changed);
  assert.equal(summarized, 2, 'nothing summarized again');
  assert.deepEqual([...changed], []);
  // b adds a 1 to k1: summarized again, with the same signature, so a's findings stay and a is not changed.
  index.set(article('b', [7, 2, 1]));
  index.settle(ctx, changed);
  assert.ok(summarized > 2);
  assert.ok(!changed.has('a'));
  assert.deepEqual(index.findings('a', ctx).map((f) => f.message), ['4 < 7|b@0']);
});
