// "Draft Cards for This Story": the cards the corpus's most mentioned names would get, each with
// the file it would be, never one that exists. The editor shows them and writes those the user keeps.

import * as nodePath from 'node:path';
import { existsSync } from 'node:fs';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { draftStoryCards } from '../../core/present/draftCards.ts';
import { CARD_FOLDERS } from '../../core/present/newCard.ts';
import type { DraftCardsParams, DraftCardsResponse } from '../protocol.ts';

export function draftCards(state: HandlerState, params: DraftCardsParams | undefined): DraftCardsResponse {
  const from = params?.uri ? URI.toPath(params.uri) : undefined;
  const folder = state.cardsFolder(from);
  if (!folder) return { drafts: [] };
  return {
    drafts: draftStoryCards(state.ws).flatMap((d) => {
      const path = nodePath.join(folder, CARD_FOLDERS[d.type], `${d.id}.md`);
      if (existsSync(path)) return [];
      return [{ uri: URI.fromPath(path), name: d.name, type: d.type, role: d.role, aliases: d.aliases, mentions: d.mentions, articles: d.articles.length, text: d.text }];
    }),
  };
}
