/**
 * The agreement resource: one schema family that validates API input and demo data, types the commands
 * and feeds the OpenAPI document.
 */
import Type, { type Static, type TOptional, type TSchema } from 'typebox';
import { LocalisedText } from '../events/schema.js';
import { ConceptCode, ContentLanguage, CountryCode, IsoDate } from '../listings/schema.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, AGREEMENT_VISIBILITIES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** A party: an organisation on the platform, or a named outside party (a province's government, a ministry). */
export const AgreementPartyInput = Type.Object(
  {
    organisationId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'An organisation on the platform' }))),
    name: Type.Optional(Nullable(Text(300))),
    country: Type.Optional(Nullable(CountryCode)),
    region: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 120, description: 'Province, state or city, e.g. "Ningxia"' }))),
  },
  { ...Strict, description: 'Either organisationId, or name and country' },
);
export type AgreementPartyInput = Static<typeof AgreementPartyInput>;

const AgreementFields = {
  kind: Type.Enum([...AGREEMENT_KINDS]),
  title: LocalisedText(300, 'Title'),
  defaultLanguage: ContentLanguage,
  parties: Type.Array(AgreementPartyInput, { minItems: 2, maxItems: 30, description: 'At least two parties' }),
  sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10, description: 'Fields (taxonomy sector codes)' })),
  signedOn: IsoDate,
  validFrom: Type.Optional(Nullable(IsoDate)),
  validUntil: Type.Optional(Nullable({ ...IsoDate, description: 'Last day in force; after it the agreement is expired' })),
  terminatedOn: Type.Optional(Nullable({ ...IsoDate, description: 'Ended early: the agreement is terminated from this day' })),
  renewedFromId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'The agreement this one renews' }))),
  eventId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'The event it was signed at' }))),
  visibility: Type.Enum([...AGREEMENT_VISIBILITIES], { default: 'public' }),
  notes: Type.Optional(Type.String({ maxLength: 5000 })),
};

export const AgreementInput = Type.Object(AgreementFields, Strict);
export type AgreementInput = Static<typeof AgreementInput>;

function optionalFields<T extends Record<string, TSchema>>(fields: T): { [K in keyof T]: TOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: TOptional<T[K]> };
}

export const AgreementPatch = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic concurrency)' }), ...optionalFields(AgreementFields) },
  { ...Strict, minProperties: 2 },
);
export type AgreementPatch = Static<typeof AgreementPatch>;

export const AgreementFilters = {
  kind: Type.Optional(Type.Enum([...AGREEMENT_KINDS])),
  country: Type.Optional(CountryCode),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200, description: 'Year signed' })),
  sector: Type.Optional(ConceptCode),
  status: Type.Optional(Type.Enum([...AGREEMENT_STATUSES])),
  renewals: Type.Optional(Type.Boolean({ description: 'Only agreements that renew an earlier one' })),
  organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'Only agreements this organisation is a party to' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words in the title, parties or notes' })),
};

export const AgreementQuery = Type.Object(
  { ...AgreementFilters, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })) },
  Strict,
);
export type AgreementQuery = Static<typeof AgreementQuery>;

export const AgreementExportQuery = Type.Object({ format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }), ...AgreementFilters }, Strict);
export type AgreementExportQuery = Static<typeof AgreementExportQuery>;
export type AgreementFilterInput = Omit<AgreementQuery, 'limit' | 'offset'>;
