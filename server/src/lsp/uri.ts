// file: URIs <-> file system paths, with Node's own conversion so Windows drives and
// percent-encoding come out as VS Code expects.

import { fileURLToPath, pathToFileURL } from 'node:url';

// Paths repeat endlessly in diagnostics and locations; converting each once is enough.
const uriCache = new Map<string, string>();
/** And back: fileURLToPath costs some 10 µs a call. */
const pathCache = new Map<string, string | undefined>();
const MAX_CACHED = 50000;
/**
 * The URI an editor opened a file under, when it spells it otherwise than Node would (lowercase
 * %xx, a query or fragment, `..`): what the server publishes and answers for that file must use
 * the editor's spelling, or an editor that compares URIs as strings shows nothing.
 */
const editorSpelling = new Map<string, string>();

/**
 * An untitled buffer (never saved) has no path: the workspace knows it by its URI itself, which
 * no file path starts with.
 */
export function isUntitled(path: string): boolean {
  return path.startsWith('untitled:');
}

export const URI = {
  fromPath(path: string): string {
    if (isUntitled(path)) return path;
    const spelled = editorSpelling.get(path);
    if (spelled !== undefined) return spelled;
    let uri = uriCache.get(path);
    if (uri === undefined) {
      uri = pathToFileURL(path).href;
      if (uriCache.size >= MAX_CACHED) uriCache.clear();
      uriCache.set(path, uri);
    }
    return uri;
  },
  /** An editor opened a document under this URI: use its spelling for the file from now on. */
  remember(uri: string): void {
    const path = URI.toPath(uri);
    if (path !== undefined && !isUntitled(path) && uri !== pathToFileURL(path).href) editorSpelling.set(path, uri);
  },
  /** The editor closed it. */
  forget(uri: string): void {
    const path = URI.toPath(uri);
    if (path !== undefined && editorSpelling.get(path) === uri) editorSpelling.delete(path);
  },
  /** The path of a file: URI, an untitled buffer's URI as it is, or undefined for other schemes (git:, ...). */
  toPath(uri: string): string | undefined {
    if (isUntitled(uri)) return uri;
    if (!uri.startsWith('file:')) return undefined;
    if (pathCache.has(uri)) return pathCache.get(uri);
    let path: string | undefined;
    try {
      path = fileURLToPath(uri);
    } catch {
      path = undefined;
    }
    if (pathCache.size >= MAX_CACHED) pathCache.clear();
    pathCache.set(uri, path);
    return path;
  },
};
