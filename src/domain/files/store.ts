/**
 * Uploaded files, kept in the database (the app servers are stateless and a database backup must carry
 * the documents). A file belongs to the organisation that uploaded it; who may read it is decided by the
 * resource that references it (a deal's documents by the deal's parties), never by the file itself.
 */
import type { AllowedFileType } from './sniff.js';

export interface StoredFile {
  id: string;
  ownerOrganisationId: string;
  uploadedBy: string | null;
  /** The uploader's file name, sanitised (no path, no control characters, extension fits the type). */
  name: string;
  /** Detected from the bytes, never the declared type. */
  mime: AllowedFileType;
  sizeBytes: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  createdAt: Date;
}

export interface FileStore {
  insert(file: StoredFile, content: Uint8Array): Promise<void>;
  find(id: string): Promise<StoredFile | null>;
  findMany(ids: string[]): Promise<StoredFile[]>;
  /** The bytes; read only for a download, never with listings of files. */
  content(id: string): Promise<Uint8Array | null>;
  delete(id: string): Promise<void>;
}
