// Dateline's own requests beyond LSP: their names and the shapes of their answers, shared by the
// server and the extension. Nothing but constants and types: the extension's bundle takes this
// file alone (test/unit/layers.test.ts checks that it imports nothing).

export const TIMELINE_REQUEST = 'dateline/timeline';

export interface TimelineResponse {
  events: Array<{
    id: string;
    name: string;
    kind?: string;
    cardDate?: string;
    cardUri?: string;
    note?: string;
    conflict: boolean;
    sources: Array<{ uri: string; file: string; line: number; character: number; text: string; value: string; conflict: boolean }>;
  }>;
}
