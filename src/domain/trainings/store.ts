/** Training programmes, batches and trainees (whose personal data only the organiser and admins read). */
import type { LocalisedTextValue } from '../events/schema.js';
import type { TrainingMode } from './vocab.js';

export interface TrainingProgrammeRecord {
  id: string;
  organisationId: string;
  title: LocalisedTextValue;
  defaultLanguage: string;
  description: LocalisedTextValue;
  partnerCountries: string[];
  partnerRegions: string[];
  sectors: string[];
  createdBy: string | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TrainingTotals {
  batches: number;
  trainees: number;
  firstStartsOn: string | null;
  lastEndsOn: string | null;
}

export interface TrainingProgrammeView extends TrainingProgrammeRecord {
  organisationName: string;
  totals: TrainingTotals;
}

export interface TrainingBatchRecord {
  id: string;
  programmeId: string;
  label: string | null;
  startsOn: string;
  endsOn: string;
  mode: TrainingMode;
  location: string | null;
  traineeCount: number;
  version: number;
}

export interface TrainingBatchView extends TrainingBatchRecord {
  /** How many trainees are listed by name (the list itself is personal data). */
  listedTrainees: number;
}

export interface TraineeRecord {
  name: string;
  organisation: string | null;
  country: string | null;
  email: string | null;
}

export interface TrainingListFilter {
  year?: number;
  country?: string;
  sector?: string;
  mode?: TrainingMode;
  organisationId?: string;
  q?: string;
}

export interface TrainingYearTotal {
  year: number;
  programmes: number;
  batches: number;
  trainees: number;
  online: number;
  offline: number;
  hybrid: number;
}

export type TrainingProgrammeWrite = Omit<TrainingProgrammeRecord, 'version' | 'createdAt' | 'updatedAt'>;
export type TrainingProgrammeUpdate = Partial<Pick<TrainingProgrammeRecord, 'title' | 'defaultLanguage' | 'description' | 'partnerCountries' | 'partnerRegions' | 'sectors'>>;
export type TrainingBatchUpdate = Partial<Omit<TrainingBatchRecord, 'id' | 'programmeId' | 'version'>>;

export interface TrainingStore {
  insertProgramme(programme: TrainingProgrammeWrite): Promise<void>;
  findProgramme(id: string): Promise<TrainingProgrammeView | null>;
  updateProgramme(id: string, patch: TrainingProgrammeUpdate, expectedVersion: number): Promise<boolean>;
  deleteProgramme(id: string): Promise<void>;
  listProgrammes(filter: TrainingListFilter, page: { limit: number; offset: number }): Promise<{ items: TrainingProgrammeView[]; total: number }>;
  /** Batches, trainees and programmes per year a batch started in, over the filtered programmes. */
  totalsByYear(filter: TrainingListFilter): Promise<TrainingYearTotal[]>;

  batches(programmeId: string): Promise<TrainingBatchView[]>;
  findBatch(programmeId: string, batchId: string): Promise<TrainingBatchView | null>;
  insertBatch(batch: Omit<TrainingBatchRecord, 'version'>, organisationId: string): Promise<void>;
  updateBatch(programmeId: string, batchId: string, patch: TrainingBatchUpdate, expectedVersion?: number): Promise<boolean>;
  deleteBatch(programmeId: string, batchId: string): Promise<boolean>;

  trainees(batchId: string): Promise<TraineeRecord[]>;
  replaceTrainees(programmeId: string, batchId: string, trainees: TraineeRecord[]): Promise<void>;
}
