/** What the programme commands read and write; implemented in src/db/stores/programmes*.ts. */
import type { LocalisedTextValue } from '../events/schema.js';
import type { OrganisationType } from '../shared/vocab.js';
import type { Answer, Eligibility, FormQuestion, ProgrammeRound, ReviewSettings } from './schema.js';
import type {
  ApplicationStatus,
  CoApplicantStatus,
  Decision,
  MilestoneStatus,
  ProgrammeKind,
  ProgrammeStatus,
  ProjectStatus,
  ReviewerRole,
} from './vocab.js';

export interface ProgrammeRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  title: LocalisedTextValue;
  description: LocalisedTextValue;
  defaultLanguage: string;
  sectors: string[];
  budgetMinor: number | null;
  currency: string | null;
  rounds: ProgrammeRound[];
  eligibility: Eligibility;
  form: FormQuestion[];
  review: ReviewSettings;
  createdBy: string | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type ProgrammeWrite = Omit<ProgrammeRecord, 'organisationName' | 'version' | 'createdAt' | 'updatedAt'>;
export type ProgrammeUpdate = Partial<Omit<ProgrammeWrite, 'id' | 'organisationId' | 'createdBy' | 'demo'>>;

export interface ApplicantOrganisation {
  organisationId: string;
  name: string;
  type: OrganisationType;
  country: string;
}

export interface CoApplicant extends ApplicantOrganisation {
  status: CoApplicantStatus;
}

export interface ApplicationRecord {
  id: string;
  programmeId: string;
  organisationId: string;
  status: ApplicationStatus;
  title: string;
  summary: string;
  sectors: string[];
  requestedMinor: number | null;
  answers: Record<string, Answer>;
  submittedAt: Date | null;
  decision: Decision | null;
  decisionNote: string | null;
  awardedMinor: number | null;
  resubmitBy: Date | null;
  decidedAt: Date | null;
  createdBy: string;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type ApplicationWrite = Omit<ApplicationRecord, 'version' | 'createdAt' | 'updatedAt'>;
export type ApplicationUpdate = Partial<Omit<ApplicationWrite, 'id' | 'programmeId' | 'organisationId' | 'createdBy' | 'demo'>>;

/** An application with its lead and co-applicant organisations: what policies and presenters need. */
export interface ApplicationView extends ApplicationRecord {
  lead: ApplicantOrganisation;
  coApplicants: CoApplicant[];
}

export interface ReviewerRecord {
  programmeId: string;
  userId: string;
  displayName: string;
  email: string;
  role: ReviewerRole;
  sectors: string[];
  /** Organisations the reviewer belongs to (automatic conflicts). */
  organisationIds: string[];
}

export interface ConflictRecord {
  id: string;
  programmeId: string;
  userId: string;
  applicationId: string | null;
  organisationId: string | null;
  reason: string;
  declaredBy: string;
  createdAt: Date;
}

export interface AssignmentRecord {
  id: string;
  programmeId: string;
  applicationId: string;
  reviewerId: string;
  scores: Record<string, number>;
  comment: string;
  submittedAt: Date | null;
  createdAt: Date;
}

export interface JuryScoreRecord {
  programmeId: string;
  roundId: string;
  applicationId: string;
  jurorId: string;
  scores: Record<string, number>;
  comment: string;
  createdAt: Date;
}

export interface ProjectRecord {
  id: string;
  programmeId: string;
  applicationId: string;
  organisationId: string;
  title: string;
  awardedMinor: number;
  currency: string | null;
  status: ProjectStatus;
  createdAt: Date;
}

export interface MilestoneRecord {
  id: string;
  projectId: string;
  title: string;
  dueOn: string;
  status: MilestoneStatus;
}

export interface ProgressReportRecord {
  id: string;
  projectId: string;
  text: string;
  submittedBy: string;
  createdAt: Date;
}

export interface PaymentRecord {
  id: string;
  projectId: string;
  amountMinor: number;
  paidOn: string;
  note: string;
  recordedBy: string;
  createdAt: Date;
}

export interface ProgrammeStore {
  insert(p: ProgrammeWrite): Promise<void>;
  find(id: string): Promise<ProgrammeRecord | null>;
  update(id: string, patch: ProgrammeUpdate, expectedVersion?: number): Promise<boolean>;
  list(filter: { kind?: ProgrammeKind; organisationIds: string[]; mineOnly: boolean; includeAllDrafts: boolean; limit: number }): Promise<ProgrammeRecord[]>;

  insertApplication(a: ApplicationWrite): Promise<void>;
  findApplication(id: string): Promise<ApplicationView | null>;
  updateApplication(id: string, patch: ApplicationUpdate, expectedVersion?: number): Promise<boolean>;
  /** Applications of the programme; `statuses` narrows, `organisationIds` keeps those these organisations lead or join. */
  listApplications(programmeId: string, filter: { statuses?: ApplicationStatus[]; organisationIds?: string[] }): Promise<ApplicationView[]>;
  setCoApplicant(applicationId: string, organisationId: string, status: CoApplicantStatus): Promise<void>;
  removeCoApplicant(applicationId: string, organisationId: string): Promise<void>;
  /** Sum of awarded amounts of funded applications. */
  awardedTotal(programmeId: string): Promise<number>;

  upsertReviewer(r: { programmeId: string; userId: string; role: ReviewerRole; sectors: string[]; invitedBy: string }): Promise<void>;
  removeReviewer(programmeId: string, userId: string): Promise<void>;
  reviewers(programmeId: string): Promise<ReviewerRecord[]>;
  reviewer(programmeId: string, userId: string): Promise<ReviewerRecord | null>;
  /** Programmes the user reviews or judges. */
  reviewingProgrammeIds(userId: string): Promise<string[]>;

  insertConflict(c: Omit<ConflictRecord, 'createdAt'>): Promise<void>;
  conflicts(programmeId: string): Promise<ConflictRecord[]>;

  insertAssignment(a: { id: string; programmeId: string; applicationId: string; reviewerId: string }): Promise<boolean>;
  findAssignment(id: string): Promise<AssignmentRecord | null>;
  deleteAssignment(id: string): Promise<void>;
  assignments(programmeId: string, filter?: { reviewerId?: string; applicationId?: string }): Promise<AssignmentRecord[]>;
  saveReview(id: string, review: { scores: Record<string, number>; comment: string; submittedAt: Date | null }): Promise<void>;

  upsertJuryScore(s: Omit<JuryScoreRecord, 'createdAt'>): Promise<void>;
  juryScores(programmeId: string, roundId?: string): Promise<JuryScoreRecord[]>;

  insertProject(p: Omit<ProjectRecord, 'createdAt'>): Promise<void>;
  findProject(id: string): Promise<ProjectRecord | null>;
  projectForApplication(applicationId: string): Promise<ProjectRecord | null>;
  projects(programmeId: string): Promise<ProjectRecord[]>;
  updateProject(id: string, patch: { status?: ProjectStatus; awardedMinor?: number }): Promise<void>;
  insertMilestone(m: MilestoneRecord & { programmeId: string }): Promise<void>;
  updateMilestone(projectId: string, id: string, status: MilestoneStatus): Promise<boolean>;
  milestones(projectId: string): Promise<MilestoneRecord[]>;
  insertReport(r: Omit<ProgressReportRecord, 'createdAt'> & { programmeId: string }): Promise<void>;
  reports(projectId: string): Promise<ProgressReportRecord[]>;
  insertPayment(p: Omit<PaymentRecord, 'createdAt'> & { programmeId: string }): Promise<void>;
  payments(projectId: string): Promise<PaymentRecord[]>;
}
