// What a thread that only tags (host/taggingWorker.ts) does with an article: its prose read,
// tokenized and tagged, with nothing else of the analysis (documentAnalysis.ts) loaded.

import { tokenize, sentences } from '../text/tokenize.ts';
import { formatFor } from '../formats/index.ts';
import { taggedSpans } from '../entities/taggedSpans.ts';
import type { EntityTagger, TaggedSpan } from '../entities/tagger.ts';

/**
 * The tagger's names in an article's prose as the tagger gives them (taggedSpans): for a thread
 * that tags articles another one analyzes, handing them over as `taggedElsewhere`. The precision
 * rules (filterTaggedSpans) are left to the analyzing thread, which has the tokens anyway: the
 * tagging thread is the busier of the two.
 */
export function taggerSpansOfArticle(path: string, source: string, tagger: EntityTagger): readonly TaggedSpan[] {
  const { text } = formatFor(path).read(source);
  const tokens = tokenize(text);
  return taggedSpans(tokens, sentences(text, tokens), tagger);
}
