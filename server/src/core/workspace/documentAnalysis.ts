// Everything the core knows about one article on its own, before the corpus is considered.
// Computed from the article's text and the knowledge base only, so it can be cached per text.

import { tokenize, sentences, type Token, type Sentence } from '../text/tokenize.ts';
import { LineIndex } from '../text/lineIndex.ts';
import { recognizeEntities, type RecognitionContext } from '../entities/recognize.ts';
import type { EntityMention } from '../entities/mention.ts';

export interface DocumentAnalysis {
  path: string;
  text: string;
  lines: LineIndex;
  tokens: Token[];
  sentences: Sentence[];
  entities: EntityMention[];
}

export function analyzeDocument(path: string, text: string, ctx: RecognitionContext): DocumentAnalysis {
  const tokens = tokenize(text);
  const sents = sentences(text, tokens);
  return {
    path,
    text,
    lines: new LineIndex(text),
    tokens,
    sentences: sents,
    entities: recognizeEntities(text, tokens, sents, ctx),
  };
}
