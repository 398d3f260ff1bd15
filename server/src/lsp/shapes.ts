// Checks of the shapes of values an editor sends, shared by request validation and document sync.

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** An LSP position: line and character are unsigned integers. */
export const isPosition = (v: unknown): boolean =>
  isObject(v) && Number.isInteger(v['line']) && Number.isInteger(v['character']) && (v['line'] as number) >= 0 && (v['character'] as number) >= 0;
