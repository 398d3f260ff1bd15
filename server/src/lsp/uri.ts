// file: URIs <-> file system paths, with Node's own conversion so Windows drives and
// percent-encoding come out as VS Code expects.

import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  fromPath(path: string): string {
    return pathToFileURL(path).href;
  },
  /** The path of a file: URI, or undefined for other schemes (untitled:, git:, ...). */
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
};
