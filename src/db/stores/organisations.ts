import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { OrganisationRecord, OrganisationStore } from '../../domain/organisations/store.js';
import type { MemberRole, OrganisationType } from '../../domain/shared/vocab.js';
import type { Executor } from '../client.js';
import { invitations, memberships, organisationLogos, organisations, users } from '../schema.js';

const toRecord = (row: typeof organisations.$inferSelect): OrganisationRecord => ({
  ...row,
  type: row.type as OrganisationType,
  verificationStatus: row.verificationStatus as OrganisationRecord['verificationStatus'],
});

const asRole = (role: string): MemberRole => (role === 'admin' ? 'admin' : 'member');

export function organisationStore(db: Executor): OrganisationStore {
  return {
    async insert(org) {
      await db.insert(organisations).values(org);
    },
    async find(id) {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
      return row ? toRecord(row) : null;
    },
    async update(id, patch, expectedVersion) {
      const where = expectedVersion === undefined ? eq(organisations.id, id) : and(eq(organisations.id, id), eq(organisations.version, expectedVersion));
      const rows = await db
        .update(organisations)
        .set({ ...patch, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: organisations.id });
      return rows.length === 1;
    },
    async list(filter) {
      const conditions: SQL[] = [];
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        conditions.push(or(ilike(organisations.name, pattern), sql`${organisations.descriptions}::text ILIKE ${pattern}`) as SQL);
      }
      if (filter.type?.length) conditions.push(inArray(organisations.type, filter.type));
      if (filter.country?.length) conditions.push(inArray(organisations.country, filter.country));
      if (filter.verificationStatus?.length) conditions.push(inArray(organisations.verificationStatus, filter.verificationStatus));
      if (filter.after) {
        conditions.push(
          or(gt(organisations.name, filter.after.name), and(eq(organisations.name, filter.after.name), gt(organisations.id, filter.after.id))) as SQL,
        );
      }
      const rows = await db
        .select()
        .from(organisations)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(asc(organisations.name), asc(organisations.id))
        .limit(filter.limit);
      return rows.map(toRecord);
    },
    async members(organisationId) {
      const rows = await db
        .select({ userId: users.id, displayName: users.displayName, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(users.displayName);
      return rows.map((r) => ({ ...r, role: asRole(r.role) }));
    },
    async memberRole(organisationId, userId) {
      const [row] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
      return row ? asRole(row.role) : null;
    },
    async addMember(organisationId, userId, role) {
      await db.insert(memberships).values({ organisationId, userId, role });
    },
    async setMemberRole(organisationId, userId, role) {
      await db.update(memberships).set({ role }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    },
    async removeMember(organisationId, userId) {
      await db.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    },
    async insertInvitation(inv) {
      await db.insert(invitations).values(inv);
    },
    async findInvitationByTokenHash(tokenHash) {
      const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).limit(1);
      return row ? { id: row.id, organisationId: row.organisationId, email: row.email, role: asRole(row.role), expiresAt: row.expiresAt, acceptedAt: row.acceptedAt } : null;
    },
    async markInvitationAccepted(id, at) {
      await db.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, id));
    },
    async setLogo(organisationId, mime, image) {
      await db
        .insert(organisationLogos)
        .values({ organisationId, mime, image })
        .onConflictDoUpdate({ target: organisationLogos.organisationId, set: { mime, image, updatedAt: new Date() } });
      await db.update(organisations).set({ hasLogo: true }).where(eq(organisations.id, organisationId));
    },
    async counts() {
      const [row] = await db
        .select({ organisations: sql<number>`count(*)::int`, countries: sql<number>`count(DISTINCT ${organisations.country})::int` })
        .from(organisations);
      return { organisations: Number(row?.organisations ?? 0), countries: Number(row?.countries ?? 0) };
    },
    async getLogo(organisationId) {
      const [row] = await db.select().from(organisationLogos).where(eq(organisationLogos.organisationId, organisationId)).limit(1);
      return row ? { mime: row.mime, image: row.image } : null;
    },
  };
}
