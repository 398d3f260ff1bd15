// The text of a new card for a name the tagger found, for the "write a card" code action.
// It carries what we know (name, type, the spellings seen) and leaves the prose to the user.

import type { EntityType } from '../knowledge/card.ts';

export const CARD_FOLDERS: Record<EntityType, string> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
  misc: 'misc',
};

export function newCardText(name: string, type: EntityType, spellings: string[]): string {
  const aliases = [...new Set(spellings.map((s) => s.replace(/\s+/g, ' ').trim()))].filter((s) => s && s !== name);
  const yamlString = (s: string) => (/^[\p{L}\p{N} .'’-]+$/u.test(s) && !/^(yes|no|true|false|null|on|off)$/i.test(s) ? s : JSON.stringify(s));
  const lines = ['---', `type: ${type}`, `name: ${yamlString(name)}`];
  lines.push(`aliases: [${aliases.map(yamlString).join(', ')}]`);
  if (type === 'person' || type === 'organization') lines.push('role: ');
  lines.push('---', `Who or what ${name} is, in your own words.`, '');
  return lines.join('\n');
}
