/**
 * Starts a worker thread from a module next to the caller. Under tsx (how Innox runs) the sibling is a
 * `.ts` file, which a plain worker cannot load: tsx's loader hooks do not reach worker threads on Node 20,
 * so the worker first registers tsx itself. Compiled `.js` modules start directly.
 */
import { Worker } from 'node:worker_threads';

export function spawnWorker(moduleUrl: URL, workerData: unknown, transferList: ArrayBuffer[] = []): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData, transferList });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(moduleUrl.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData, transferList });
}

/** The URL of a sibling module with the same extension as `fromUrl` (`.ts` under tsx, `.js` when built). */
export function siblingModule(fromUrl: string, baseName: string): URL {
  const extension = fromUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${baseName}${extension}`, fromUrl);
}
