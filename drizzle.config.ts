import { defineConfig } from 'drizzle-kit';

// Only used to *generate* SQL migrations; they are applied by src/db/migrate.ts on both engines
// (drizzle-kit migrate cannot load PGlite's extensions).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
