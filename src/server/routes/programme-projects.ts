import Type, { type TSchema } from 'typebox';
import * as projects from '../../domain/programmes/projects.js';
import { MilestoneInput, MilestonePatch, PaymentInput, ProgressReportInput, ProjectPatch } from '../../domain/programmes/schema.js';
import type { ProjectRecord } from '../../domain/programmes/store.js';
import { MILESTONE_STATUSES, PROJECT_STATUSES } from '../../domain/programmes/vocab.js';
import type { Actor, Stores } from '../../domain/ports.js';
import type { App, AppContext } from '../context.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['programme projects'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const MilestoneParams = Type.Object({ id: Type.String({ format: 'uuid' }), milestoneId: Type.String({ format: 'uuid' }) });

const ProjectSummary = {
  id: Type.String({ format: 'uuid' }),
  programmeId: Type.String({ format: 'uuid' }),
  applicationId: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  title: Type.String(),
  awardedMinor: Type.Integer(),
  currency: Nullable(Type.String()),
  status: Type.Enum([...PROJECT_STATUSES]),
  createdAt: Type.String({ format: 'date-time' }),
};
const ProjectListResponse = Type.Object({ items: Type.Array(Type.Object(ProjectSummary)) });
const ProjectResponse = Type.Object({
  ...ProjectSummary,
  paidMinor: Type.Integer({ description: 'Sum of the payments recorded' }),
  milestones: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), title: Type.String(), dueOn: Type.String({ format: 'date' }), status: Type.Enum([...MILESTONE_STATUSES]) })),
  reports: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), text: Type.String(), createdAt: Type.String({ format: 'date-time' }) })),
  payments: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), amountMinor: Type.Integer(), paidOn: Type.String({ format: 'date' }), note: Type.String() })),
  abilities: Type.Object({ manage: Type.Boolean(), report: Type.Boolean() }),
});

const summary = (p: ProjectRecord) => ({ ...p, createdAt: p.createdAt.toISOString() });

async function present(s: Stores, actor: Actor | null, id: string) {
  const { project, organiser, grantee } = await projects.loadProject(s, actor, id);
  const [milestones, reports, payments] = await Promise.all([s.programmes.milestones(id), s.programmes.reports(id), s.programmes.payments(id)]);
  return {
    ...summary(project),
    paidMinor: payments.reduce((sum, p) => sum + p.amountMinor, 0),
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, status: m.status })),
    reports: reports.map((r) => ({ id: r.id, text: r.text, createdAt: r.createdAt.toISOString() })),
    payments: payments.map((p) => ({ id: p.id, amountMinor: p.amountMinor, paidOn: p.paidOn, note: p.note })),
    abilities: { manage: organiser, report: grantee && project.status === 'active' },
  };
}

export async function programmeProjectRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/programmes/:id/projects',
    {
      schema: {
        operationId: 'listProgrammeProjects',
        tags,
        summary: 'Funded projects (organisers see all, grantees their own)',
        params: IdParams,
        response: { 200: ProjectListResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => ctx.uow.read(async (s) => ({ items: (await projects.projectList(s, request.actor, request.params.id)).map(summary) })),
  );

  app.get(
    '/api/programme-projects/:id',
    { schema: { operationId: 'getProgrammeProject', tags, summary: 'A funded project with milestones, reports and payments', params: IdParams, response: { 200: ProjectResponse, ...errors(400, 401, 404) } } },
    async (request) => ctx.uow.read((s) => present(s, request.actor, request.params.id)),
  );

  const write = (
    method: 'post' | 'patch',
    url: string,
    operationId: string,
    summaryText: string,
    body: TSchema,
    run: (s: Stores, actor: Actor | null, params: { id: string; milestoneId?: string }, body: never) => Promise<void>,
  ) => {
    app[method](
      url,
      {
        schema: {
          operationId,
          tags,
          summary: summaryText,
          params: url.includes(':milestoneId') ? MilestoneParams : IdParams,
          body,
          response: { 200: ProjectResponse, ...errors(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request) =>
        ctx.uow.run(async (s) => {
          const params = request.params as { id: string; milestoneId?: string };
          await run(s, request.actor, params, request.body as never);
          return present(s, request.actor, params.id);
        }),
    );
  };

  write('patch', '/api/programme-projects/:id', 'setProgrammeProjectStatus', 'Change the project status (organisers)', ProjectPatch, (s, a, p, b: { status: (typeof PROJECT_STATUSES)[number] }) =>
    projects.setProjectStatus(s, a, p.id, b.status),
  );
  write('post', '/api/programme-projects/:id/milestones', 'addProgrammeMilestone', 'Add a milestone with its due date (organisers)', MilestoneInput, (s, a, p, b: { title: string; dueOn: string }) =>
    projects.addMilestone(s, a, p.id, b),
  );
  write('patch', '/api/programme-projects/:id/milestones/:milestoneId', 'setProgrammeMilestoneStatus', 'Update a milestone’s status (organisers and the grantee)', MilestonePatch, (s, a, p, b: { status: (typeof MILESTONE_STATUSES)[number] }) =>
    projects.setMilestoneStatus(s, a, p.id, p.milestoneId ?? '', b.status),
  );
  write('post', '/api/programme-projects/:id/reports', 'addProgrammeProgressReport', 'Submit a progress report (the grantee)', ProgressReportInput, (s, a, p, b: { text: string }) =>
    projects.addProgressReport(s, a, p.id, b.text),
  );
  write('post', '/api/programme-projects/:id/payments', 'recordProgrammePayment', 'Record a payment (organisers; 409 PAYMENT_EXCEEDS_AWARD beyond the award)', PaymentInput, (s, a, p, b: { amountMinor: number; paidOn: string; note?: string }) =>
    projects.recordPayment(s, a, p.id, b),
  );
}
