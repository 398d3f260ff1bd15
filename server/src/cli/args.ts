// Command-line parsing for `dateline`: a handful of flags, clear errors.

import { parseArgs as nodeParseArgs } from 'node:util';

export interface CliArgs {
  command: 'analyze' | 'check' | 'timeline' | 'report' | 'cards-draft' | 'help' | 'version';
  /** cards draft: the folder to write the cards into (it must not exist, or hold no card). */
  write?: string;
  /** cards draft: at most this many cards. */
  limit?: number;
  paths: string[];
  json: boolean;
  /** check: text | json; timeline: csv | timelinejs | json; report: markdown | html. */
  format: string;
  published?: string;
  cards: string[];
  maxSizeKB?: number;
  verbose: boolean;
  color: boolean;
  timings: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  dateline analyze [--json] [--published YYYY-MM-DD] [--cards DIR] PATH...
      Analyze articles (folders are read recursively; cards under entities/ are knowledge).
      Without --json, print a readable report; with --json, the JSON of docs/json-contract.md.
  dateline check [--format text|json] [--verbose] PATH...
      Print problems as path:line:col: severity code message.
  dateline timeline [--format csv|timelinejs|json] PATH...
      Every event with every source's date: CSV (one row per source), TimelineJS's JSON, or JSON.
  dateline report [--format markdown|html] PATH...
      Everything found, to share: events and every source's date, disagreements, counts, names
      and their spellings.
  dateline cards draft [--write DIR] [--limit N] PATH...
      Draft cards for the most mentioned names without a card: print them, or with --write
      write them into DIR (people/, places/, ...), which must not exist yet or hold no card.
      --limit N: the N most mentioned (30 by default), and up to 10 more people who share a
      drafted person's surname (so that the surname alone links to neither by mistake).
  dateline --help | --version

Exit status:
  0  done, nothing to report (check: no warning or error)
  1  check found warnings or errors
  2  usage or input error: unknown command or option, invalid value, a path that does not exist

Options:
  --published YYYY-MM-DD  article date for articles whose text does not give one
  --cards DIR             read cards from DIR as well (repeatable)
  --max-size-kb N         skip articles larger than N KB (default 5120)
  --verbose               check: also print hints (names without a card)
  --no-color              plain output
  --timings               print where the time went (start-up, reading, cards, analysis, output) to stderr`;

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  published: { type: 'string' },
  cards: { type: 'string', multiple: true },
  'max-size-kb': { type: 'string' },
  verbose: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  timings: { type: 'boolean' },
  write: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Each command's output formats, its default first. */
const FORMATS: Record<'analyze' | 'check' | 'timeline' | 'report' | 'cards-draft', string[]> = {
  analyze: ['text'],
  'cards-draft': ['text'],
  check: ['text', 'json'],
  timeline: ['csv', 'timelinejs', 'json'],
  report: ['markdown', 'html'],
};

/** A real calendar day: 2021-02-30 is not one, though Date.parse accepts it. */
export function isCalendarDay(d: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
}

/** Node's own parser (util.parseArgs), strict: an unknown option or a missing value is a usage error. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], json: false, format: 'text', cards: [], verbose: false, color: true, timings: false };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first === 'cards') {
    const sub = rest.shift();
    if (sub !== 'draft') throw new UsageError(`unknown cards command "${sub ?? ''}" (try: cards draft)`);
    args.command = 'cards-draft';
  } else if (first !== 'analyze' && first !== 'check' && first !== 'timeline' && first !== 'report') throw new UsageError(`unknown command "${first}"`);
  else args.command = first;
  let parsed;
  try {
    parsed = nodeParseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, '') : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ...args, command: 'help' };
  args.json = values.json ?? false;
  const formats = FORMATS[args.command];
  args.format = formats[0]!;
  if (values.format !== undefined) {
    if (!formats.includes(values.format)) throw new UsageError(`${args.command} --format must be ${formats.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${values.format}"`);
    args.format = values.format;
  }
  if (values.published !== undefined) {
    if (!isCalendarDay(values.published)) throw new UsageError(`--published must be a date like 2020-11-21, not "${values.published}"`);
    args.published = values.published;
  }
  args.cards = values.cards ?? [];
  if (values['max-size-kb'] !== undefined) {
    const n = Number(values['max-size-kb']);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-size-kb must be a positive number');
    args.maxSizeKB = n;
  }
  args.verbose = values.verbose ?? false;
  args.color = !values['no-color'];
  args.timings = values.timings ?? false;
  if ((values.write !== undefined || values.limit !== undefined) && args.command !== 'cards-draft') throw new UsageError('--write and --limit are options of cards draft');
  args.write = values.write;
  if (values.limit !== undefined) {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError('--limit must be a positive whole number');
    args.limit = n;
  }
  args.paths = positionals;
  if (args.paths.length === 0) throw new UsageError(`${args.command === 'cards-draft' ? 'cards draft' : args.command} needs at least one file or folder`);
  return args;
}
