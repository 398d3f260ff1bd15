// Entity mentions packed for the trip from a worker thread to the main thread.
//
// An analysis is mostly entity mentions: about a hundred per article, each with 8 fields, four
// of them strings that recur across articles ("Armenia", "place", "armenia", "card-name"). Sent
// as JSON objects, each mention cost the receiving thread an object to parse and four string
// copies to intern there. Packed, a mention is 8 numbers, a string being its index in one
// table per batch: the receiver interns each distinct string of the table once and builds the
// mentions with their fields in the same order, so they are the objects an analysis on its own
// thread would have made. At a cold start that thread also takes every result into the index
// while the workers go on, so what it saves goes to them.

import type { EntityMention } from '../core/entities/mention.ts';
import type { PortableAnalysis } from '../core/workspace/documentAnalysis.ts';

/** The fields of a mention, in the order every mention has them (mention.ts). */
const FIELDS = ['start', 'end', 'text', 'type', 'id', 'name', 'linked', 'source'] as const;
const WIDTH = FIELDS.length;

type Results = Array<{ path: string; analysis: PortableAnalysis }>;

export interface PackedResults {
  strings: string[];
  /** Each analysis with its mentions as WIDTH numbers apiece. */
  results: Array<{ path: string; analysis: Omit<PortableAnalysis, 'entities'> & { entities: number[] } }>;
}

/** Whether a mention has exactly the fields of FIELDS, in that order, each of its type. */
function isPlain(m: EntityMention): boolean {
  let i = 0;
  for (const key in m) if (key !== FIELDS[i++]) return false;
  return (
    i === WIDTH &&
    Number.isSafeInteger(m.start) && Number.isSafeInteger(m.end) &&
    typeof m.text === 'string' && typeof m.type === 'string' && typeof m.id === 'string' &&
    typeof m.name === 'string' && typeof m.linked === 'boolean' && typeof m.source === 'string'
  );
}

/** The results packed, or undefined when a mention is not of the plain shape (then they go as they are). */
export function packResults(results: Results): PackedResults | undefined {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (s: string) => {
    let i = indexOf.get(s);
    if (i === undefined) {
      indexOf.set(s, (i = strings.length));
      strings.push(s);
    }
    return i;
  };
  const packed: PackedResults['results'] = [];
  for (const { path, analysis } of results) {
    const cols: number[] = [];
    for (const m of analysis.entities) {
      if (!isPlain(m)) return undefined;
      cols.push(m.start, m.end, ref(m.text), ref(m.type), ref(m.id), ref(m.name), m.linked ? 1 : 0, ref(m.source));
    }
    // (spread first, then the field: it keeps its place among the keys)
    packed.push({ path, analysis: { ...analysis, entities: cols } });
  }
  return { strings, results: packed };
}

/** The results as they were before packing, their strings passed through `intern` once each. */
export function unpackResults(packed: PackedResults, intern: (s: string) => string): Results {
  const s = packed.strings.map(intern);
  return packed.results.map(({ path, analysis }) => {
    const cols = analysis.entities;
    const entities: EntityMention[] = [];
    for (let i = 0; i < cols.length; i += WIDTH) {
      entities.push({
        start: cols[i]!,
        end: cols[i + 1]!,
        text: s[cols[i + 2]!]!,
        type: s[cols[i + 3]!] as EntityMention['type'],
        id: s[cols[i + 4]!]!,
        name: s[cols[i + 5]!]!,
        linked: cols[i + 6] === 1,
        source: s[cols[i + 7]!] as EntityMention['source'],
      });
    }
    return { path, analysis: { ...analysis, entities } };
  });
}
