/** What the reports read: aggregates and the records behind them, always within a scope. */
import type { FigureRef } from './figures.js';
import type { ReportScope } from './policy.js';
import type { DealsDashboard, EventFigures, FigureRecord, ListingsDashboard, MatchingDashboard, MeetingsDashboard, ProgrammesDashboard } from './schema.js';

export interface DashboardFilter {
  scope: ReportScope;
  /** First and last day, inclusive. */
  from: string;
  to: string;
}

export interface AnnualFilter {
  scope: ReportScope;
  year: number;
  homeCountry: string;
  reportingCurrency: string;
  /** Language of record labels (titles fall back to their default language). */
  lang: string;
}

export interface FigureTotal {
  /** Records behind the figure. */
  count: number;
  /** Sum of the records' values (null values are left out). */
  sum: number;
  /** Records whose value is unknown (e.g. a deal value never converted). */
  missing: number;
}

export interface AnnualEvent {
  id: string;
  kind: string;
  title: Record<string, string>;
  startsOn: string;
  endsOn: string;
  city: string | null;
}

export interface EventCounts {
  sessions: number;
  streamedSessions: number;
  requested: number;
  accepted: number;
  held: number;
  withIntention: number;
  dealsSigned: number;
  registryAgreements: number;
  byCountry: Array<{ country: string; count: number }>;
}

export type Without<T, K extends string> = Omit<T, 'range' | K>;

export interface ReportStore {
  listings(filter: DashboardFilter): Promise<Without<ListingsDashboard, never>>;
  matching(filter: DashboardFilter): Promise<Without<MatchingDashboard, 'precision'>>;
  meetings(filter: DashboardFilter): Promise<Without<MeetingsDashboard, never>>;
  deals(filter: DashboardFilter, reportingCurrency: string): Promise<Without<DealsDashboard, 'reportingCurrency'>>;
  programmes(filter: DashboardFilter): Promise<Without<ProgrammesDashboard, never>>;
  /** Events starting within the range, with their participation figures. */
  events(filter: DashboardFilter): Promise<{ events: EventFigures[]; byCountry: Array<{ country: string; count: number }> }>;
  eventFigures(eventId: string): Promise<EventFigures | null>;
  eventCounts(eventId: string): Promise<EventCounts>;

  figureTotal(ref: FigureRef, filter: AnnualFilter): Promise<FigureTotal>;
  figureRecords(ref: FigureRef, filter: AnnualFilter, limit: number): Promise<FigureRecord[]>;
  /** Whether the training programme or event of a per-subject figure is in the annual report's scope and year. */
  subjectInReport(ref: FigureRef, filter: AnnualFilter): Promise<boolean>;
  flagshipEvents(filter: AnnualFilter): Promise<AnnualEvent[]>;
  trainingProgrammes(filter: AnnualFilter): Promise<Array<{ id: string; title: Record<string, string>; online: boolean }>>;
  organisationName(id: string): Promise<string | null>;
}
