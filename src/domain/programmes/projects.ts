/** Funded projects: milestones, progress reports, payments and status. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import { isOrganiser } from './policy.js';
import type { ProgrammeRecord, ProjectRecord } from './store.js';
import type { MilestoneStatus, ProjectStatus } from './vocab.js';

export interface LoadedProject {
  project: ProjectRecord;
  programme: ProgrammeRecord;
  organiser: boolean;
  grantee: boolean;
}

/** Organisers and members of the funded organisation see a project; nobody else. */
export async function loadProject(stores: Stores, actor: Actor | null, id: string): Promise<LoadedProject & { actor: Actor }> {
  if (!actor) fail('UNAUTHENTICATED');
  const project = await stores.programmes.findProject(id);
  const programme = project ? await stores.programmes.find(project.programmeId) : null;
  if (!project || !programme) fail('PROJECT_NOT_FOUND');
  const organiser = isOrganiser(actor, programme);
  const grantee = actor.memberships.has(project.organisationId);
  if (!organiser && !grantee) fail('PROJECT_NOT_FOUND');
  return { project, programme, organiser, grantee, actor };
}

async function asOrganiser(stores: Stores, actor: Actor | null, id: string) {
  const loaded = await loadProject(stores, actor, id);
  if (!loaded.organiser) fail('FORBIDDEN', { reason: 'organisers_only' });
  return loaded;
}

export async function addMilestone(stores: Stores, actor: Actor | null, projectId: string, input: { title: string; dueOn: string }): Promise<void> {
  const { project } = await asOrganiser(stores, actor, projectId);
  await stores.programmes.insertMilestone({ id: randomUUID(), projectId, programmeId: project.programmeId, title: input.title.trim(), dueOn: input.dueOn, status: 'planned' });
}

/** Organisers and the grantee both keep milestones up to date. */
export async function setMilestoneStatus(stores: Stores, actor: Actor | null, projectId: string, milestoneId: string, status: MilestoneStatus): Promise<void> {
  await loadProject(stores, actor, projectId);
  if (!(await stores.programmes.updateMilestone(projectId, milestoneId, status))) fail('MILESTONE_NOT_FOUND');
}

export async function addProgressReport(stores: Stores, actor: Actor | null, projectId: string, text: string): Promise<void> {
  const { project, grantee, actor: a } = await loadProject(stores, actor, projectId);
  if (!grantee) fail('FORBIDDEN', { reason: 'grantee_only' });
  if (project.status !== 'active') fail('INVALID_TRANSITION', { status: project.status, action: 'report' });
  await stores.programmes.insertReport({ id: randomUUID(), projectId, programmeId: project.programmeId, text: text.trim(), submittedBy: a.userId });
}

export async function recordPayment(stores: Stores, actor: Actor | null, projectId: string, input: { amountMinor: number; paidOn: string; note?: string }): Promise<void> {
  const { project, actor: a } = await asOrganiser(stores, actor, projectId);
  const paid = (await stores.programmes.payments(projectId)).reduce((sum, p) => sum + p.amountMinor, 0);
  if (paid + input.amountMinor > project.awardedMinor) fail('PAYMENT_EXCEEDS_AWARD', { awardedMinor: project.awardedMinor, paidMinor: paid });
  await stores.programmes.insertPayment({ id: randomUUID(), projectId, programmeId: project.programmeId, amountMinor: input.amountMinor, paidOn: input.paidOn, note: input.note?.trim() ?? '', recordedBy: a.userId });
}

export async function setProjectStatus(stores: Stores, actor: Actor | null, projectId: string, status: ProjectStatus): Promise<void> {
  const { project } = await asOrganiser(stores, actor, projectId);
  if (project.status === 'completed' || project.status === 'terminated') fail('INVALID_TRANSITION', { status: project.status, action: status });
  await stores.programmes.updateProject(projectId, { status });
}

export async function projectList(stores: Stores, actor: Actor | null, programmeId: string): Promise<ProjectRecord[]> {
  if (!actor) fail('UNAUTHENTICATED');
  const programme = await stores.programmes.find(programmeId);
  if (!programme) fail('PROGRAMME_NOT_FOUND');
  const all = await stores.programmes.projects(programmeId);
  return isOrganiser(actor, programme) ? all : all.filter((p) => actor.memberships.has(p.organisationId));
}
