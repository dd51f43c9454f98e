import { eq, inArray } from 'drizzle-orm';
import type { AllowedFileType } from '../../domain/files/sniff.js';
import type { FileStore, StoredFile } from '../../domain/files/store.js';
import type { Executor } from '../client.js';
import { fileContents, files } from '../schema.js';

export const toStoredFile = (row: typeof files.$inferSelect): StoredFile => ({ ...row, mime: row.mime as AllowedFileType });

export function fileStore(db: Executor): FileStore {
  return {
    async insert(file, content) {
      await db.insert(files).values(file);
      await db.insert(fileContents).values({ fileId: file.id, content });
    },
    async find(id) {
      const [row] = await db.select().from(files).where(eq(files.id, id)).limit(1);
      return row ? toStoredFile(row) : null;
    },
    async findMany(ids) {
      if (ids.length === 0) return [];
      return (await db.select().from(files).where(inArray(files.id, ids))).map(toStoredFile);
    },
    async content(id) {
      const [row] = await db.select({ content: fileContents.content }).from(fileContents).where(eq(fileContents.fileId, id)).limit(1);
      return row ? new Uint8Array(row.content) : null;
    },
    async delete(id) {
      await db.delete(files).where(eq(files.id, id));
    },
  };
}
