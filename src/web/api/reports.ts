/** Reports: dashboards, the per-event report and the annual report with the records behind its figures. */
import { useQuery } from '@tanstack/react-query';
import type {
  AnnualReport,
  DealsDashboard,
  EventReport,
  EventsDashboard,
  FigureRecords,
  ListingsDashboard,
  MatchingDashboard,
  MeetingsDashboard,
  ProgrammesDashboard,
} from '../../domain/reports/schema';
import { apiFetch, toQueryString } from './client';

export type { AnnualReport, DealsDashboard, EventReport, EventsDashboard, FigureRecords, ListingsDashboard, MatchingDashboard, MeetingsDashboard, ProgrammesDashboard };
export type { Figure, FlagshipEvent } from '../../domain/reports/schema';

export interface DashboardParams {
  from: string;
  to: string;
  scope?: string | undefined;
}

interface Dashboards {
  listings: ListingsDashboard;
  matching: MatchingDashboard;
  meetings: MeetingsDashboard;
  deals: DealsDashboard;
  programmes: ProgrammesDashboard;
  events: EventsDashboard;
}

export function useDashboard<K extends keyof Dashboards>(group: K, params: DashboardParams) {
  return useQuery({ queryKey: ['reports', group, params], queryFn: () => apiFetch<Dashboards[K]>(`/reports/${group}`, { query: { ...params } }) });
}

export function useEventReport(eventId: string) {
  return useQuery({ queryKey: ['reports', 'event', eventId], queryFn: () => apiFetch<EventReport>(`/events/${encodeURIComponent(eventId)}/report`) });
}

export interface AnnualParams {
  year: number;
  scope?: string | undefined;
  lang: string;
}

export function useAnnualReport(params: AnnualParams) {
  return useQuery({ queryKey: ['reports', 'annual', params], queryFn: () => apiFetch<AnnualReport>('/reports/annual', { query: { ...params } }) });
}

export function useFigureRecords(key: string | null, params: AnnualParams) {
  return useQuery({
    queryKey: ['reports', 'figure', key, params],
    enabled: key !== null,
    queryFn: () => apiFetch<FigureRecords>(`/reports/annual/figures/${encodeURIComponent(key ?? '')}`, { query: { year: params.year, scope: params.scope, lang: params.lang } }),
  });
}

export const annualExportUrl = (format: 'html' | 'pdf' | 'xlsx', params: AnnualParams) => `/api/reports/annual.${format}${toQueryString({ ...params })}`;
