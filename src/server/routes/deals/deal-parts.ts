/** A deal's parties, notes and documents (uploads through the generic files foundation). */
import Type from 'typebox';
import { attachDocument, detachDocument, documentContent } from '../../../domain/deals/documents.js';
import { addNote, addParty, deleteNote, removeParty } from '../../../domain/deals/parties.js';
import { NoteInput, PartyInput } from '../../../domain/deals/schema.js';
import { fail } from '../../../domain/errors.js';
import type { App, AppContext } from '../../context.js';
import { DealResponse } from '../../presenters/deal.js';
import { FileDownload, sendFile } from '../../presenters/file.js';
import { errors, IdParams } from '../../schemas.js';
import { dealContext, presentDealFor } from './deals.js';

const tags = ['deals'];
const Id = Type.String({ format: 'uuid' });
const PartyParams = Type.Object({ id: Id, organisationId: Id });
const NoteParams = Type.Object({ id: Id, noteId: Id });
const FileParams = Type.Object({ id: Id, fileId: Id });

export async function dealPartRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/deals/:id/parties',
    {
      schema: {
        operationId: 'addDealParty',
        tags,
        summary: "The owner adds another organisation as a party; its members see the deal at once",
        params: IdParams,
        body: PartyInput,
        response: { 200: DealResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await addParty(s, ctx.clock, request.actor, request.params.id, request.body);
        return presentDealFor(s, ctx, request.actor, request.params.id);
      }),
  );

  app.delete(
    '/api/deals/:id/parties/:organisationId',
    {
      schema: {
        operationId: 'removeDealParty',
        tags,
        summary: 'The owner removes a party, or a party leaves; the owner and one other party always remain',
        params: PartyParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => removeParty(s, request.actor, request.params.id, request.params.organisationId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/deals/:id/notes',
    {
      schema: { operationId: 'addDealNote', tags, summary: 'Add a note all parties read', params: IdParams, body: NoteInput, response: { 201: DealResponse, ...errors(400, 401, 403, 404, 429) } },
    },
    async (request, reply) => {
      const deal = await ctx.uow.run(async (s) => {
        await addNote(s, ctx.clock, request.actor, request.params.id, request.body);
        return presentDealFor(s, ctx, request.actor, request.params.id);
      });
      return reply.status(201).send(deal);
    },
  );

  app.delete(
    '/api/deals/:id/notes/:noteId',
    { schema: { operationId: 'deleteDealNote', tags, summary: 'Delete your note', params: NoteParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => deleteNote(s, request.actor, request.params.id, request.params.noteId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/deals/:id/documents',
    {
      schema: {
        operationId: 'attachDealDocument',
        tags,
        summary: 'Attach a document (multipart field "file": PDF, image, Word, Excel, PowerPoint or text; type detected from the content)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: DealResponse, ...errors(400, 401, 403, 404, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) fail('BAD_REQUEST', { reason: 'the multipart field "file" is missing' });
      const bytes = await file.toBuffer();
      const deal = await ctx.uow.run(async (s) => {
        await attachDocument(s, { ...dealContext(ctx), maxUploadBytes: ctx.config.uploadLimitBytes }, request.actor, request.params.id, { filename: file.filename, bytes });
        return presentDealFor(s, ctx, request.actor, request.params.id);
      });
      return reply.status(201).send(deal);
    },
  );

  app.get(
    '/api/deals/:id/documents/:fileId',
    {
      schema: { operationId: 'downloadDealDocument', tags, summary: "Download a document (the deal's parties)", params: FileParams, response: { 200: FileDownload, ...errors(400, 401, 404) } },
    },
    async (request, reply) => {
      const { file, content } = await ctx.uow.read((s) => documentContent(s, request.actor, request.params.id, request.params.fileId));
      return sendFile(reply, file, content);
    },
  );

  app.delete(
    '/api/deals/:id/documents/:fileId',
    {
      schema: {
        operationId: 'removeDealDocument',
        tags,
        summary: 'Remove a document (the organisation that uploaded it, or the owner)',
        params: FileParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => detachDocument(s, request.actor, request.params.id, request.params.fileId));
      return reply.status(204).send(null);
    },
  );
}
