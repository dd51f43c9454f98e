/**
 * The listing resource: one schema family for all seven listing types. The same schemas validate API
 * input, imports and demo data, type the domain commands, and feed the OpenAPI document.
 */
import Type, { type Static, type TSchema } from 'typebox';
import {
  CONTENT_LANGUAGES,
  CONTRACT_TYPES,
  COOPERATION_TYPES,
  CURRENCIES,
  DEGREE_LEVELS,
  IPR_STATUSES,
  LISTING_STATUSES,
  LISTING_TYPES,
  PARTNER_KINDS,
  PROJECT_STAGES,
  SALARY_PERIODS,
  TALENT_SEEKING,
  VISIBILITIES,
  WORK_MODES,
} from '../shared/vocab.js';

const Strict = { additionalProperties: false } as const;

export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });
export const Currency = Type.Enum([...CURRENCIES], { description: 'ISO 4217 currency code' });
export const ContentLanguage = Type.Enum([...CONTENT_LANGUAGES], { description: 'Language of a text' });
export const ConceptCode = Type.String({ pattern: '^[a-z0-9_.-]{2,64}$', description: 'Taxonomy concept code' });
const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });
const Amount = Type.Integer({ minimum: 0, maximum: 1e15, description: 'Whole units of the currency' });

export const MoneyRange = Type.Object(
  { min: Type.Optional(Amount), max: Type.Optional(Amount), currency: Currency },
  { ...Strict, description: 'An amount range in whole currency units; max ≥ min' },
);
export const Money = Type.Object({ amount: Amount, currency: Currency }, Strict);
const CooperationTypes = Type.Array(Type.Enum([...COOPERATION_TYPES]), { uniqueItems: true, maxItems: 10 });

export const TechnologyOfferDetails = Type.Object(
  {
    trl: Type.Integer({ minimum: 1, maximum: 9, description: 'Technology readiness level 1–9' }),
    iprStatus: Type.Enum([...IPR_STATUSES]),
    patentNumbers: Type.Optional(Type.Array(Text(64), { maxItems: 20 })),
    cooperationTypes: Type.Array(Type.Enum([...COOPERATION_TYPES]), { uniqueItems: true, minItems: 1, maxItems: 10 }),
    applications: Type.Optional(Text(2000, 'Fields of application')),
  },
  Strict,
);
export const TechnologyNeedDetails = Type.Object(
  {
    problem: Text(4000, 'The problem to be solved'),
    desiredSolution: Text(4000),
    budget: Type.Optional(MoneyRange),
    deadline: Type.Optional(IsoDate),
    trlMin: Type.Optional(Type.Integer({ minimum: 1, maximum: 9, description: 'Lowest acceptable TRL' })),
    cooperationTypes: Type.Optional(CooperationTypes),
  },
  Strict,
);
export const ProjectDetails = Type.Object(
  {
    stage: Type.Enum([...PROJECT_STAGES]),
    fundingSought: Money,
    teamSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    useOfFunds: Text(4000),
    cooperationTypes: Type.Optional(CooperationTypes),
  },
  Strict,
);
export const JobDetails = Type.Object(
  {
    position: Text(200),
    discipline: Text(200),
    city: Type.Optional(Text(120)),
    country: Type.Optional(CountryCode),
    workMode: Type.Enum([...WORK_MODES]),
    contractType: Type.Enum([...CONTRACT_TYPES]),
    salary: Type.Optional(
      Type.Object(
        {
          min: Type.Optional(Amount),
          max: Type.Optional(Amount),
          currency: Currency,
          period: Type.Enum([...SALARY_PERIODS]),
        },
        Strict,
      ),
    ),
    deadline: Type.Optional(IsoDate),
  },
  Strict,
);
export const TalentDetails = Type.Object(
  {
    expertise: Text(4000),
    degrees: Type.Optional(Type.Array(
      Type.Object(
        {
          level: Type.Enum([...DEGREE_LEVELS]),
          field: Text(200),
          institution: Type.Optional(Text(200)),
          year: Type.Optional(Type.Integer({ minimum: 1940, maximum: 2100 })),
        },
        Strict,
      ),
      { maxItems: 10 },
    )),
    languages: Type.Array(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }), {
      uniqueItems: true,
      minItems: 1,
      maxItems: 20,
      description: 'BCP 47 language tags spoken',
    }),
    seeking: Type.Array(Type.Enum([...TALENT_SEEKING]), { uniqueItems: true, minItems: 1 }),
    willingToRelocate: Type.Boolean(),
  },
  Strict,
);
export const PartnerRequestDetails = Type.Object(
  {
    partnerKind: Type.Enum([...PARTNER_KINDS]),
    role: Text(1000, 'The role the partner would play'),
    cooperationTypes: Type.Array(Type.Enum([...COOPERATION_TYPES]), { uniqueItems: true, minItems: 1, maxItems: 10 }),
  },
  Strict,
);
export const FundingCallDetails = Type.Object(
  {
    programme: Text(300),
    eligibility: Text(4000),
    budget: Money,
    deadline: IsoDate,
  },
  Strict,
);

