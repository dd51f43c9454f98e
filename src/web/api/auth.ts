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
