/** Commands on training programmes, their batches and trainee lists. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { canOnTraining, type TrainingAction } from './policy.js';
import type { TraineeInput, TrainingBatchInput, TrainingBatchPatch, TrainingProgrammeInput, TrainingProgrammePatch } from './schema.js';
import type { TraineeRecord, TrainingBatchView, TrainingProgrammeView } from './store.js';

export async function loadTraining(stores: Stores, id: string): Promise<TrainingProgrammeView> {
  return (await stores.trainings.findProgramme(id)) ?? fail('TRAINING_NOT_FOUND');
}

function authorise(actor: Actor | null, action: TrainingAction, programme: TrainingProgrammeView): asserts actor is Actor {
  if (canOnTraining(actor, action, programme)) return;
  if (!actor) fail('UNAUTHENTICATED');
  fail('FORBIDDEN', { reason: 'not_the_organiser' });
}

/** Loads and authorises in one step. */
export async function trainingFor(stores: Stores, actor: Actor | null, id: string, action: TrainingAction): Promise<{ programme: TrainingProgrammeView; actor: Actor }> {
  const programme = await loadTraining(stores, id);
  authorise(actor, action, programme);
  return { programme, actor: actor as Actor };
}

async function checkProgrammeFields(stores: Stores, fields: Partial<TrainingProgrammeInput>, current?: TrainingProgrammeView): Promise<void> {
  const title = fields.title ?? current?.title;
  const lang = fields.defaultLanguage ?? current?.defaultLanguage;
  if (title && lang && !title[lang as keyof typeof title]?.trim()) {
    fail('VALIDATION_FAILED', [{ path: `/title/${lang}`, message: 'the title must be given in the default language' }]);
  }
  if (fields.partnerCountries) assertCountries(fields.partnerCountries.map((code, i) => ({ path: `/partnerCountries/${i}`, code })));
  if (fields.sectors?.length) {
    const unknown = await stores.platform.unknownConcepts(fields.sectors, 'sector');
    if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
  }
}

export async function createTraining(stores: Stores, clock: Clock, actor: Actor | null, input: TrainingProgrammeInput, options: { demo?: boolean } = {}): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const org = await loadOrganisation(stores, input.organisationId);
  if (!actor.isPlatformAdmin && !actor.memberships.has(org.id)) fail('FORBIDDEN', { reason: 'not_a_member' });
  await checkProgrammeFields(stores, input);
  const id = randomUUID();
  await stores.trainings.insertProgramme({
    id,
    organisationId: org.id,
    title: input.title,
    defaultLanguage: input.defaultLanguage,
    description: input.description ?? {},
    partnerCountries: input.partnerCountries,
    partnerRegions: input.partnerRegions,
    sectors: input.sectors ?? [],
    createdBy: actor.userId,
    demo: options.demo ?? false,
  });
  await stores.platform.audit({ actorId: actor.userId, action: 'training.created', subjectType: 'training', subjectId: id, details: { at: clock.now().toISOString() } });
  return id;
}

export async function updateTraining(stores: Stores, actor: Actor | null, id: string, patch: TrainingProgrammePatch): Promise<void> {
  const { programme, actor: a } = await trainingFor(stores, actor, id, 'edit');
  const { version, ...fields } = patch;
  await checkProgrammeFields(stores, fields, programme);
  if (!(await stores.trainings.updateProgramme(id, fields, version))) {
    fail('VERSION_CONFLICT', { currentVersion: (await stores.trainings.findProgramme(id))?.version });
  }
  await stores.platform.audit({ actorId: a.userId, action: 'training.updated', subjectType: 'training', subjectId: id });
}

export async function deleteTraining(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const { actor: a } = await trainingFor(stores, actor, id, 'delete');
  await stores.trainings.deleteProgramme(id);
  await stores.platform.audit({ actorId: a.userId, action: 'training.deleted', subjectType: 'training', subjectId: id });
}

