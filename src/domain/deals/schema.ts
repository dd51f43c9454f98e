/** The deal resources' input schemas: one per write, feeding validation, types and the OpenAPI document. */
import Type, { type Static } from 'typebox';
import { Currency, IsoDate } from '../listings/schema.js';
import { RATE_PATTERN } from './money.js';
import { DEAL_DATE_FIELDS, DEAL_SORTS, DEAL_STAGES, DEAL_TYPES, DROP_CATEGORIES, PIPELINE_STAGES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** Amounts are kept below 2^53 so that every layer (JSON, JavaScript, bigint columns) holds them exactly. */
export const AmountMinor = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Amount in minor units of the currency (fen, cents; whole units for JPY, KRW, VND)' });
export const Rate = Type.String({ pattern: RATE_PATTERN, description: 'Units of the reporting currency per one unit of the deal currency, e.g. "7.8125"' });

export const DealValueInput = Type.Object(
  {
    amountMinor: AmountMinor,
    currency: Currency,
    exchangeRate: Type.Optional(
      Type.Object({ rate: Rate, rateDate: IsoDate }, { ...Strict, description: "A rate you agreed or looked up; without it the administrators' rate table is used" }),
    ),
  },
  Strict,
);
export type DealValueInput = Static<typeof DealValueInput>;

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 5000 });
const ListingIds = Type.Array(Uuid, { uniqueItems: true, maxItems: 20, description: 'Listings the deal is about (you must be able to see them)' });
const MeetingIds = Type.Array(Uuid, { uniqueItems: true, maxItems: 20, description: "Meetings of the deal's event you took part in" });

export const DealInput = Type.Object(
  {
    ownerOrganisationId: Type.String({ format: 'uuid', description: 'Your organisation, the owner of the deal' }),
    partyOrganisationIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true, description: 'The other parties (at least one)' }),
    title: Title,
    description: Type.Optional(Description),
    type: Type.Enum([...DEAL_TYPES]),
    stage: Type.Optional(Type.Enum([...PIPELINE_STAGES], { default: 'contact', description: 'Where the deal stands when it is entered (past deals may be entered as completed)' })),
    eventId: Type.Optional(Nullable(Uuid)),
    meetingIds: Type.Optional(MeetingIds),
    listingIds: Type.Optional(ListingIds),
    value: Type.Optional(Nullable(DealValueInput)),
    expectedCloseOn: Type.Optional(Nullable(IsoDate)),
    signedOn: Type.Optional(Nullable(IsoDate)),
  },
  Strict,
);
export type DealInput = Static<typeof DealInput>;

export const DealPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Title),
    description: Type.Optional(Description),
    type: Type.Optional(Type.Enum([...DEAL_TYPES])),
    eventId: Type.Optional(Nullable(Uuid)),
    meetingIds: Type.Optional(MeetingIds),
    listingIds: Type.Optional(ListingIds),
    value: Type.Optional(Nullable(DealValueInput)),
    expectedCloseOn: Type.Optional(Nullable(IsoDate)),
    signedOn: Type.Optional(Nullable(IsoDate)),
  },
  { ...Strict, minProperties: 2 },
);
export type DealPatch = Static<typeof DealPatch>;

export const StageInput = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    stage: Type.Enum([...DEAL_STAGES]),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to drop, to correct backwards and to reopen' })),
    dropCategory: Type.Optional(Type.Enum([...DROP_CATEGORIES], { description: 'Required to drop' })),
    signedOn: Type.Optional(IsoDate),
  },
  Strict,
);
export type StageInput = Static<typeof StageInput>;

export const PartyInput = Type.Object({ organisationId: Uuid }, Strict);
export type PartyInput = Static<typeof PartyInput>;

export const NoteInput = Type.Object({ body: Type.String({ minLength: 1, maxLength: 4000 }) }, Strict);
export type NoteInput = Static<typeof NoteInput>;

export const DealListQuery = Type.Object(
  {
    stage: Type.Optional(Type.Array(Type.Enum([...DEAL_STAGES]), { maxItems: 7 })),
    type: Type.Optional(Type.Array(Type.Enum([...DEAL_TYPES]), { maxItems: 8 })),
    eventId: Type.Optional(Uuid),
    organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'Deals this organisation is a party to' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the title or description' })),
    dateField: Type.Optional(Type.Enum([...DEAL_DATE_FIELDS], { default: 'created' })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    minValue: Type.Optional(Type.Integer({ minimum: 0, description: 'In minor units of the reporting currency' })),
    maxValue: Type.Optional(Type.Integer({ minimum: 0, description: 'In minor units of the reporting currency' })),
    sort: Type.Optional(Type.Enum([...DEAL_SORTS], { default: 'updated_desc' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  Strict,
);
export type DealListQuery = Static<typeof DealListQuery>;

const { page: _page, pageSize: _pageSize, ...listFilters } = DealListQuery.properties;
export const DealExportQuery = Type.Object({ format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }), ...listFilters }, Strict);
export type DealExportQuery = Static<typeof DealExportQuery>;

export const ExchangeRatesInput = Type.Object(
  {
    rates: Type.Array(Type.Object({ currency: Currency, rate: Rate, validOn: IsoDate }, Strict), { minItems: 1, maxItems: 100 }),
  },
  { ...Strict, description: 'Rates to the reporting currency; a rate for the same currency and day replaces the earlier one' },
);
export type ExchangeRatesInput = Static<typeof ExchangeRatesInput>;
