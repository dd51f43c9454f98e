import { and, asc, eq } from 'drizzle-orm';
import type { ProgrammeStore, ProjectRecord } from '../../domain/programmes/store.js';
import type { MilestoneStatus, ProjectStatus } from '../../domain/programmes/vocab.js';
import type { Executor } from '../client.js';
import { programmeMilestones, programmePayments, programmeProjects, programmeReports } from '../schema-programmes.js';

type ProjectPart = Pick<
  ProgrammeStore,
  | 'insertProject'
  | 'findProject'
  | 'projectForApplication'
  | 'projects'
  | 'updateProject'
  | 'insertMilestone'
  | 'updateMilestone'
  | 'milestones'
  | 'insertReport'
  | 'reports'
  | 'insertPayment'
  | 'payments'
>;

const toProject = (row: typeof programmeProjects.$inferSelect): ProjectRecord => ({ ...row, status: row.status as ProjectStatus });

export function programmeProjectStore(db: Executor): ProjectPart {
  return {
    async insertProject(p) {
      await db.insert(programmeProjects).values(p);
    },
    async findProject(id) {
      const [row] = await db.select().from(programmeProjects).where(eq(programmeProjects.id, id)).limit(1);
      return row ? toProject(row) : null;
    },
    async projectForApplication(applicationId) {
      const [row] = await db.select().from(programmeProjects).where(eq(programmeProjects.applicationId, applicationId)).limit(1);
      return row ? toProject(row) : null;
    },
    async projects(programmeId) {
      const rows = await db.select().from(programmeProjects).where(eq(programmeProjects.programmeId, programmeId)).orderBy(asc(programmeProjects.createdAt), asc(programmeProjects.id));
      return rows.map(toProject);
    },
    async updateProject(id, patch) {
      await db.update(programmeProjects).set(patch).where(eq(programmeProjects.id, id));
    },
    async insertMilestone(m) {
      await db.insert(programmeMilestones).values(m);
    },
    async updateMilestone(projectId, id, status) {
      const rows = await db
        .update(programmeMilestones)
        .set({ status })
        .where(and(eq(programmeMilestones.projectId, projectId), eq(programmeMilestones.id, id)))
        .returning({ id: programmeMilestones.id });
      return rows.length === 1;
    },
    async milestones(projectId) {
      const rows = await db.select().from(programmeMilestones).where(eq(programmeMilestones.projectId, projectId)).orderBy(asc(programmeMilestones.dueOn), asc(programmeMilestones.id));
      return rows.map((r) => ({ id: r.id, projectId: r.projectId, title: r.title, dueOn: r.dueOn, status: r.status as MilestoneStatus }));
    },
    async insertReport(r) {
      await db.insert(programmeReports).values(r);
    },
    async reports(projectId) {
      return db.select().from(programmeReports).where(eq(programmeReports.projectId, projectId)).orderBy(asc(programmeReports.createdAt));
    },
    async insertPayment(p) {
      await db.insert(programmePayments).values(p);
    },
    async payments(projectId) {
      return db.select().from(programmePayments).where(eq(programmePayments.projectId, projectId)).orderBy(asc(programmePayments.paidOn), asc(programmePayments.createdAt));
    },
  };
}
