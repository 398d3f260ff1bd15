// Every code a finding can carry, in one closed list: what the Problems panel, the CLI and the
// per-check settings (`dateline.checks.<code>`) name. A new check adds its codes here; the
// compiler then finds every place that must know of it.

export const FINDING_CODES = {
  'date-conflict': 'The same event dated differently by different sources (an event card describes it).',
  'possible-date-conflict': 'Articles date what looks like the same event differently (no card describes it).',
  'weekday-mismatch': 'A date whose weekday is not the one the text gives.',
  'article-date-disagreement': 'An article\u2019s dateline and its sidecar give dates a day or two apart; relative dates follow the dateline.',
  'title-mismatch': 'A title next to a carded person\u2019s name that is not an office their card gives.',
  'name-spelling': 'A given name one or two letters off the card\u2019s, before a surname linked to the card.',
  'number-conflict': 'Incompatible counts of the same thing about the same event on the same day.',
  'title-disagreement': 'A person without a card given another office here than most articles give them.',
  'possible-typo': 'A name one letter off a card\u2019s name, linked to that card.',
  'entity-without-card': 'A name no card describes yet.',
  'card-no-front-matter': 'A card without YAML front matter.',
  'card-invalid-yaml': 'A card whose front matter is not valid YAML.',
  'card-unknown-field': 'A card field Dateline does not know.',
  'card-invalid-field': 'A card field with a value of the wrong kind.',
  'card-missing-field': 'A card without its type or name.',
  'card-duplicate-id': 'Two cards with the same id (file name).',
  'card-alias-conflict': 'An alias two cards claim: it links to neither.',
  'metadata-invalid-yaml': 'An article\u2019s sidecar metadata that is not valid YAML.',
  'metadata-invalid-field': 'A sidecar field with a value of the wrong kind.',
  'file-binary': 'A file that looks binary; not analyzed.',
  'file-too-large': 'A file over the size limit; not analyzed.',
  'file-encoding': 'A file that is not UTF-8, read as Windows-1252.',
  'file-unreadable': 'A file or folder that cannot be read.',
  'file-missing': 'A file that no longer exists.',
  'file-not-found': 'A path given on the command line that does not exist.',
  'file-symlink-loop': 'A folder that leads back to one already read.',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDING_CODES, code);
}
