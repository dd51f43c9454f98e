import Type, { type Static } from 'typebox';
import { CountryCode, ConceptCode } from '../listings/schema.js';
import { CONTENT_LANGUAGES, MEMBER_ROLES, ORGANISATION_TYPES } from '../shared/vocab.js';

const descriptions = Type.Object(
  Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, Type.Optional(Type.String({ maxLength: 8000 }))])) as Record<
    (typeof CONTENT_LANGUAGES)[number],
    ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>
  >,
  { additionalProperties: false, description: 'Description per language (en, zh-Hans, zh-Hant, de, vi)' },
);

export const OrganisationInput = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    type: Type.Enum([...ORGANISATION_TYPES]),
    country: CountryCode,
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
    website: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 300 })),
    descriptions: Type.Optional(descriptions),
  },
  { additionalProperties: false },
);
export type OrganisationInput = Static<typeof OrganisationInput>;

export const OrganisationPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    type: Type.Optional(Type.Enum([...ORGANISATION_TYPES])),
    country: Type.Optional(CountryCode),
    city: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 120 }), Type.Null()])),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
    website: Type.Optional(Type.Union([Type.String({ format: 'uri', pattern: '^https?://', maxLength: 300 }), Type.Null()])),
    descriptions: Type.Optional(descriptions),
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'Version you edited; 409 if it changed' })),
  },
  { additionalProperties: false },
);
export type OrganisationPatch = Static<typeof OrganisationPatch>;

export const InvitationInput = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254 }), role: Type.Enum([...MEMBER_ROLES]) },
  { additionalProperties: false },
);
export type InvitationInput = Static<typeof InvitationInput>;

export const VerificationDecision = Type.Object(
  { decision: Type.Enum(['verify', 'reject']), reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
  { additionalProperties: false },
);
export type VerificationDecision = Static<typeof VerificationDecision>;

export const OrganisationAbilities = Type.Object({ edit: Type.Boolean(), manageMembers: Type.Boolean(), verify: Type.Boolean() });
export const Organisation = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  type: Type.Enum([...ORGANISATION_TYPES]),
  country: Type.String(),
  city: Type.Union([Type.String(), Type.Null()]),
  sectors: Type.Array(Type.String()),
  website: Type.Union([Type.String(), Type.Null()]),
  descriptions: Type.Record(Type.String(), Type.String()),
  verified: Type.Boolean(),
  verificationStatus: Type.Enum(['pending', 'verified', 'rejected']),
  hasLogo: Type.Boolean(),
  demo: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  abilities: OrganisationAbilities,
});
export const OrganisationSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  country: Type.String(),
  type: Type.String(),
  verified: Type.Boolean(),
});
