/** Writes openapi.json from the route schemas (npm run openapi). A test fails when it is stale. */
import { writeFileSync } from 'node:fs';
import { generateOpenApi } from '../src/server/openapi.js';

const doc = await generateOpenApi();
writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`openapi.json: ${Object.keys((doc as { paths: object }).paths).length} paths`);
