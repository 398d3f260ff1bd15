// A finding is what the checks report about a document: the core's diagnostic, free of LSP types.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  path: string;
  start: number;
  end: number;
  severity: Severity;
  /** Names the check: 'date-conflict', 'entity-without-card', 'file-binary', ... */
  code: string;
  message: string;
  related: RelatedLocation[];
}
