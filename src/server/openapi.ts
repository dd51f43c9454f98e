import { buildApp } from '../app.js';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/client.js';

/** The OpenAPI document as the server serves it, built on a throwaway in-memory database. */
export async function generateOpenApi(): Promise<unknown> {
  const database = await openDatabase({ engine: 'pglite', dataDir: null, lock: false });
  const config = parseConfig({ LOG_LEVEL: 'silent' }, 'current');
  const { app, close } = await buildApp(config, { database });
  try {
    return app.swagger();
  } finally {
    await close();
    await database.close();
  }
}
