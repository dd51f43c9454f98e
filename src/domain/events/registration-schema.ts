/**
 * Registrations, check-in, delegations and exhibitors: one schema family that validates API input,
 * types the domain commands and feeds the OpenAPI document. What the event's own registration form
 * asks for (participant types, required questions) is checked by the commands on top of these.
 */
import Type, { type Static } from 'typebox';
import { CountryCode } from '../listings/schema.js';
import { DELEGATION_KINDS, PARTICIPANT_TYPES, REGISTRATION_STATUSES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Uuid = Type.String({ format: 'uuid' });
const Reason = Type.String({ maxLength: 1000, description: 'Shown to the participant in the e-mail' });

export const LanguageTag = Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$', maxLength: 20, description: 'BCP 47 language tag, e.g. en, zh-Hans, de' });
export const ParticipantType = Type.Enum([...PARTICIPANT_TYPES]);
export const RegistrationStatus = Type.Enum([...REGISTRATION_STATUSES]);
/**
 * Checked by kind against the event's question (REGISTRATION_FORM_INVALID), not here: with the server's
 * type coercion a union would turn `true` into `"true"` before the question could say which it wants.
 */
export const RegistrationAnswer = Type.Unknown({
  description: 'text: a string (≤ 2000 characters); choice: the option value; multi_choice: an array of option values; yes_no: true or false',
});

const ListingIds = (description: string) => Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description });

/** What a participant may change on their registration after registering. */
const EditableFields = {
  languages: Type.Optional(Type.Array(LanguageTag, { maxItems: 10, uniqueItems: true, description: 'Languages the participant speaks' })),
  interpreterNeeds: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()], { description: 'Interpretation the participant needs (when the form asks)' })),
  offerListingIds: Type.Optional(ListingIds('Published listings of your own organisations that you bring to the event')),
  seekListingIds: Type.Optional(ListingIds('Published listings you are looking for partners on (any you can see)')),
  answers: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,32}$' }), RegistrationAnswer, { description: "Answers to the form's questions, by question id" })),
};

export const RegistrationInput = Type.Object(
  {
    participantType: ParticipantType,
    country: Type.Optional({ ...CountryCode, description: "ISO 3166-1 alpha-2; defaults to the organisation's country" }),
    organisationId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'One of your organisations; required when the form says so' })),
    ...EditableFields,
  },
  Strict,
);
export type RegistrationInput = Static<typeof RegistrationInput>;

export const RegistrationPatch = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic concurrency)' }), ...EditableFields },
  { ...Strict, minProperties: 2 },
);
export type RegistrationPatch = Static<typeof RegistrationPatch>;

export const DecisionInput = Type.Object({ reason: Type.Optional(Reason) }, Strict);
export type DecisionInput = Static<typeof DecisionInput>;

export const RegistrationListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(RegistrationStatus, { maxItems: 5, description: 'Only these statuses (repeat the parameter for several)' })),
    participantType: Type.Optional(Type.Array(ParticipantType, { maxItems: 10 })),
    country: Type.Optional(Type.Array(CountryCode, { maxItems: 50 })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the name, organisation or e-mail' })),
  },
  Strict,
);
export type RegistrationListQuery = Static<typeof RegistrationListQuery>;

export const RegistrationExportQuery = Type.Object(
  { format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }), ...RegistrationListQuery.properties },
  Strict,
);
export type RegistrationExportQuery = Static<typeof RegistrationExportQuery>;

export const ParticipantQuery = Type.Object(
  {
    participantType: Type.Optional(Type.Array(ParticipantType, { maxItems: 10 })),
    country: Type.Optional(Type.Array(CountryCode, { maxItems: 50 })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the name or organisation' })),
  },
  Strict,
);
export type ParticipantQuery = Static<typeof ParticipantQuery>;

export const CheckInInput = Type.Union(
  [
    Type.Object({ ticketCode: Type.String({ minLength: 1, maxLength: 200, description: 'The code read from the QR ticket' }) }, Strict),
    Type.Object({ registrationId: { ...Uuid, description: 'Check in by hand, e.g. a participant without their ticket' } }, Strict),
  ],
  { description: 'Either the ticket code or the registration id' },
);
export type CheckInInput = Static<typeof CheckInInput>;

const DelegationFields = {
  kind: Type.Enum([...DELEGATION_KINDS]),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()], { description: 'Required for country delegations' })),
  organisationId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'Required for organisation delegations' })),
  leaderRegistrationId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'A member who may answer requests addressed to the delegation' })),
  memberRegistrationIds: Type.Optional(
    Type.Array(Uuid, { maxItems: 500, uniqueItems: true, description: 'Confirmed registrations of this event; each may be in one delegation of the event' }),
  ),
};

export const DelegationInput = Type.Object(DelegationFields, Strict);
export type DelegationInput = Static<typeof DelegationInput>;

export const DelegationPatch = Type.Object(
  {
    kind: Type.Optional(DelegationFields.kind),
    name: Type.Optional(DelegationFields.name),
    country: DelegationFields.country,
    organisationId: DelegationFields.organisationId,
    leaderRegistrationId: DelegationFields.leaderRegistrationId,
    memberRegistrationIds: DelegationFields.memberRegistrationIds,
  },
  { ...Strict, minProperties: 1 },
);
export type DelegationPatch = Static<typeof DelegationPatch>;

const ExhibitorFields = {
  organisationId: Uuid,
  boothNumber: Type.String({ minLength: 1, maxLength: 20, description: 'Unique within the event, e.g. A12' }),
  areaSqm: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 100_000 }), Type.Null()], { description: 'Stand area in square metres' })),
  hall: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 50 }), Type.Null()])),
  listingIds: Type.Optional(Type.Array(Uuid, { maxItems: 30, uniqueItems: true, description: "Published listings of the exhibiting organisation shown at the stand" })),
};

export const ExhibitorInput = Type.Object(ExhibitorFields, Strict);
export type ExhibitorInput = Static<typeof ExhibitorInput>;

export const ExhibitorPatch = Type.Object(
  {
    boothNumber: Type.Optional(ExhibitorFields.boothNumber),
    areaSqm: ExhibitorFields.areaSqm,
    hall: ExhibitorFields.hall,
    listingIds: ExhibitorFields.listingIds,
  },
  { ...Strict, minProperties: 1 },
);
export type ExhibitorPatch = Static<typeof ExhibitorPatch>;
