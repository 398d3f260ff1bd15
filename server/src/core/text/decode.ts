// Turns the bytes of a file into text, or explains why it cannot. Never throws.

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; bom: boolean }
  | { ok: false; reason: 'binary' | 'too-large'; message: string };

export interface DecodeOptions {
  /** Files larger than this many bytes are not decoded. */
  maxBytes?: number;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `file is ${formatSize(bytes.length)}, over the limit of ${formatSize(options.maxBytes)}; skipped`,
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'file looks binary (it contains NUL or control bytes); skipped' };
  }
  return decodeUtf8(bytes, false);
}

/** One decoder for every file (making one per file cost more than decoding a short article). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    // Not valid UTF-8: news exports are often Windows-1252 (a superset of Latin-1 for text).
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
