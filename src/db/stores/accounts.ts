import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AccountStore } from '../../domain/accounts/store.js';
import type { Executor } from '../client.js';
import { memberships, organisations, passwordResetTokens, sessions, users } from '../schema.js';

export function accountStore(db: Executor): AccountStore {
  const toUser = (row: typeof users.$inferSelect) => ({
    id: row.id,
    email: row.email,
    passwordHash: row.passwordHash,
    displayName: row.displayName,
    locale: row.locale,
    isPlatformAdmin: row.isPlatformAdmin,
    createdAt: row.createdAt,
  });
  return {
    async findUserByEmail(email) {
      const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      return row ? toUser(row) : null;
    },
    async findUserById(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return row ? toUser(row) : null;
    },
    async insertUser(user) {
      await db.insert(users).values({ ...user, demo: user.demo ?? false });
    },
    async updateUser(id, patch) {
      await db.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id));
    },
    async membershipsOf(userId) {
      const rows = await db
        .select({ organisationId: memberships.organisationId, organisationName: organisations.name, role: memberships.role })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, userId))
        .orderBy(organisations.name);
      return rows.map((r) => ({ ...r, role: r.role === 'admin' ? 'admin' : 'member' }));
    },
    async insertSession(session) {
      await db.insert(sessions).values(session);
    },
    async findSession(idHash) {
      const [row] = await db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
      return row ? { idHash: row.idHash, userId: row.userId, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt } : null;
    },
    async touchSession(idHash, lastSeenAt, expiresAt) {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.idHash, idHash));
    },
    async deleteSession(idHash) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },
    async deleteSessionsOfUser(userId) {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },
    async insertResetToken(token) {
      await db.insert(passwordResetTokens).values(token);
    },
    async consumeResetToken(tokenHash, now) {
      const [row] = await db
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
        .returning({ userId: passwordResetTokens.userId });
      return row?.userId ?? null;
    },
  };
}
