/** Starting a real Innox server as a child process, for the crash test and the load benchmark. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Server {
  process: ChildProcess;
  base: string;
  exited: Promise<number | null>;
}

/** Starts `src/main.ts` with `env` on `port` and resolves once /api/health answers 200 (fails with its stderr). */
export async function startServer(env: Record<string, string>, port: number): Promise<{ server: Server; startMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) while starting:\n${stderr}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`the server did not start in 120 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { server: { process: child, base, exited }, startMs: performance.now() - started };
}

