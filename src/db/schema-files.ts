/**
 * Uploaded files, kept in the database so that app servers stay stateless and a database backup carries
 * every document. Metadata and bytes live in separate tables so that listing files never reads content.
 * Who may read a file is decided by the resource that references it (deal_documents, …).
 */
import { bytea } from './types.js';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    /** The organisation that uploaded it (distribution column). */
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    uploadedBy: uuid('uploaded_by'),
    /** Sanitised original name. */
    name: text('name').notNull(),
    /** Detected from the bytes; one of the allow-listed types. */
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('files_owner_idx').on(t.ownerOrganisationId)],
);

export const fileContents = pgTable('file_contents', {
  fileId: uuid('file_id')
    .primaryKey()
    .references(() => files.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
});
