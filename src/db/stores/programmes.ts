import { and, asc, desc, eq, exists, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Answer, Eligibility, FormQuestion, ProgrammeRound, ReviewSettings } from '../../domain/programmes/schema.js';
import type { ApplicantOrganisation, ApplicationRecord, ApplicationView, CoApplicant, ProgrammeRecord, ProgrammeStore } from '../../domain/programmes/store.js';
import type { ApplicationStatus, CoApplicantStatus, Decision, ProgrammeKind, ProgrammeStatus } from '../../domain/programmes/vocab.js';
import type { OrganisationType } from '../../domain/shared/vocab.js';
import type { Executor } from '../client.js';
import { organisations } from '../schema.js';
import { programmeApplications, programmeCoApplicants, programmes } from '../schema-programmes.js';
import { programmeProjectStore } from './programmes-projects.js';
import { programmeReviewStore } from './programmes-review.js';

type ProgrammeRow = typeof programmes.$inferSelect;
type ApplicationRow = typeof programmeApplications.$inferSelect;

const toProgramme = (row: ProgrammeRow, organisationName: string): ProgrammeRecord => ({
  ...row,
  organisationName,
  kind: row.kind as ProgrammeKind,
  status: row.status as ProgrammeStatus,
  rounds: row.rounds as ProgrammeRound[],
  eligibility: row.eligibility as Eligibility,
  form: row.form as FormQuestion[],
  review: row.review as ReviewSettings,
});

const toApplication = (row: ApplicationRow): ApplicationRecord => ({
  ...row,
  status: row.status as ApplicationStatus,
  decision: row.decision as Decision | null,
  answers: row.answers as Record<string, Answer>,
});

const orgColumns = { organisationId: organisations.id, name: organisations.name, type: organisations.type, country: organisations.country };
const toOrg = (r: { organisationId: string; name: string; type: string; country: string }): ApplicantOrganisation => ({ ...r, type: r.type as OrganisationType });

export function programmeStore(db: Executor): ProgrammeStore {
  const selectProgrammes = () =>
    db.select({ p: programmes, organisationName: organisations.name }).from(programmes).innerJoin(organisations, eq(organisations.id, programmes.organisationId));

  async function withOrganisations(rows: ApplicationRow[]): Promise<ApplicationView[]> {
    if (!rows.length) return [];
    const leadIds = [...new Set(rows.map((r) => r.organisationId))];
    const leads = new Map((await db.select(orgColumns).from(organisations).where(inArray(organisations.id, leadIds))).map((o) => [o.organisationId, toOrg(o)]));
    const coRows = await db
      .select({ applicationId: programmeCoApplicants.applicationId, status: programmeCoApplicants.status, ...orgColumns })
      .from(programmeCoApplicants)
      .innerJoin(organisations, eq(organisations.id, programmeCoApplicants.organisationId))
      .where(inArray(programmeCoApplicants.applicationId, rows.map((r) => r.id)))
      .orderBy(asc(programmeCoApplicants.createdAt), asc(organisations.name));
    const co = new Map<string, CoApplicant[]>();
    for (const { applicationId, status, ...org } of coRows) {
      co.set(applicationId, [...(co.get(applicationId) ?? []), { ...toOrg(org), status: status as CoApplicantStatus }]);
    }
    return rows.map((r) => {
      const lead = leads.get(r.organisationId);
      if (!lead) throw new Error(`application ${r.id} has no lead organisation`);
      return { ...toApplication(r), lead, coApplicants: co.get(r.id) ?? [] };
    });
  }

  return {
    async insert(p) {
      await db.insert(programmes).values(p);
    },
    async find(id) {
      const [row] = await selectProgrammes().where(eq(programmes.id, id)).limit(1);
      return row ? toProgramme(row.p, row.organisationName) : null;
    },
    async update(id, patch, expectedVersion) {
      const where = expectedVersion === undefined ? eq(programmes.id, id) : and(eq(programmes.id, id), eq(programmes.version, expectedVersion));
      const rows = await db
        .update(programmes)
        .set({ ...patch, version: sql`${programmes.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: programmes.id });
      return rows.length === 1;
    },
    async list(filter) {
      const conditions: SQL[] = [];
      const own = filter.organisationIds.length ? inArray(programmes.organisationId, filter.organisationIds) : sql`false`;
      if (filter.mineOnly) conditions.push(own);
      else conditions.push(or(ne(programmes.status, 'draft'), own, filter.includeAllDrafts ? sql`true` : sql`false`) as SQL);
      if (filter.kind) conditions.push(eq(programmes.kind, filter.kind));
      const rows = await selectProgrammes()
        .where(and(...conditions))
        .orderBy(desc(programmes.createdAt), asc(programmes.id))
        .limit(filter.limit);
      return rows.map((r) => toProgramme(r.p, r.organisationName));
    },

    async insertApplication(a) {
      await db.insert(programmeApplications).values(a);
    },
    async findApplication(id) {
      const rows = await db.select().from(programmeApplications).where(eq(programmeApplications.id, id)).limit(1);
      return (await withOrganisations(rows))[0] ?? null;
    },
    async updateApplication(id, patch, expectedVersion) {
      const where =
        expectedVersion === undefined ? eq(programmeApplications.id, id) : and(eq(programmeApplications.id, id), eq(programmeApplications.version, expectedVersion));
      const rows = await db
        .update(programmeApplications)
        .set({ ...patch, version: sql`${programmeApplications.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: programmeApplications.id });
      return rows.length === 1;
    },
    async listApplications(programmeId, filter) {
      const conditions: SQL[] = [eq(programmeApplications.programmeId, programmeId)];
      if (filter.statuses) conditions.push(filter.statuses.length ? inArray(programmeApplications.status, filter.statuses) : sql`false`);
      if (filter.organisationIds) {
        const ids = filter.organisationIds;
        const joined = exists(
          db
            .select({ one: sql`1` })
            .from(programmeCoApplicants)
            .where(and(eq(programmeCoApplicants.applicationId, programmeApplications.id), inArray(programmeCoApplicants.organisationId, ids))),
        );
        conditions.push(ids.length ? (or(inArray(programmeApplications.organisationId, ids), joined) as SQL) : sql`false`);
      }
      const rows = await db
        .select()
        .from(programmeApplications)
        .where(and(...conditions))
        .orderBy(asc(programmeApplications.createdAt), asc(programmeApplications.id));
      return withOrganisations(rows);
    },
    async setCoApplicant(applicationId, organisationId, status) {
      await db
        .insert(programmeCoApplicants)
        .values({ applicationId, organisationId, status })
        .onConflictDoUpdate({ target: [programmeCoApplicants.applicationId, programmeCoApplicants.organisationId], set: { status } });
    },
    async removeCoApplicant(applicationId, organisationId) {
      await db.delete(programmeCoApplicants).where(and(eq(programmeCoApplicants.applicationId, applicationId), eq(programmeCoApplicants.organisationId, organisationId)));
    },
    async awardedTotal(programmeId) {
      const [row] = await db
        .select({ total: sql<string | null>`sum(${programmeApplications.awardedMinor})` })
        .from(programmeApplications)
        .where(and(eq(programmeApplications.programmeId, programmeId), eq(programmeApplications.status, 'funded')));
      return Number(row?.total ?? 0);
    },
    ...programmeReviewStore(db),
    ...programmeProjectStore(db),
  };
}
