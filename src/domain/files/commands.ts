/** Accepting an upload: sniffed type from the allow-list, size limit, sanitised name, checksum. */
import { createHash, randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Clock, Stores } from '../ports.js';
import { ALLOWED_FILE_TYPES, sniffFileType, type AllowedFileType } from './sniff.js';
import type { StoredFile } from './store.js';

export interface UploadInput {
  /** The name the client sent (untrusted). */
  filename: string;
  bytes: Uint8Array;
}

export interface UploadPolicy {
  maxBytes: number;
  /** A narrower allow-list than the platform's, if the referencing resource wants one. */
  allowed?: readonly AllowedFileType[];
}

const MAX_NAME_LENGTH = 180;

/**
 * A file name that is safe to store and to send back in Content-Disposition: no folders, no control or
 * reserved characters, NFC, at most 180 characters, and an extension that fits the detected type (a PDF
 * called "offer.exe" is saved as "offer.exe.pdf").
 */
export function sanitiseFileName(raw: string, mime: AllowedFileType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = base
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extensions: readonly string[] = ALLOWED_FILE_TYPES[mime];
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  const fits = !!ext && extensions.includes(ext.toLowerCase());
  const stem = (fits && ext ? name.slice(0, -(ext.length + 1)) : name).trimEnd() || 'file';
  const tail = `.${fits && ext ? ext.toLowerCase() : extensions[0]}`;
  return `${[...stem].slice(0, MAX_NAME_LENGTH - tail.length).join('').trimEnd()}${tail}`;
}

/** Checks and stores an upload for an organisation; 413 when too large, 415 when not an allowed type. */
export async function storeUpload(stores: Stores, clock: Clock, uploader: { userId: string; organisationId: string }, input: UploadInput, policy: UploadPolicy): Promise<StoredFile> {
  if (input.bytes.byteLength > policy.maxBytes) fail('PAYLOAD_TOO_LARGE', { maxBytes: policy.maxBytes });
  if (input.bytes.byteLength === 0) fail('BAD_REQUEST', { reason: 'the file is empty' });
  const mime = sniffFileType(input.bytes);
  const allowed: readonly string[] = policy.allowed ?? Object.keys(ALLOWED_FILE_TYPES);
  if (!mime || !allowed.includes(mime)) fail('UNSUPPORTED_MEDIA_TYPE', { reason: 'file type not allowed', allowed });
  const file: StoredFile = {
    id: randomUUID(),
    ownerOrganisationId: uploader.organisationId,
    uploadedBy: uploader.userId,
    name: sanitiseFileName(input.filename, mime),
    mime,
    sizeBytes: input.bytes.byteLength,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    createdAt: clock.now(),
  };
  await stores.files.insert(file, input.bytes);
  return file;
}
