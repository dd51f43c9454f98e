import Type from 'typebox';
import type { SheetCell } from '../../domain/listings/export.js';
import type { Actor } from '../../domain/ports.js';
import { trainingAbilities } from '../../domain/trainings/policy.js';
import type { TraineeRecord, TrainingBatchView, TrainingProgrammeView } from '../../domain/trainings/store.js';
import { TRAINING_MODES } from '../../domain/trainings/vocab.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Localised = Type.Record(Type.String(), Type.String(), { description: 'Text by language code' });

export const TraineeResponse = Type.Object({ name: Type.String(), organisation: Nullable(Type.String()), country: Nullable(Type.String()), email: Nullable(Type.String()) });

export const TrainingBatchResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  label: Nullable(Type.String()),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  mode: Type.Enum([...TRAINING_MODES]),
  location: Nullable(Type.String()),
  traineeCount: Type.Integer(),
  listedTrainees: Type.Integer({ description: 'How many trainees are listed by name' }),
  version: Type.Integer(),
});

export const TrainingResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  organisationName: Type.String(),
  title: Localised,
  defaultLanguage: Type.String(),
  description: Localised,
  partnerCountries: Type.Array(Type.String()),
  partnerRegions: Type.Array(Type.String()),
  sectors: Type.Array(Type.String()),
  totals: Type.Object({ batches: Type.Integer(), trainees: Type.Integer(), firstStartsOn: Nullable(Type.String({ format: 'date' })), lastEndsOn: Nullable(Type.String({ format: 'date' })) }),
  demo: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object({ edit: Type.Boolean(), delete: Type.Boolean(), readTrainees: Type.Boolean({ description: 'May read the trainees\' personal data' }) }),
});

export const TrainingDetailResponse = Type.Intersect([TrainingResponse, Type.Object({ batches: Type.Array(TrainingBatchResponse) })]);

export function presentTraining(p: TrainingProgrammeView, actor: Actor | null) {
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    title: p.title as Record<string, string>,
    defaultLanguage: p.defaultLanguage,
    description: p.description as Record<string, string>,
    partnerCountries: p.partnerCountries,
    partnerRegions: p.partnerRegions,
    sectors: p.sectors,
    totals: p.totals,
    demo: p.demo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    abilities: trainingAbilities(actor, p),
  };
}

export function presentBatch(b: TrainingBatchView) {
  return { id: b.id, label: b.label, startsOn: b.startsOn, endsOn: b.endsOn, mode: b.mode, location: b.location, traineeCount: b.traineeCount, listedTrainees: b.listedTrainees, version: b.version };
}

export const presentTrainee = (t: TraineeRecord) => ({ name: t.name, organisation: t.organisation, country: t.country, email: t.email });

const textIn = (t: Record<string, string | undefined>, lang: string) => t[lang] ?? Object.values(t).find((v) => !!v) ?? '';

export const TRAINING_EXPORT_COLUMNS = ['programmeId', 'programme', 'organiser', 'partnerCountries', 'partnerRegions', 'sectors', 'batchId', 'batch', 'startsOn', 'endsOn', 'mode', 'location', 'traineeCount'] as const;

/** One row per batch (a programme without batches gets one row with empty batch cells). No personal data. */
export function trainingExportRows(p: ReturnType<typeof presentTraining>, batches: TrainingBatchView[]): SheetCell[][] {
  const head: SheetCell[] = [p.id, textIn(p.title, p.defaultLanguage), p.organisationName, p.partnerCountries.join(', '), p.partnerRegions.join(', '), p.sectors.join(', ')];
  if (!batches.length) return [[...head, null, null, null, null, null, null, 0]];
  return batches.map((b) => [...head, b.id, b.label, b.startsOn, b.endsOn, b.mode, b.location, b.traineeCount]);
}
