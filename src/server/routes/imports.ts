import type { App, AppContext } from '../context.js';

// Import/export routes are being written (next commit); registered here so the composition root is final.
export async function importRoutes(_app: App, _ctx: AppContext) {}