export const DETAILS_SCHEMAS = {
  technology_offer: TechnologyOfferDetails,
  technology_need: TechnologyNeedDetails,
  project: ProjectDetails,
  job: JobDetails,
  talent: TalentDetails,
  partner_request: PartnerRequestDetails,
  funding_call: FundingCallDetails,
} as const satisfies Record<(typeof LISTING_TYPES)[number], TSchema>;

export type TechnologyOfferDetails = Static<typeof TechnologyOfferDetails>;
export type TechnologyNeedDetails = Static<typeof TechnologyNeedDetails>;
export type ProjectDetails = Static<typeof ProjectDetails>;
export type JobDetails = Static<typeof JobDetails>;
export type TalentDetails = Static<typeof TalentDetails>;
export type PartnerRequestDetails = Static<typeof PartnerRequestDetails>;
export type FundingCallDetails = Static<typeof FundingCallDetails>;

export const Translation = Type.Object(
  {
    language: ContentLanguage,
    title: Text(300),
    summary: Text(8000),
  },
  { ...Strict, description: "A translation supplied by the listing's author (shown labelled as such)" },
);
export type Translation = Static<typeof Translation>;

/** Fields every listing has, whatever its type. */
const commonFields = {
  language: Type.Optional(ContentLanguage),
  title: Text(300),
  summary: Text(8000),
  translations: Type.Optional(Type.Array(Translation, { maxItems: 5 })),
  sectors: Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10, description: 'Sector concept codes' }),
  keywords: Type.Optional(
    Type.Array(ConceptCode, { uniqueItems: true, maxItems: 30, description: 'Technology keyword concept codes' }),
  ),
  freeKeywords: Type.Optional(
    Type.Array(Text(80), { maxItems: 30, description: 'Keywords not (yet) in the taxonomy, in any language' }),
  ),
  countriesSought: Type.Optional(Type.Array(CountryCode, { uniqueItems: true, maxItems: 60 })),
  visibility: Type.Optional(Type.Enum([...VISIBILITIES])),
  expiresAt: Type.Optional(IsoDate),
};

const variant = <K extends keyof typeof DETAILS_SCHEMAS>(type: K) =>
  Type.Object({ type: Type.Literal(type), ...commonFields, details: DETAILS_SCHEMAS[type] }, Strict);

const createVariant = <K extends keyof typeof DETAILS_SCHEMAS>(type: K) =>
  Type.Object(
    {
      type: Type.Literal(type),
      organisationId: Type.String({ format: 'uuid', description: 'The organisation publishing the listing' }),
      ...commonFields,
      details: DETAILS_SCHEMAS[type],
    },
    Strict,
  );

/** Body of POST /api/listings (plus organisationId) and of each imported row. */
export const ListingInput = Type.Union([
  variant('technology_offer'),
  variant('technology_need'),
  variant('project'),
  variant('job'),
  variant('talent'),
  variant('partner_request'),
  variant('funding_call'),
]);
export type ListingInput = Static<typeof ListingInput>;

/** One schema per listing type, for validating a single type (imports) with precise errors. */
export const LISTING_INPUT_VARIANTS = {
  technology_offer: variant('technology_offer'),
  technology_need: variant('technology_need'),
  project: variant('project'),
  job: variant('job'),
  talent: variant('talent'),
  partner_request: variant('partner_request'),
  funding_call: variant('funding_call'),
} as const;

/**
 * Body of POST /api/listings: `oneOf` with a discriminator on `type`, so validation reports the errors
 * of the chosen type only (and OpenAPI shows the seven shapes).
 */
export const ListingCreateBody = Type.Unsafe<ListingInput & { organisationId: string }>({
  type: 'object',
  oneOf: LISTING_TYPES.map((t) => createVariant(t)),
  discriminator: { propertyName: 'type' },
});

export const ListingStatus = Type.Enum([...LISTING_STATUSES]);
export const ListingType = Type.Enum([...LISTING_TYPES]);
export const Visibility = Type.Enum([...VISIBILITIES]);

/** Body of PATCH /api/listings/:id: any common field, the whole `details` object of the listing's type. */
export const ListingPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you edited; 409 VERSION_CONFLICT if it changed' }),
    language: Type.Optional(ContentLanguage),
    title: Type.Optional(Text(300)),
    summary: Type.Optional(Text(8000)),
    translations: Type.Optional(Type.Array(Translation, { maxItems: 5 })),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
    keywords: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 30 })),
    freeKeywords: Type.Optional(Type.Array(Text(80), { maxItems: 30 })),
    countriesSought: Type.Optional(Type.Array(CountryCode, { uniqueItems: true, maxItems: 60 })),
    visibility: Type.Optional(Type.Enum([...VISIBILITIES])),
    expiresAt: Type.Optional(IsoDate),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: "The listing type's details (validated per type)" })),
  },
  Strict,
);
export type ListingPatch = Static<typeof ListingPatch>;

export const ModerationInput = Type.Object(
  {
    action: Type.Enum(['approve', 'reject', 'request_changes']),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  Strict,
);
export type ModerationInput = Static<typeof ModerationInput>;

export const RenewInput = Type.Object({ expiresAt: Type.Optional(IsoDate) }, Strict);
