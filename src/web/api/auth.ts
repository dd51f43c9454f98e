/** The session: who is logged in, and the account commands. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { keys } from './keys';
import type { ContentLanguage, MeResponse, OrganisationType, User } from './types';

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => apiFetch<MeResponse>('/auth/me'), staleTime: 60_000 });
}

/** The logged-in user, or null (also while loading). */
export function useCurrentUser(): User | null {
  return useMe().data?.user ?? null;
}

function useSetUser() {
  const client = useQueryClient();
  return (user: User | null) => {
    client.setQueryData<MeResponse>(keys.me, { user });
    // Abilities in every cached resource depend on who is asking.
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'taxonomy' });
  };
}

export function useLogin() {
  const setUser = useSetUser();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      apiFetch<{ user: User }>('/auth/login', { method: 'POST', body: input }),
    onSuccess: ({ user }) => setUser(user),
  });
}

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  locale?: ContentLanguage;
  organisation?: { name: string; type: OrganisationType; country: string; city?: string };
}

export function useRegister() {
  const setUser = useSetUser();
  return useMutation({
    mutationFn: (input: RegisterInput) => apiFetch<{ user: User }>('/auth/register', { method: 'POST', body: input }),
    onSuccess: ({ user }) => setUser(user),
  });
}

export function useLogout() {
  const setUser = useSetUser();
  return useMutation({
    mutationFn: () => apiFetch<void>('/auth/logout', { method: 'POST' }),
    onSuccess: () => setUser(null),
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { displayName?: string; locale?: ContentLanguage }) =>
      apiFetch<{ user: User }>('/auth/me', { method: 'PATCH', body: input }),
    onSuccess: ({ user }) => client.setQueryData<MeResponse>(keys.me, { user }),
  });
}

/**
 * Saves the UI language to the account. Saves run one after another (a shared mutation scope), so after
 * quick successive choices the last one is the one the account keeps; each survives a page reload
 * (keepalive), and `onSaved` runs even if the calling component has gone meanwhile.
 */
export function useSaveAccountLanguage(onSaved?: (user: User, locale: ContentLanguage) => void) {
  const client = useQueryClient();
  return useMutation({
    scope: { id: 'account-language' },
    mutationFn: (locale: ContentLanguage) =>
      apiFetch<{ user: User }>('/auth/me', { method: 'PATCH', body: { locale }, keepalive: true }),
    onSuccess: ({ user }, locale) => {
      client.setQueryData<MeResponse>(keys.me, { user });
      onSaved?.(user, locale);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) =>
      apiFetch<void>('/auth/password-reset/request', { method: 'POST', body: input }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      apiFetch<void>('/auth/password-reset/confirm', { method: 'POST', body: input }),
  });
}

export function useAcceptInvitation() {
  const setUser = useSetUser();
  return useMutation({
    mutationFn: (input: { token: string }) =>
      apiFetch<{ user: User }>('/invitations/accept', { method: 'POST', body: input }),
    onSuccess: ({ user }) => setUser(user),
  });
}
