// The editor's process id (initialize's processId) lets the server exit when the editor is gone:
// vscode-languageserver checks it every 3 s with process.kill(pid, 0) and exits when that throws.
// Where the editor runs as another user or in another PID namespace (containers, remote editors),
// that check throws from the start although the editor is alive, and the server would exit after
// 3 s. So the check is tried once when the editor introduces itself: if it fails then, it cannot
// work, and the server answers it for that pid as "alive" (the connection closing still ends it).
// The library offers no other way to turn its check off, hence the wrapper of process.kill.

type Kill = (pid: number, signal?: string | number) => true;

let unusable: number | undefined;
const wrapped = new WeakSet<object>();

/** Whether signalling the editor's process can tell if it is alive; if not, its check is kept quiet. */
export function watchParent(pid: number | null | undefined, proc: { kill: Kill } = process as unknown as { kill: Kill }): boolean {
  if (typeof pid !== 'number') return false;
  try {
    proc.kill(pid, 0);
    return true;
  } catch {
    unusable = pid;
    if (!wrapped.has(proc)) {
      const kill = proc.kill.bind(proc);
      proc.kill = ((p: number, signal?: string | number) => (signal === 0 && p === unusable ? true : kill(p, signal))) as Kill;
      wrapped.add(proc);
    }
    return false;
  }
}
