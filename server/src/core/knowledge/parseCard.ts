// Parses one card file. Never throws: a broken card yields problems and, where enough of it is
// readable, a card anyway, so one bad field does not hide the rest of the knowledge.

import type { FindingCode } from '../checks/codes.ts';
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { CardRole, NotHere } from './card.ts';
import { CARD_TYPES, type Card, type CardProblem, type CardType } from './card.ts';
import { parseSimpleFrontMatter } from './simpleFrontMatter.ts';
import { parseNotHere } from './notHere.ts';

const KNOWN_FIELDS = new Set([
  'id', 'type', 'name', 'aliases', 'demonyms', 'role', 'roles', 'date', 'end', 'kind', 'participants', 'note',
  'known-discrepancies', 'country', 'description', 'sources', 'not',
]);

export interface ParsedCard {
  card?: Card;
  problems: CardProblem[];
}

export function cardIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.md$/i, '');
}

/** `quick: false` reads the front matter with the library alone (the reference the quick reader is tested against). */
export function parseCard(path: string, text: string, options: { quick?: boolean } = {}): ParsedCard {
  const problems: CardProblem[] = [];
  const problem = (start: number, end: number, code: FindingCode, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ path, start, end, severity, code, message });

  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) {
    problem(0, Math.min(text.length, 3), 'card-no-front-matter', 'Card has no YAML front matter: start the file with a line "---", the fields, and another "---".');
    return { problems };
  }
  const yamlStart = fm.index + fm[0].indexOf(fm[1]!);
  const body = text.slice(fm.index + fm[0].length).trim();
  // Most cards are simple enough for a reader much quicker than the library to start (simpleFrontMatter.ts).
  const doc = (options.quick !== false ? parseSimpleFrontMatter(fm[1]!) : undefined) ?? parseDocument(fm[1]!, { prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    problem(yamlStart + s, yamlStart + Math.max(e, s + 1), 'card-invalid-yaml', `Invalid YAML in card: ${err.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    if (doc.errors.length === 0) problem(yamlStart, yamlStart + fm[1]!.length, 'card-invalid-yaml', 'Card front matter must be a mapping of fields (key: value).');
    return { problems };
  }

  const map = doc.contents;
  const at = (node: Node | null | undefined): [number, number] => {
    const r = node?.range;
    return r ? [yamlStart + r[0], yamlStart + r[1]] : [yamlStart, yamlStart + 1];
  };
  const fields = new Map<string, Node>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KNOWN_FIELDS.has(key)) {
      const [s, e] = at(pair.key as Node);
      problem(s, e, 'card-unknown-field', `Unknown card field "${key}"; it is ignored. Known fields: ${[...KNOWN_FIELDS].join(', ')}.`, 'warning');
      continue;
    }
    fields.set(key, pair.value as Node);
  }

  const str = (key: string): string | undefined => {
    const node = fields.get(key);
    if (node === undefined || node === null) return undefined;
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      // YAML reads 2020-11-09 as a string (core schema) but 2020 as a number: both are fine.
      return String(node.value).trim();
    }
    const [s, e] = at(node);
    problem(s, e, 'card-invalid-field', `Field "${key}" must be a single value.`);
    return undefined;
  };
  const list = (key: string): string[] => {
    const node = fields.get(key);
    if (node === undefined || node === null) return [];
    if (isScalar(node) && node.value !== null) return [String(node.value).trim()].filter(Boolean);
    if (isSeq(node)) {
      const out: string[] = [];
      for (const item of node.items) {
        if (isScalar(item) && item.value !== null && typeof item.value !== 'object') out.push(String(item.value).trim());
        else {
          const [s, e] = at(item as Node);
          problem(s, e, 'card-invalid-field', `Each entry of "${key}" must be a plain value.`);
        }
      }
      return out.filter(Boolean);
    }
    const [s, e] = at(node);
    problem(s, e, 'card-invalid-field', `Field "${key}" must be a list, like [a, b].`);
    return [];
  };

  const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  /** `roles:` a list of offices, each `{ title, from?, to?, also? }`; a broken entry is reported and left out. */
  const roles = (): CardRole[] | undefined => {
    const node = fields.get('roles');
    if (node === undefined || node === null) return undefined;
    if (!isSeq(node)) {
      const [s, e] = at(node);
      problem(s, e, 'card-invalid-field', 'Field "roles" must be a list of offices, like - { title: Prime Minister of Armenia, from: 2018-05 }.');
      return undefined;
    }
    const out: CardRole[] = [];
    for (const item of node.items) {
      const [s, e] = at(item as Node);
      if (!isMap(item)) {
        problem(s, e, 'card-invalid-field', 'Each entry of "roles" must have a "title" (and may have "from", "to", "also").');
        continue;
      }
      const get = (k: string) => item.items.find((p) => isScalar(p.key) && p.key.value === k)?.value as Node | undefined;
      const scalar = (k: string) => {
        const v = get(k);
        return isScalar(v) && v.value !== null && typeof v.value !== 'object' ? String(v.value).trim() : undefined;
      };
      const title = scalar('title');
      const from = scalar('from');
      const to = scalar('to');
      const unknown = item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => !['title', 'from', 'to', 'also'].includes(k));
      if (!title || unknown.length > 0) {
        problem(s, e, 'card-invalid-field', unknown.length > 0 ? `A role has fields Dateline does not know: ${unknown.join(', ')} (use title, from, to, also).` : 'A role needs a "title".');
        continue;
      }
      if ((from !== undefined && !ISO.test(from)) || (to !== undefined && !ISO.test(to))) {
        problem(s, e, 'card-invalid-field', `A role's "from" and "to" must be ISO dates like 2018, 2018-05 or 2018-05-08.`);
        continue;
      }
      const alsoNode = get('also');
      const also = isSeq(alsoNode) ? alsoNode.items.flatMap((x) => (isScalar(x) && x.value !== null ? [String(x.value).trim()] : [])) : isScalar(alsoNode) && alsoNode.value !== null ? [String(alsoNode.value).trim()] : [];
      out.push({ title, ...(from ? { from } : {}), ...(to ? { to } : {}), also: also.filter(Boolean) });
    }
    return out;
  };

  const id = str('id') ?? cardIdFromPath(path);
  const typeText = str('type');
  const name = str('name');
  if (!typeText) problem(yamlStart, yamlStart + 1, 'card-missing-field', `Card has no "type" (one of ${CARD_TYPES.join(', ')}).`);
  else if (!CARD_TYPES.includes(typeText as CardType)) {
    const [s, e] = at(fields.get('type'));
    problem(s, e, 'card-invalid-field', `Unknown card type "${typeText}"; use one of ${CARD_TYPES.join(', ')}.`);
  }
  if (!name) problem(yamlStart, yamlStart + 1, 'card-missing-field', 'Card has no "name".');
  const date = str('date');
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
    const [s, e] = at(fields.get('date'));
    problem(s, e, 'card-invalid-field', `Field "date" must be an ISO date like 2020-11-09, 2020-11 or 2020 (got "${date}").`);
  }
  if (!name || !typeText || !CARD_TYPES.includes(typeText as CardType)) return { problems };

  const [nameStart, nameEnd] = at(fields.get('name'));
  const cardRoles = roles();
  const notHere: NotHere[] = [];
  for (const entry of list('not')) {
    const n = parseNotHere(entry);
    if (n) notHere.push(n);
    else {
      const [s, e] = at(fields.get('not'));
      problem(s, e, 'card-invalid-field', `Each entry of "not" is a form and an article, like "Kennedy in b.txt" (got "${entry}").`, 'warning');
    }
  }
  const card: Card = {
    id,
    type: typeText as CardType,
    name,
    aliases: list('aliases'),
    demonyms: list('demonyms'),
    role: str('role'),
    ...(cardRoles ? { roles: cardRoles } : {}),
    description: body || str('description') || '',
    date: date !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : undefined,
    end: str('end'),
    kind: str('kind'),
    participants: list('participants'),
    note: str('note'),
    knownDiscrepancies: list('known-discrepancies'),
    ...(notHere.length > 0 ? { notHere } : {}),
    path,
    nameStart,
    nameEnd,
  };
  return { card, problems };
}
