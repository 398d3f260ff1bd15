// The statistical tagger as the rest of the core sees it: sentences of tokens in, BIO tags out.
// The trained model lives in ./tagger/; the caller supplies a loaded instance (or none).

export interface EntityTagger {
  /** Tags one document: for each sentence, one tag per token ('B-PER', 'I-LOC', 'O', ...). */
  tagDocument(sentences: string[][]): string[][];
  /**
   * Optional fast path, the same answer as tagDocument without building a tag string per token:
   * the entity spans of the document, in order, as token ranges of its sentences concatenated.
   */
  tagEntities?(sentences: string[][]): TokenSpan[];
}

export interface TokenSpan {
  /** First token, counted over all sentences of the document. */
  first: number;
  /** One past the last token. */
  end: number;
  label: TaggedSpan['label'];
}

export interface TaggedSpan {
  start: number;
  end: number;
  label: 'PER' | 'LOC' | 'ORG' | 'MISC';
}
