// The statistical tagger as the rest of the core sees it: sentences of tokens in, BIO tags out.
// The trained model lives in ./tagger/; the caller supplies a loaded instance (or none).

export interface EntityTagger {
  /** Tags one document: for each sentence, one tag per token ('B-PER', 'I-LOC', 'O', ...). */
  tagDocument(sentences: string[][]): string[][];
  /**
   * Optional fast path, the same answer as tagDocument without building a tag string per token:
   * the entity spans of the document, in order, as token ranges of its sentences concatenated.
   */
  tagEntities?(sentences: string[][], memo?: TaggerMemo): TokenSpan[];
  /**
   * Optional: a memo for tagEntities to keep what tagging one document left, so that tagging its
   * next version (after an edit) redoes only what changed. Same answer with or without it.
   */
  newMemo?(): TaggerMemo;
}

/** Opaque to the caller: only the tagger that made it reads it. */
export type TaggerMemo = object;

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
