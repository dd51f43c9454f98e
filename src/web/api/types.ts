/** Shapes of the API's JSON responses (contract in the web brief; input schemas in src/domain). */
import type {
  FundingCallDetails,
  JobDetails,
  PartnerRequestDetails,
  ProjectDetails,
  TalentDetails,
  TechnologyNeedDetails,
  TechnologyOfferDetails,
} from '../../domain/listings/schema';
import type {
  ContentLanguage,
  ListingStatus,
  ListingType,
  MemberRole,
  ModerationAction,
  OrganisationType,
  Visibility,
} from '../../domain/shared/vocab';

export type {
  ContentLanguage,
  ListingStatus,
  ListingType,
  MemberRole,
  ModerationAction,
  OrganisationType,
  Visibility,
};

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface ValidationIssue {
  path: string;
  message: string;
  keyword?: string;
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
  demo: boolean;
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  role: MemberRole;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: ContentLanguage | null;
  isPlatformAdmin: boolean;
  memberships: Membership[];
}

export interface MeResponse {
  user: User | null;
}

export type Labels = Record<ContentLanguage, string>;

export interface Concept {
  code: string;
  kind: 'sector' | 'keyword';
  parent: string | null;
  labels: Labels;
}

export interface Stats {
  listings: { total: number; byType: Partial<Record<ListingType, number>> };
  organisations: number;
  countries: number;
}

export interface DetailsByType {
  technology_offer: TechnologyOfferDetails;
  technology_need: TechnologyNeedDetails;
  project: ProjectDetails;
  job: JobDetails;
  talent: TalentDetails;
  partner_request: PartnerRequestDetails;
  funding_call: FundingCallDetails;
}

export interface ListingAbilities {
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  close: boolean;
  renew: boolean;
  delete: boolean;
  moderate: boolean;
}

export interface ListingTranslation {
  language: ContentLanguage;
  title: string;
  summary: string;
}

export interface ListingOrganisation {
  id: string;
  name: string;
  country: string;
  type: OrganisationType;
  verified: boolean;
}

export interface Listing {
  id: string;
  type: ListingType;
  status: ListingStatus;
  visibility: Visibility;
  language: ContentLanguage;
  title: string;
  summary: string;
  translations: ListingTranslation[];
  sectors: string[];
  keywords: string[];
  freeKeywords: string[];
  countriesSought: string[];
  trl: number | null;
  deadline: string | null;
  expiresAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  organisation: ListingOrganisation | null;
  anonymous: boolean;
  /** Part of the clearly marked demo data set. */
  demo: boolean;
  /** False while the language was only guessed by detection. */
  languageConfirmed: boolean;
  /** Shape depends on `type` (see DetailsByType); read through the field descriptions in listings/fields.ts. */
  details: Record<string, unknown>;
  moderation: null | { action: ModerationAction; reason: string | null; at: string };
  abilities: ListingAbilities;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface ListingFacets {
  type?: FacetBucket[];
  sector?: FacetBucket[];
  country?: FacetBucket[];
  language?: FacetBucket[];
  status?: FacetBucket[];
  trl?: FacetBucket[];
}

export interface ListingPage {
  items: Listing[];
  nextCursor: string | null;
  total: number;
  facets: ListingFacets;
}

export interface OrganisationAbilities {
  edit: boolean;
  manageMembers: boolean;
  verify: boolean;
}

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  country: string;
  city: string | null;
  sectors: string[];
  website: string | null;
  descriptions: Partial<Record<ContentLanguage, string>>;
  verified: boolean;
  verificationStatus: 'pending' | 'verified' | 'rejected';
  hasLogo: boolean;
  demo: boolean;
  version: number;
  createdAt: string;
  abilities: OrganisationAbilities;
}

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  country: string;
  city?: string;
  sectors?: string[];
  website?: string;
  descriptions?: Partial<Record<ContentLanguage, string>>;
}

/** PATCH body: null clears an optional field; version guards against lost updates. */
export type OrganisationPatch = Partial<Omit<OrganisationInput, 'city' | 'website'>> & {
  city?: string | null;
  website?: string | null;
  version?: number;
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  role: MemberRole;
  joinedAt: string;
}

export interface ImportPreview {
  columns: string[];
  sample: string[][];
  suggestedMapping: Record<string, string>;
  rowCount?: number;
}

export interface ImportRowReport {
  row: number;
  ok: boolean;
  errors: { path: string; message: string; column?: string }[];
  title?: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  rows: ImportRowReport[];
  created: string[];
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  attempts?: number;
  lastError?: string | null;
  createdAt: string;
  sentAt: string | null;
}
