/**
 * Shapes of the demo data set (clearly marked as demo data wherever it is shown). The data files are
 * plain TypeScript values checked against the real schemas by test/unit/demo-data.test.ts.
 */
import type { ListingInput } from '../../domain/listings/schema.js';
import type { ContentLanguage, OrganisationType } from '../../domain/shared/vocab.js';

export type Labels = Record<ContentLanguage, string>;

export interface TaxonomyConceptSeed {
  /** Stable code, e.g. 'green_energy' or 'kw.hydrogen_fuel_cell'. */
  code: string;
  kind: 'sector' | 'keyword';
  /** For keywords: the sector code they belong to. */
  parent?: string;
  labels: Labels;
  /** Further terms per language that mean the same concept (used by auto-tagging and matching). */
  synonyms: Partial<Record<ContentLanguage, string[]>>;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  /** Names in other languages, e.g. the Chinese name of a German firm. */
  altNames?: Partial<Record<ContentLanguage, string>>;
  type: OrganisationType;
  country: string; // ISO 3166-1 alpha-2
  city: string;
  sectors: string[]; // sector codes
  website?: string;
  descriptions: Partial<Record<ContentLanguage, string>>;
  verified: boolean;
  /** The demo user who administers it. */
  admin: { displayName: string; locale: ContentLanguage };
}

export interface DemoListing {
  /** Unique key, e.g. 'need-zh-battery-tray-welding'. */
  key: string;
  /** Key of the owning DemoOrganisation. */
  org: string;
  status: 'published' | 'submitted' | 'draft';
  /** Days before the seed date the listing was published (for 'latest' ordering). */
  publishedDaysAgo?: number;
  /** Key of another demo listing this one answers across languages (a need ↔ offer pair, etc.). */
  answers?: string;
  input: ListingInput;
}
