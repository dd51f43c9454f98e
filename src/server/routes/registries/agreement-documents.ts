/** An agreement's documents (uploads through the generic files foundation). */
import Type from 'typebox';
import { agreementDocumentContent, attachAgreementDocument, detachAgreementDocument } from '../../../domain/agreements/documents.js';
import { fail } from '../../../domain/errors.js';
import { today, type App, type AppContext } from '../../context.js';
import { AgreementDetailResponse } from '../../presenters/agreement.js';
import { FileDownload, sendFile } from '../../presenters/file.js';
import { errors, IdParams } from '../../schemas.js';
import { detail } from './agreements.js';

const tags = ['registries'];
const FileParams = Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) });

export async function agreementDocumentRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/registries/agreements/:id/documents',
    {
      schema: {
        operationId: 'attachAgreementDocument',
        tags,
        summary: 'Attach a document (multipart field "file": PDF, image, Word, Excel, PowerPoint or text; type detected from the content)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: AgreementDetailResponse, ...errors(400, 401, 403, 404, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) fail('BAD_REQUEST', { reason: 'the multipart field "file" is missing' });
      const bytes = await file.toBuffer();
      const body = await ctx.uow.run(async (s) => {
        await attachAgreementDocument(s, { clock: ctx.clock, maxUploadBytes: ctx.config.uploadLimitBytes }, request.actor, request.params.id, { filename: file.filename, bytes });
        return detail(s, request.actor, request.params.id, today(ctx));
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/registries/agreements/:id/documents/:fileId',
    { schema: { operationId: 'downloadAgreementDocument', tags, summary: 'Download a document (whoever may see the agreement)', params: FileParams, response: { 200: FileDownload, ...errors(400, 404) } } },
    async (request, reply) => {
      const { file, content } = await ctx.uow.read((s) => agreementDocumentContent(s, request.actor, request.params.id, request.params.fileId));
      return sendFile(reply, file, content);
    },
  );

  app.delete(
    '/api/registries/agreements/:id/documents/:fileId',
    { schema: { operationId: 'removeAgreementDocument', tags, summary: 'Remove a document (party members, platform admins)', params: FileParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => detachAgreementDocument(s, request.actor, request.params.id, request.params.fileId));
      return reply.status(204).send(null);
    },
  );
}
