/** Agreements and memoranda between organisations, provinces and countries: records, parties, counts. */
import type { LocalisedTextValue } from '../events/schema.js';
import type { StoredFile } from '../files/store.js';
import type { AgreementKind, AgreementStatus, AgreementVisibility } from './vocab.js';

export interface AgreementParty {
  /** Set for an organisation on the platform; its name and country are then the organisation's. */
  organisationId: string | null;
  name: string;
  country: string | null;
  region: string | null;
}

export interface AgreementRecord {
  id: string;
  kind: AgreementKind;
  title: LocalisedTextValue;
  defaultLanguage: string;
  /** Countries of all parties, kept in step with the parties for filters and counts. */
  countries: string[];
  sectors: string[];
  signedOn: string;
  validFrom: string | null;
  validUntil: string | null;
  terminatedOn: string | null;
  renewedFromId: string | null;
  eventId: string | null;
  visibility: AgreementVisibility;
  notes: string;
  createdBy: string | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AgreementLink {
  id: string;
  title: LocalisedTextValue;
  defaultLanguage: string;
  signedOn: string;
}

/** An agreement with what policies and presenters need. */
export interface AgreementView extends AgreementRecord {
  parties: AgreementParty[];
  event: { id: string; title: LocalisedTextValue; defaultLanguage: string } | null;
}

export type AgreementWrite = Omit<AgreementRecord, 'version' | 'createdAt' | 'updatedAt'>;
export type AgreementUpdate = Partial<Omit<AgreementRecord, 'id' | 'createdBy' | 'demo' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface AgreementListFilter {
  kind?: AgreementKind;
  country?: string;
  year?: number;
  sector?: string;
  status?: AgreementStatus;
  renewals?: boolean;
  organisationId?: string;
  q?: string;
  /** The day expiry is judged on. */
  today: string;
  /** Parties-only agreements of these organisations are visible too. */
  viewerOrganisationIds: string[];
  seesEverything: boolean;
}

export interface AgreementYearCount {
  year: number;
  kind: AgreementKind;
  count: number;
  /** Of those, agreements that renew an earlier one. */
  renewals: number;
}

export interface AgreementDocument extends StoredFile {
  addedBy: string | null;
  addedAt: Date;
}

export interface AgreementStore {
  insert(agreement: AgreementWrite, parties: AgreementParty[]): Promise<void>;
  find(id: string): Promise<AgreementView | null>;
  /** Applies the patch when the version matches; false when it did not. Parties are replaced when given. */
  update(id: string, patch: AgreementUpdate, parties: AgreementParty[] | null, expectedVersion: number): Promise<boolean>;
  delete(id: string): Promise<void>;
  list(filter: AgreementListFilter, page: { limit: number; offset: number }): Promise<{ items: AgreementView[]; total: number }>;
  countByYear(filter: AgreementListFilter): Promise<AgreementYearCount[]>;
  /** Agreements that renew this one (visibility is checked by the caller). */
  renewalsOf(id: string): Promise<Array<AgreementLink & { visibility: AgreementVisibility; partyOrganisationIds: string[] }>>;
  /** This agreement's renewal ancestors, nearest first (for cycle checks), at most `max`. */
  ancestors(id: string, max: number): Promise<string[]>;

  documents(agreementId: string): Promise<AgreementDocument[]>;
  addDocument(agreementId: string, fileId: string, addedBy: string, at: Date): Promise<void>;
  removeDocument(agreementId: string, fileId: string): Promise<void>;
}

/** Derived status: terminated when ended early, expired after its last valid day, otherwise in force. */
export function agreementStatus(a: Pick<AgreementRecord, 'terminatedOn' | 'validUntil'>, today: string): AgreementStatus {
  if (a.terminatedOn && a.terminatedOn <= today) return 'terminated';
  if (a.validUntil && a.validUntil < today) return 'expired';
  return 'in_force';
}
