// A key under which common romanizations of one Armenian, Azerbaijani or Russian name meet:
// Pashinyan / Pashinian / Pachinian / Paschinjan, Aliyev / Aliev, Sergei / Sergey, Shusha / Şuşa.
// Only a key for matching: two names with one key are candidates, never proof (see spellingVariants.ts).

import { fold } from './fold.ts';

const RULES: Array<[RegExp, string]> = [
  [/dzh|dj/g, 'j'],
  [/sch|sh|ch|zh/g, 's'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/[yj]/g, 'i'],
  [/ii|ie|iy/g, 'i'],
  [/e(?=i)/g, ''],
  [/(.)\1+/g, '$1'],
];

export function transliterationKey(name: string): string {
  let key = fold(name).replace(/['’]/g, '').replace(/-/g, ' ');
  for (const [re, to] of RULES) key = key.replace(re, to);
  return key.replace(/\s+/g, ' ').trim();
}

/** Damerau-Levenshtein distance, capped: returns limit + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}
