/**
 * Multipart routes cannot declare a body schema (Fastify would validate it against the parsed stream),
 * so their request bodies are added to the OpenAPI document here, by operationId.
 */
const file = { type: 'string', format: 'binary' };
const MULTIPART_BODIES: Record<string, { required: string[]; properties: Record<string, unknown> }> = {
  setOrganisationLogo: { required: ['file'], properties: { file: { ...file, description: 'PNG, JPEG or WebP, at most 512 KiB' } } },
  previewImport: { required: ['file'], properties: { file: { ...file, description: 'CSV (UTF-8) or XLSX' } } },
  attachDealDocument: { required: ['file'], properties: { file: { ...file, description: 'PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX or UTF-8 text, within the upload limit' } } },
  importListings: {
    required: ['file', 'mapping'],
    properties: {
      file: { ...file, description: 'CSV (UTF-8) or XLSX' },
      mapping: { type: 'string', description: 'JSON object: column header → field path' },
      defaults: { type: 'string', description: 'JSON object: field path → value for empty cells' },
    },
  },
};

type Operation = { operationId?: string; requestBody?: unknown };

export function addMultipartBodies<T>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      const body = op.operationId ? MULTIPART_BODIES[op.operationId] : undefined;
      if (body) op.requestBody = { required: true, content: { 'multipart/form-data': { schema: { type: 'object', ...body } } } };
    }
  }
  return document;
}
