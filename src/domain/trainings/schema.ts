/** Training programmes, their batches and trainee lists: API input, demo data and OpenAPI from one place. */
import Type, { type Static, type TOptional, type TSchema } from 'typebox';
import { LocalisedText } from '../events/schema.js';
import { ConceptCode, ContentLanguage, CountryCode, IsoDate } from '../listings/schema.js';
import { TRAINING_MODES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Region = Type.String({ minLength: 1, maxLength: 120, description: 'A province, state or city, e.g. "Yunnan"' });

function optionalFields<T extends Record<string, TSchema>>(fields: T): { [K in keyof T]: TOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: TOptional<T[K]> };
}

const ProgrammeFields = {
  title: LocalisedText(300, 'Title'),
  defaultLanguage: ContentLanguage,
  description: Type.Optional(LocalisedText(10_000, 'Description')),
  partnerCountries: Type.Array(CountryCode, { uniqueItems: true, maxItems: 30, default: [], description: 'Countries the trainees come from' }),
  partnerRegions: Type.Array(Region, { uniqueItems: true, maxItems: 30, default: [], description: 'Partner regions (provinces, prefectures)' }),
  sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10, description: 'Fields (taxonomy sector codes)' })),
};

export const TrainingProgrammeInput = Type.Object(
  { organisationId: Type.String({ format: 'uuid', description: 'The organiser (you must be a member)' }), ...ProgrammeFields },
  Strict,
);
export type TrainingProgrammeInput = Static<typeof TrainingProgrammeInput>;

export const TrainingProgrammePatch = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you edited' }), ...optionalFields(ProgrammeFields) },
  { ...Strict, minProperties: 2 },
);
export type TrainingProgrammePatch = Static<typeof TrainingProgrammePatch>;

const BatchFields = {
  label: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'e.g. "Batch 3: biomedicine"' }))),
  startsOn: IsoDate,
  endsOn: IsoDate,
  mode: Type.Enum([...TRAINING_MODES]),
  location: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
  traineeCount: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Trainees in the batch; at least as many as are listed' }),
};

export const TrainingBatchInput = Type.Object(BatchFields, Strict);
export type TrainingBatchInput = Static<typeof TrainingBatchInput>;

export const TrainingBatchPatch = Type.Object(
  { version: Type.Integer({ minimum: 1 }), ...optionalFields(BatchFields) },
  { ...Strict, minProperties: 2 },
);
export type TrainingBatchPatch = Static<typeof TrainingBatchPatch>;

export const TraineeInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    organisation: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
    country: Type.Optional(Nullable(CountryCode)),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  },
  Strict,
);
export type TraineeInput = Static<typeof TraineeInput>;

export const MAX_TRAINEES_PER_BATCH = 2000;

export const TraineeList = Type.Object({ trainees: Type.Array(TraineeInput, { maxItems: MAX_TRAINEES_PER_BATCH }) }, Strict);
export type TraineeList = Static<typeof TraineeList>;

export const TrainingFilters = {
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200, description: 'Programmes with a batch starting in this year' })),
  country: Type.Optional(CountryCode),
  sector: Type.Optional(ConceptCode),
  mode: Type.Optional(Type.Enum([...TRAINING_MODES])),
  organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'Organised by this organisation' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words in the title, regions or description' })),
};

export const TrainingQuery = Type.Object(
  { ...TrainingFilters, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })) },
  Strict,
);
export type TrainingQuery = Static<typeof TrainingQuery>;
export type TrainingFilterInput = Omit<TrainingQuery, 'limit' | 'offset'>;

export const TrainingExportQuery = Type.Object({ format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }), ...TrainingFilters }, Strict);
