// Scores recognized entity mentions against gold annotations: exact-span typed mentions
// (precision, recall, F1, per type) and linking (right id on the spans both agree on; a "false
// link" is a predicted card link to the wrong entity, the error we care most about).

export interface ScoredMention {
  start: number;
  end: number;
  text: string;
  type: string;
  id: string;
  linked?: boolean;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScores {
  typed: PRF;
  untyped: PRF;
  byType: Record<string, PRF>;
  linking: { matched: number; correct: number; accuracy: number; falseLinks: Array<{ document: string; text: string; start: number; predicted: string; gold: string }> };
  misses: Array<{ document: string; kind: 'missed' | 'spurious' | 'wrong-type'; text: string; start: number; detail: string }>;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreEntities(documents: Array<{ document: string; gold: ScoredMention[]; predicted: ScoredMention[] }>): EntityScores {
  let tp = 0, fp = 0, fn = 0, utp = 0, ufp = 0, ufn = 0;
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    const t = perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    t[key]++;
    perType.set(type, t);
  };
  let matched = 0, correct = 0;
  const falseLinks: EntityScores['linking']['falseLinks'] = [];
  const misses: EntityScores['misses'] = [];
  for (const { document, gold, predicted } of documents) {
    const key = (m: ScoredMention) => `${m.start}:${m.end}`;
    const goldBySpan = new Map(gold.map((m) => [key(m), m]));
    const predBySpan = new Map(predicted.map((m) => [key(m), m]));
    for (const p of predicted) {
      const g = goldBySpan.get(key(p));
      if (!g) {
        fp++; ufp++; bump(p.type, 'fp');
        misses.push({ document, kind: 'spurious', text: p.text, start: p.start, detail: `${p.type} ${p.id}` });
        continue;
      }
      utp++;
      if (g.type === p.type) {
        tp++; bump(p.type, 'tp');
      } else {
        fp++; fn++; bump(p.type, 'fp'); bump(g.type, 'fn');
        misses.push({ document, kind: 'wrong-type', text: p.text, start: p.start, detail: `${p.type}, gold ${g.type}` });
      }
      matched++;
      if (p.id === g.id) correct++;
      else if (p.linked !== false) falseLinks.push({ document, text: p.text, start: p.start, predicted: p.id, gold: g.id });
    }
    for (const g of gold) {
      if (predBySpan.has(key(g))) continue;
      fn++; ufn++; bump(g.type, 'fn');
      misses.push({ document, kind: 'missed', text: g.text, start: g.start, detail: `${g.type} ${g.id}` });
    }
  }
  const byType: Record<string, PRF> = {};
  for (const [type, c] of [...perType].sort()) byType[type] = prf(c.tp, c.fp, c.fn);
  return {
    typed: prf(tp, fp, fn),
    untyped: prf(utp, ufp, ufn),
    byType,
    linking: { matched, correct, accuracy: matched === 0 ? 1 : correct / matched, falseLinks },
    misses,
  };
}
