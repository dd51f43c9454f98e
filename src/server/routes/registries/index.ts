/** The registries: agreements and memoranda; training programmes, batches and trainees. */
import type { App, AppContext } from '../../context.js';
import { agreementDocumentRoutes } from './agreement-documents.js';
import { agreementRoutes } from './agreements.js';
import { trainingBatchRoutes } from './training-batches.js';
import { trainingRoutes } from './trainings.js';

export async function registryRoutes(app: App, ctx: AppContext) {
  await agreementRoutes(app, ctx);
  await agreementDocumentRoutes(app, ctx);
  await trainingRoutes(app, ctx);
  await trainingBatchRoutes(app, ctx);
}
