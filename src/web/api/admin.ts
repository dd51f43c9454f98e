/** Platform administration: moderation queue, organisation verification, mail outbox. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { keys } from './keys';
import type { Listing, Organisation, OutboxMail } from './types';

export function useModerationQueue() {
  return useQuery({ queryKey: keys.moderation, queryFn: () => apiFetch<{ items: Listing[] }>('/admin/moderation') });
}

export function useVerificationQueue() {
  return useQuery({
    queryKey: keys.verifications,
    queryFn: () => apiFetch<{ items: Organisation[] }>('/admin/verifications'),
  });
}

export function useVerifyOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: 'verify' | 'reject'; reason?: string }) =>
      apiFetch<unknown>(`/admin/organisations/${encodeURIComponent(id)}/verify`, {
        method: 'POST',
        body: reason ? { decision, reason } : { decision },
      }),
    onSuccess: (_result, { id }) => {
      void client.invalidateQueries({ queryKey: keys.verifications });
      void client.invalidateQueries({ queryKey: keys.organisation(id) });
    },
  });
}

export function useOutbox() {
  return useQuery({ queryKey: keys.outbox, queryFn: () => apiFetch<{ items: OutboxMail[] }>('/admin/outbox') });
}
