/**
 * Builds the web UI (src/web) into dist/web, which the API server serves with an SPA fallback.
 * In development, `npx vite --config vite.config.ts` proxies /api to the API server
 * (INNOX_API_URL, default http://127.0.0.1:3000) so cookies stay same-origin.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const apiTarget = process.env['INNOX_API_URL'] ?? 'http://127.0.0.1:3000';
/**
 * API calls go to the server; the UI's own modules under src/web/api/ (served by Vite as /api/*.ts in
 * development) must not.
 */
const apiProxy = { '^/api/(?![^?]*\\.tsx?(?:\\?|$))': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // antd and echarts are split into their own chunks; the limit only silences the size notice.
    chunkSizeWarningLimit: 1600,
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