function checkBatch(fields: { startsOn: string; endsOn: string; traineeCount: number }, listed: number): void {
  if (fields.endsOn < fields.startsOn) fail('INVALID_RANGE', [{ path: '/endsOn', message: 'must not be before startsOn' }]);
  if (fields.traineeCount < listed) fail('VALIDATION_FAILED', [{ path: '/traineeCount', message: `${listed} trainees are listed; the count cannot be lower` }]);
}

export async function loadBatch(stores: Stores, programmeId: string, batchId: string): Promise<TrainingBatchView> {
  return (await stores.trainings.findBatch(programmeId, batchId)) ?? fail('TRAINING_BATCH_NOT_FOUND');
}

export async function addBatch(stores: Stores, actor: Actor | null, programmeId: string, input: TrainingBatchInput): Promise<string> {
  const { programme, actor: a } = await trainingFor(stores, actor, programmeId, 'edit');
  checkBatch(input, 0);
  const id = randomUUID();
  await stores.trainings.insertBatch({ id, programmeId, label: input.label ?? null, startsOn: input.startsOn, endsOn: input.endsOn, mode: input.mode, location: input.location ?? null, traineeCount: input.traineeCount }, programme.organisationId);
  await stores.platform.audit({ actorId: a.userId, action: 'training.batch_added', subjectType: 'training', subjectId: programmeId, details: { batchId: id } });
  return id;
}

export async function updateBatch(stores: Stores, actor: Actor | null, programmeId: string, batchId: string, patch: TrainingBatchPatch): Promise<void> {
  await trainingFor(stores, actor, programmeId, 'edit');
  const batch = await loadBatch(stores, programmeId, batchId);
  const { version, ...fields } = patch;
  checkBatch({ startsOn: fields.startsOn ?? batch.startsOn, endsOn: fields.endsOn ?? batch.endsOn, traineeCount: fields.traineeCount ?? batch.traineeCount }, batch.listedTrainees);
  if (!(await stores.trainings.updateBatch(programmeId, batchId, fields, version))) fail('VERSION_CONFLICT', { currentVersion: batch.version });
}

export async function deleteBatch(stores: Stores, actor: Actor | null, programmeId: string, batchId: string): Promise<void> {
  const { actor: a } = await trainingFor(stores, actor, programmeId, 'edit');
  if (!(await stores.trainings.deleteBatch(programmeId, batchId))) fail('TRAINING_BATCH_NOT_FOUND');
  await stores.platform.audit({ actorId: a.userId, action: 'training.batch_removed', subjectType: 'training', subjectId: programmeId, details: { batchId } });
}

/**
 * Replaces a batch's trainee list. The batch's count is raised to the list's length when the list is
 * longer: a named trainee is always counted.
 */
export async function setTrainees(stores: Stores, actor: Actor | null, programmeId: string, batchId: string, trainees: TraineeInput[]): Promise<void> {
  const { actor: a } = await trainingFor(stores, actor, programmeId, 'edit');
  const batch = await loadBatch(stores, programmeId, batchId);
  assertCountries(trainees.flatMap((t, i) => (t.country ? [{ path: `/trainees/${i}/country`, code: t.country }] : [])));
  const records: TraineeRecord[] = trainees.map((t) => ({ name: t.name.trim(), organisation: t.organisation?.trim() || null, country: t.country ?? null, email: t.email?.trim().toLowerCase() || null }));
  await stores.trainings.replaceTrainees(programmeId, batchId, records);
  if (records.length > batch.traineeCount) await stores.trainings.updateBatch(programmeId, batchId, { traineeCount: records.length });
  // The names themselves are personal data and stay out of the audit log.
  await stores.platform.audit({ actorId: a.userId, action: 'training.trainees_set', subjectType: 'training', subjectId: programmeId, details: { batchId, count: records.length } });
}

/** A batch's trainee list, for the organiser and platform admins only. */
export async function readTrainees(stores: Stores, actor: Actor | null, programmeId: string, batchId: string): Promise<TraineeRecord[]> {
  await trainingFor(stores, actor, programmeId, 'readTrainees');
  await loadBatch(stores, programmeId, batchId);
  return stores.trainings.trainees(batchId);
}
