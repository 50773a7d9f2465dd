/**
 * One task at a time per name, across the service worker's event handlers: Web Locks, which the
 * browser releases if the worker stops mid-task. Where the platform has none (unit tests under
 * Node), a promise chain per name does the same within the one context.
 */
const chains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(name, task);
  const run = (chains.get(name) ?? Promise.resolve()).then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  chains.set(name, settled);
  void settled.then(() => {
    if (chains.get(name) === settled) chains.delete(name);
  });
  return run;
}
