/** Files as clients see them, and the one way they are sent: as an attachment the browser will not run. */
import Type from 'typebox';
import type { FastifyReply } from 'fastify';
import type { StoredFile } from '../../domain/files/store.js';

export const FileResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  mime: Type.String({ description: 'Detected from the content' }),
  sizeBytes: Type.Integer(),
  sha256: Type.String({ description: 'Hex SHA-256 of the content' }),
  ownerOrganisationId: Type.String({ format: 'uuid', description: 'The organisation that uploaded it' }),
  createdAt: Type.String({ format: 'date-time' }),
});

export function presentFile(file: StoredFile) {
  return { id: file.id, name: file.name, mime: file.mime, sizeBytes: file.sizeBytes, sha256: file.sha256, ownerOrganisationId: file.ownerOrganisationId, createdAt: file.createdAt.toISOString() };
}

/** RFC 6266: an ASCII fallback name plus the UTF-8 name (Chinese and Vietnamese names survive). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file for download: always an attachment, the detected type, nosniff, no caching by
 * shared caches, and a sandboxing CSP in case a browser renders it anyway.
 */
export function sendFile(reply: FastifyReply, file: StoredFile, content: Uint8Array) {
  return reply
    .header('content-type', file.mime === 'text/plain' ? 'text/plain; charset=utf-8' : file.mime)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('etag', `"${file.sha256}"`)
    .send(Buffer.from(content));
}

export const FileDownload = Type.Unsafe({ description: 'The file, as an attachment', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } });
