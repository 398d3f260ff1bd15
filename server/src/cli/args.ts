// Command-line parsing for `dateline`. Small on purpose: a handful of flags, clear errors.

export interface CliArgs {
  command: 'analyze' | 'check' | 'cards-draft' | 'help' | 'version';
  /** cards draft: the folder to write the cards into (it must not exist, or hold no card). */
  write?: string;
  /** cards draft: at most this many cards. */
  limit?: number;
  paths: string[];
  json: boolean;
  format: 'text' | 'json';
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
      Print problems as path:line:col: severity code message. Exit code 1 when there are
      warnings or errors, 0 otherwise, 2 on a usage error.
  dateline cards draft [--write DIR] [--limit N] PATH...
      Draft cards for the most mentioned names without a card: print them, or with --write
      write them into DIR (people/, places/, ...), which must not exist yet or hold no card.
  dateline --help | --version

Options:
  --published YYYY-MM-DD  article date for articles whose text does not give one
  --cards DIR             read cards from DIR as well (repeatable)
  --max-size-kb N         skip articles larger than N KB (default 5120)
  --verbose               check: also print hints (names without a card)
  --no-color              plain output
  --timings               print where the time went (start-up, reading, cards, analysis, output) to stderr`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], json: false, format: 'text', cards: [], verbose: false, color: true, timings: false };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first === 'cards') {
    const sub = rest.shift();
    if (sub !== 'draft') throw new UsageError(`unknown cards command "${sub ?? ''}" (try: cards draft)`);
    args.command = 'cards-draft';
  } else if (first !== 'analyze' && first !== 'check') throw new UsageError(`unknown command "${first}"`);
  else args.command = first;
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => (inline !== undefined ? inline : value(flag));
    switch (flag) {
      case '--json': args.json = true; break;
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
        args.format = f;
        break;
      }
      case '--published': {
        const d = take();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new UsageError(`--published must be a date like 2020-11-21, not "${d}"`);
        args.published = d;
        break;
      }
      case '--cards': args.cards.push(take()); break;
      case '--max-size-kb': {
        const n = Number(take());
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-size-kb must be a positive number');
        args.maxSizeKB = n;
        break;
      }
      case '--verbose': args.verbose = true; break;
      case '--write': args.write = take(); break;
      case '--limit': {
        const n = Number(take());
        if (!Number.isInteger(n) || n <= 0) throw new UsageError('--limit must be a positive whole number');
        args.limit = n;
        break;
      }
      case '--no-color': args.color = false; break;
      case '--timings': args.timings = true; break;
      case '--help': case '-h': return { ...args, command: 'help' };
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError(`${args.command === 'cards-draft' ? 'cards draft' : args.command} needs at least one file or folder`);
  if ((args.write !== undefined || args.limit !== undefined) && args.command !== 'cards-draft') throw new UsageError('--write and --limit are options of cards draft');
  return args;
}
