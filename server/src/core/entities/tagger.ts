// The statistical tagger as the rest of the core sees it: sentences of tokens in, BIO tags out.
// The trained model lives in ./tagger/; the caller supplies a loaded instance (or none).

export interface EntityTagger {
  /** Tags one document: for each sentence, one tag per token ('B-PER', 'I-LOC', 'O', ...). */
  tagDocument(sentences: string[][]): string[][];
}

export interface TaggedSpan {
  start: number;
  end: number;
  label: 'PER' | 'LOC' | 'ORG' | 'MISC';
}
