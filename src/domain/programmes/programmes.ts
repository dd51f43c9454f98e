/** Commands on the programme itself: create, edit, the status transitions, delete. */
import { randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { formDefinitionProblems } from './form.js';
import { canOnProgramme, isOrganiser, type ProgrammeAction } from './policy.js';
import { OPEN_ELIGIBILITY, type ProgrammeInput, type ProgrammePatch, type ReviewSettings } from './schema.js';
import type { ProgrammeRecord, ProgrammeUpdate, ReviewerRecord } from './store.js';
import type { ProgrammeKind, ProgrammeStatus } from './vocab.js';

export const DEFAULT_REVIEW: ReviewSettings = { blind: false, reviewersPerApplication: 3, criteria: [] };

/** Loads a programme the actor may see (with the actor's reviewer entry); an invisible draft is not found. */
export async function loadProgramme(stores: Stores, actor: Actor | null, id: string): Promise<{ programme: ProgrammeRecord; reviewer: ReviewerRecord | null }> {
  const programme = await stores.programmes.find(id);
  if (!programme) fail('PROGRAMME_NOT_FOUND');
  const reviewer = actor ? await stores.programmes.reviewer(id, actor.userId) : null;
  if (!canOnProgramme(actor, 'view', programme, reviewer)) fail('PROGRAMME_NOT_FOUND');
  return { programme, reviewer };
}

/** Fails with 401, 403 (not an organiser) or 409 (the status does not allow it). */
export function authoriseOnProgramme(actor: Actor | null, action: ProgrammeAction, programme: ProgrammeRecord): asserts actor is Actor {
  if (canOnProgramme(actor, action, programme)) return;
  if (!actor) fail('UNAUTHENTICATED');
  const entitled = action === 'apply' || isOrganiser(actor, programme);
  fail(entitled ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: programme.status, action });
}

export async function programmeFor(stores: Stores, actor: Actor | null, id: string, action: ProgrammeAction): Promise<{ programme: ProgrammeRecord; actor: Actor }> {
  const { programme } = await loadProgramme(stores, actor, id);
  authoriseOnProgramme(actor, action, programme);
  return { programme, actor };
}

function fieldProblems(fields: Partial<ProgrammeInput>, current?: ProgrammeRecord): FieldError[] {
  const problems: FieldError[] = [];
  const title = fields.title ?? current?.title;
  const language = fields.defaultLanguage ?? current?.defaultLanguage;
  if (title && language && !title[language as keyof typeof title]?.trim()) problems.push({ path: `/title/${language}`, message: 'the title must be given in the default language' });
  const budget = fields.budgetMinor !== undefined ? fields.budgetMinor : current?.budgetMinor;
  const currency = fields.currency !== undefined ? fields.currency : current?.currency;
  if (budget !== null && budget !== undefined && !currency) problems.push({ path: '/currency', message: 'a budget needs a currency' });
  const roundIds = new Set<string>();
  (fields.rounds ?? []).forEach((r, i) => {
    if (roundIds.has(r.id)) problems.push({ path: `/rounds/${i}/id`, message: 'duplicate round id' });
    roundIds.add(r.id);
    if (r.opensAt && r.opensAt > r.closesAt) problems.push({ path: `/rounds/${i}/closesAt`, message: 'must not be before opensAt' });
  });
  if (fields.form) problems.push(...formDefinitionProblems(fields.form));
  const criteria = fields.review?.criteria ?? [];
  const criterionIds = new Set<string>();
  criteria.forEach((c, i) => {
    if (criterionIds.has(c.id)) problems.push({ path: `/review/criteria/${i}/id`, message: 'duplicate criterion id' });
    criterionIds.add(c.id);
    if (c.min >= c.max) problems.push({ path: `/review/criteria/${i}/max`, message: 'must be above min' });
  });
  return problems;
}

async function checkFields(stores: Stores, fields: Partial<ProgrammeInput>, current?: ProgrammeRecord): Promise<void> {
  const problems = fieldProblems(fields, current);
  if (problems.length) fail('VALIDATION_FAILED', problems);
  if (fields.eligibility) assertCountries(fields.eligibility.countries.map((code, i) => ({ path: `/eligibility/countries/${i}`, code })));
  if (fields.sectors?.length) {
    const unknown = await stores.platform.unknownConcepts(fields.sectors, 'sector');
    if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
  }
}

export async function createProgramme(stores: Stores, clock: Clock, actor: Actor | null, input: ProgrammeInput, options: { demo?: boolean } = {}): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const org = await loadOrganisation(stores, input.organisationId);
  if (!isOrganiser(actor, { organisationId: org.id })) fail('FORBIDDEN', { reason: 'not_an_organisation_admin' });
  await checkFields(stores, input);
  const id = randomUUID();
  await stores.programmes.insert({
    id,
    organisationId: org.id,
    kind: input.kind,
    status: 'draft',
    title: input.title,
    description: input.description ?? {},
    defaultLanguage: input.defaultLanguage,
    sectors: input.sectors ?? [],
    budgetMinor: input.budgetMinor ?? null,
    currency: input.currency ?? null,
    rounds: input.rounds ?? [],
    eligibility: input.eligibility ?? OPEN_ELIGIBILITY,
    form: input.form ?? [],
    review: input.review ?? DEFAULT_REVIEW,
    createdBy: actor.userId,
    demo: options.demo ?? false,
  });
  await stores.platform.audit({ actorId: actor.userId, action: 'programme.created', subjectType: 'programme', subjectId: id, details: { at: clock.now().toISOString() } });
  return id;
}

export async function updateProgramme(stores: Stores, actor: Actor | null, id: string, patch: ProgrammePatch): Promise<void> {
  const { programme } = await programmeFor(stores, actor, id, 'edit');
  const { version, ...fields } = patch;
  await checkFields(stores, fields, programme);
  const update: ProgrammeUpdate = fields;
  if (!(await stores.programmes.update(id, update, version))) fail('VERSION_CONFLICT', { currentVersion: programme.version });
}

const TRANSITIONS: Record<'open' | 'close' | 'decide' | 'archive', ProgrammeStatus> = { open: 'open', close: 'closed', decide: 'decided', archive: 'archived' };

export async function transitionProgramme(stores: Stores, clock: Clock, actor: Actor | null, id: string, verb: keyof typeof TRANSITIONS): Promise<void> {
  const { programme, actor: a } = await programmeFor(stores, actor, id, verb);
  if (verb === 'open' && !programme.rounds.some((r) => r.kind === 'application')) {
    fail('VALIDATION_FAILED', [{ path: '/rounds', message: 'a programme needs an application round (its deadline) before it opens' }]);
  }
  await stores.programmes.update(id, { status: TRANSITIONS[verb] });
  await stores.platform.audit({ actorId: a.userId, action: `programme.${verb}`, subjectType: 'programme', subjectId: id, details: { at: clock.now().toISOString() } });
}

export async function programmeList(stores: Stores, actor: Actor | null, query: { kind?: ProgrammeKind; mine?: boolean; limit?: number }): Promise<ProgrammeRecord[]> {
  const adminOf = actor ? [...actor.memberships].filter(([, role]) => role === 'admin').map(([id]) => id) : [];
  return stores.programmes.list({ kind: query.kind, organisationIds: adminOf, mineOnly: !!query.mine, includeAllDrafts: !!actor?.isPlatformAdmin && !query.mine, limit: query.limit ?? 50 });
}
