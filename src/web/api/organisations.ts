/** Organisations, their members, invitations, logos and imports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { keys } from './keys';
import type {
  ImportPreview,
  ImportReport,
  Listing,
  Member,
  MemberRole,
  MeResponse,
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  Page,
} from './types';

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: keys.organisation(id ?? ''),
    queryFn: () => apiFetch<Organisation>(`/organisations/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useOrganisationDirectory(params: { q?: string; type?: string; country?: string }) {
  return useQuery({
    queryKey: keys.organisations(params),
    queryFn: () =>
      apiFetch<Page<Organisation>>('/organisations', { query: { ...params, limit: 50 } }),
  });
}

export function useOrganisationListings(id: string | undefined) {
  return useQuery({
    queryKey: keys.orgListings(id ?? ''),
    queryFn: () =>
      apiFetch<Page<Listing>>(`/organisations/${encodeURIComponent(id ?? '')}/listings`, { query: { limit: 100 } }),
    enabled: Boolean(id),
  });
}

export function useMembers(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: keys.members(id ?? ''),
    queryFn: () =>
      apiFetch<{ items: Member[] }>(`/organisations/${encodeURIComponent(id ?? '')}/members`),
    enabled: Boolean(id) && enabled,
  });
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => apiFetch<Organisation>('/organisations', { method: 'POST', body: input }),
    onSuccess: async () => {
      // The creator becomes its admin: refresh memberships.
      await client.invalidateQueries({ queryKey: keys.me });
    },
  });
}

export function useUpdateOrganisation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationPatch) =>
      apiFetch<Organisation>(`/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (org) => {
      client.setQueryData(keys.organisation(id), org);
      const me = client.getQueryData<MeResponse>(keys.me);
      if (me?.user?.memberships.some((m) => m.organisationId === id)) void client.invalidateQueries({ queryKey: keys.me });
    },
  });
}

export function logoUrl(org: Pick<Organisation, 'id'>, version?: string): string {
  return `/api/organisations/${encodeURIComponent(org.id)}/logo${version ? `?v=${encodeURIComponent(version)}` : ''}`;
}

export function useUploadLogo(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiFetch<unknown>(`/organisations/${encodeURIComponent(id)}/logo`, { method: 'PUT', body: form });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.organisation(id) }),
  });
}

export function useInvite(id: string) {
  return useMutation({
    mutationFn: (input: { email: string; role: MemberRole }) =>
      apiFetch<unknown>(`/organisations/${encodeURIComponent(id)}/invitations`, { method: 'POST', body: input }),
  });
}

export function useImportPreview() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiFetch<ImportPreview>('/imports/preview', { method: 'POST', body: form });
    },
  });
}

export interface ImportRequest {
  file: File;
  mapping: Record<string, string>;
  defaults: Record<string, unknown>;
  dryRun: boolean;
}

export function useRunImport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mapping, defaults, dryRun }: ImportRequest) => {
      const form = new FormData();
      // Text fields first: multipart parsers commonly read fields that precede the file.
      form.append('mapping', JSON.stringify(mapping));
      form.append('defaults', JSON.stringify(defaults));
      form.append('file', file);
      return apiFetch<ImportReport>(`/organisations/${encodeURIComponent(id)}/imports`, {
        method: 'POST',
        query: { dryRun },
        body: form,
      });
    },
    onSuccess: (report) => {
      if (!report.dryRun) {
        void client.invalidateQueries({ queryKey: keys.orgListings(id) });
        void client.invalidateQueries({ queryKey: keys.listingsAll });
      }
    },
  });
}
