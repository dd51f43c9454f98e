import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AssignmentRecord, ProgrammeStore, ReviewerRecord } from '../../domain/programmes/store.js';
import type { ReviewerRole } from '../../domain/programmes/vocab.js';
import type { Executor } from '../client.js';
import { memberships, users } from '../schema.js';
import { programmeAssignments, programmeConflicts, programmeJuryScores, programmeReviewers } from '../schema-programmes.js';

type ReviewPart = Pick<
  ProgrammeStore,
  | 'upsertReviewer'
  | 'removeReviewer'
  | 'reviewers'
  | 'reviewer'
  | 'reviewingProgrammeIds'
  | 'insertConflict'
  | 'conflicts'
  | 'insertAssignment'
  | 'findAssignment'
  | 'deleteAssignment'
  | 'assignments'
  | 'saveReview'
  | 'upsertJuryScore'
  | 'juryScores'
>;

const toAssignment = (row: typeof programmeAssignments.$inferSelect): AssignmentRecord => row;

export function programmeReviewStore(db: Executor): ReviewPart {
  async function reviewerRows(programmeId: string, userId?: string): Promise<ReviewerRecord[]> {
    const conditions = [eq(programmeReviewers.programmeId, programmeId)];
    if (userId) conditions.push(eq(programmeReviewers.userId, userId));
    const rows = await db
      .select({ r: programmeReviewers, displayName: users.displayName, email: users.email })
      .from(programmeReviewers)
      .innerJoin(users, eq(users.id, programmeReviewers.userId))
      .where(and(...conditions))
      .orderBy(asc(users.displayName), asc(users.id));
    if (!rows.length) return [];
    const member = await db
      .select({ userId: memberships.userId, organisationId: memberships.organisationId })
      .from(memberships)
      .where(inArray(memberships.userId, rows.map((r) => r.r.userId)));
    return rows.map(({ r, displayName, email }) => ({
      programmeId: r.programmeId,
      userId: r.userId,
      displayName,
      email,
      role: r.role as ReviewerRole,
      sectors: r.sectors,
      organisationIds: member.filter((m) => m.userId === r.userId).map((m) => m.organisationId),
    }));
  }

  return {
    async upsertReviewer(r) {
      await db
        .insert(programmeReviewers)
        .values(r)
        .onConflictDoUpdate({ target: [programmeReviewers.programmeId, programmeReviewers.userId], set: { role: r.role, sectors: r.sectors } });
    },
    async removeReviewer(programmeId, userId) {
      await db.delete(programmeReviewers).where(and(eq(programmeReviewers.programmeId, programmeId), eq(programmeReviewers.userId, userId)));
    },
    reviewers: (programmeId) => reviewerRows(programmeId),
    async reviewer(programmeId, userId) {
      return (await reviewerRows(programmeId, userId))[0] ?? null;
    },
    async reviewingProgrammeIds(userId) {
      const rows = await db.select({ id: programmeReviewers.programmeId }).from(programmeReviewers).where(eq(programmeReviewers.userId, userId));
      return rows.map((r) => r.id);
    },
    async insertConflict(c) {
      await db.insert(programmeConflicts).values(c);
    },
    async conflicts(programmeId) {
      return db.select().from(programmeConflicts).where(eq(programmeConflicts.programmeId, programmeId)).orderBy(asc(programmeConflicts.createdAt));
    },
    async insertAssignment(a) {
      const rows = await db.insert(programmeAssignments).values(a).onConflictDoNothing().returning({ id: programmeAssignments.id });
      return rows.length === 1;
    },
    async findAssignment(id) {
      const [row] = await db.select().from(programmeAssignments).where(eq(programmeAssignments.id, id)).limit(1);
      return row ? toAssignment(row) : null;
    },
    async deleteAssignment(id) {
      await db.delete(programmeAssignments).where(eq(programmeAssignments.id, id));
    },
    async assignments(programmeId, filter = {}) {
      const conditions = [eq(programmeAssignments.programmeId, programmeId)];
      if (filter.reviewerId) conditions.push(eq(programmeAssignments.reviewerId, filter.reviewerId));
      if (filter.applicationId) conditions.push(eq(programmeAssignments.applicationId, filter.applicationId));
      const rows = await db
        .select()
        .from(programmeAssignments)
        .where(and(...conditions))
        .orderBy(asc(programmeAssignments.createdAt), asc(programmeAssignments.id));
      return rows.map(toAssignment);
    },
    async saveReview(id, review) {
      await db.update(programmeAssignments).set(review).where(eq(programmeAssignments.id, id));
    },
    async upsertJuryScore(s) {
      await db
        .insert(programmeJuryScores)
        .values(s)
        .onConflictDoUpdate({
          target: [programmeJuryScores.programmeId, programmeJuryScores.roundId, programmeJuryScores.applicationId, programmeJuryScores.jurorId],
          set: { scores: s.scores, comment: s.comment, createdAt: new Date() },
        });
    },
    async juryScores(programmeId, roundId) {
      const conditions = [eq(programmeJuryScores.programmeId, programmeId)];
      if (roundId) conditions.push(eq(programmeJuryScores.roundId, roundId));
      return db
        .select()
        .from(programmeJuryScores)
        .where(and(...conditions))
        .orderBy(asc(programmeJuryScores.createdAt), asc(programmeJuryScores.jurorId));
    },
  };
}
