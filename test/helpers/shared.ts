/**
 * Where the shared read-only folder (source texts, benchdata) is: beside the project in CI and for
 * developers (../shared); INNOX_SHARED_DIR overrides it, and a copy cloned elsewhere (as the acceptance
 * script does in /tmp) falls back to the workplace's /work/shared.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sharedDir(): string {
  const candidates = [process.env.INNOX_SHARED_DIR, fileURLToPath(new URL('../../../shared', import.meta.url)), '/work/shared'];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(`${dir}/source-texts`));
  if (!found) throw new Error(`the shared folder was not found (tried ${candidates.filter(Boolean).join(', ')}); set INNOX_SHARED_DIR`);
  return found;
}
