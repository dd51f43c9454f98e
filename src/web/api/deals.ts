/** Deals: the pipeline list with its stage summary, one deal, writes, documents, the exchange-rate table. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DealInput, DealPatch, DealValueInput, ExchangeRatesInput, StageInput } from '../../domain/deals/schema';
import type { DealSort, DealStage, DealType, DropCategory, PartyRole, RateSource, StageChangeKind } from '../../domain/deals/vocab';
import { apiFetch, toQueryString } from './client';

export type { DealInput, DealPatch, DealValueInput, StageInput };

export interface DealValueDto {
  amountMinor: number;
  currency: string;
  conversion: { reportingCurrency: string; rate: string; rateDate: string; rateSource: RateSource; reportingAmountMinor: number } | null;
}

export interface DealSummaryDto {
  id: string;
  title: string;
  type: DealType;
  stage: DealStage;
  stageChangedAt: string;
  drop: { category: DropCategory; reason: string } | null;
  ownerOrganisationId: string;
  parties: Array<{ organisationId: string; name: string; country: string; role: PartyRole; addedAt: string }>;
  event: { id: string; title: Record<string, string>; defaultLanguage: string; startsOn: string } | null;
  value: DealValueDto | null;
  expectedCloseOn: string | null;
  signedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  nextStages: DealStage[];
  abilities: { edit: boolean; manageParties: boolean; leave: boolean };
}

export interface DealDto extends DealSummaryDto {
  description: string;
  listings: Array<{ id: string; title: string; type: string }>;
  hiddenListings: number;
  meetings: Array<{ meetingId: string; eventId: string }>;
  history: Array<{
    id: string;
    kind: StageChangeKind;
    fromStage: DealStage | null;
    toStage: DealStage;
    dropCategory: DropCategory | null;
    reason: string | null;
    source: 'user' | 'meeting_outcome';
    actorName: string | null;
    organisationId: string | null;
    at: string;
  }>;
  notes: Array<{ id: string; organisationId: string; authorName: string | null; body: string; createdAt: string; mine: boolean }>;
  documents: Array<{ id: string; name: string; mime: string; sizeBytes: number; sha256: string; ownerOrganisationId: string; createdAt: string; addedAt: string; canRemove: boolean }>;
}

export interface DealListDto {
  items: DealSummaryDto[];
  total: number;
  page: number;
  pageSize: number;
  reportingCurrency: string;
  summary: Array<{ stage: DealStage; count: number; reportingAmountMinor: number; unconverted: number }>;
}

export interface DealFilters {
  stage?: DealStage[];
  type?: DealType[];
  eventId?: string;
  organisationId?: string;
  q?: string;
  dateField?: 'created' | 'expected_close' | 'signed';
  from?: string;
  to?: string;
  minValue?: number;
  maxValue?: number;
  sort?: DealSort;
  page?: number;
  pageSize?: number;
}

export const dealKeys = {
  all: ['deals'] as const,
  list: (filters: DealFilters) => ['deals', 'list', filters] as const,
  one: (id: string) => ['deals', 'one', id] as const,
  rates: ['deals', 'rates'] as const,
};

const path = (id: string) => `/deals/${encodeURIComponent(id)}`;

export function useDeals(filters: DealFilters) {
  return useQuery({ queryKey: dealKeys.list(filters), queryFn: () => apiFetch<DealListDto>('/deals', { query: { ...filters } }), placeholderData: keepPreviousData });
}

export function useDeal(id: string | null) {
  return useQuery({ queryKey: dealKeys.one(id ?? ''), queryFn: () => apiFetch<DealDto>(path(id ?? '')), enabled: Boolean(id) });
}

/** The export link for the current filters (a plain download, so the browser saves the file). */
export function dealExportUrl(filters: DealFilters, format: 'csv' | 'xlsx'): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/deals/export${toQueryString({ ...rest, format })}`;
}

export function documentUrl(dealId: string, fileId: string): string {
  return `/api${path(dealId)}/documents/${encodeURIComponent(fileId)}`;
}

/** Every deal mutation answers with the deal: the cache is updated and the lists refetched. */
function useDealMutation<V>(fn: (vars: V) => Promise<DealDto | undefined>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (deal) => {
      if (deal) client.setQueryData(dealKeys.one(deal.id), deal);
      void client.invalidateQueries({ queryKey: ['deals', 'list'] });
    },
  });
}

export const useCreateDeal = () => useDealMutation((input: DealInput) => apiFetch<DealDto>('/deals', { method: 'POST', body: input }));
export const useUpdateDeal = (id: string) => useDealMutation((patch: DealPatch) => apiFetch<DealDto>(path(id), { method: 'PATCH', body: patch }));
export const useMoveDeal = () => useDealMutation(({ id, ...input }: StageInput & { id: string }) => apiFetch<DealDto>(`${path(id)}/stage`, { method: 'POST', body: input }));
export const useAddParty = (id: string) => useDealMutation((organisationId: string) => apiFetch<DealDto>(`${path(id)}/parties`, { method: 'POST', body: { organisationId } }));
export const useAddNote = (id: string) => useDealMutation((body: string) => apiFetch<DealDto>(`${path(id)}/notes`, { method: 'POST', body: { body } }));
export const useUploadDocument = (id: string) =>
  useDealMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiFetch<DealDto>(`${path(id)}/documents`, { method: 'POST', body: form });
  });

/** Removals answer 204: the deal is read again. */
function useRemoval(id: string, url: (key: string) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => apiFetch<void>(url(key), { method: 'DELETE' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: dealKeys.one(id) });
      void client.invalidateQueries({ queryKey: ['deals', 'list'] });
    },
  });
}

export const useRemoveParty = (id: string) => useRemoval(id, (organisationId) => `${path(id)}/parties/${encodeURIComponent(organisationId)}`);
export const useDeleteNote = (id: string) => useRemoval(id, (noteId) => `${path(id)}/notes/${encodeURIComponent(noteId)}`);
export const useRemoveDocument = (id: string) => useRemoval(id, (fileId) => `${path(id)}/documents/${encodeURIComponent(fileId)}`);

export interface ExchangeRatesDto {
  reportingCurrency: string;
  rates: Array<{ currency: string; rate: string; validOn: string; createdAt: string }>;
}

export function useExchangeRates(enabled = true) {
  return useQuery({ queryKey: dealKeys.rates, queryFn: () => apiFetch<ExchangeRatesDto>('/exchange-rates'), enabled });
}

export function useSetExchangeRates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExchangeRatesInput) => apiFetch<ExchangeRatesDto>('/admin/exchange-rates', { method: 'PUT', body: input }),
    onSuccess: (rates) => client.setQueryData(dealKeys.rates, rates),
  });
}
