import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { createOrganisationRecord } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import type { LoginInput, RegisterInput, UpdateMeInput } from './schema.js';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from './secrets.js';

export const RESET_TOKEN_TTL_MS = 60 * 60_000;
/** Sliding sessions: refreshed at most once a minute so a busy user does not write on every request. */
const SESSION_TOUCH_INTERVAL_MS = 60_000;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface SessionSettings {
  clock: Clock;
  sessionTtlMs: number;
}

export async function registerUser(stores: Stores, clock: Clock, input: RegisterInput): Promise<{ userId: string }> {
  const email = normaliseEmail(input.email);
  if (await stores.accounts.findUserByEmail(email)) fail('EMAIL_TAKEN');
  const userId = randomUUID();
  await stores.accounts.insertUser({
    id: userId,
    email,
    passwordHash: await hashPassword(input.password),
    displayName: input.displayName.trim(),
    locale: input.locale ?? null,
    isPlatformAdmin: false,
  });
  if (input.organisation) {
    await createOrganisationRecord(stores, clock, userId, {
      name: input.organisation.name,
      type: input.organisation.type,
      country: input.organisation.country,
      ...(input.organisation.city ? { city: input.organisation.city } : {}),
    });
  }
  await stores.platform.audit({ actorId: userId, action: 'user.registered', subjectType: 'user', subjectId: userId });
  return { userId };
}

export async function logIn(
  stores: Stores,
  settings: SessionSettings,
  input: LoginInput,
  userAgent: string | null,
): Promise<{ token: string; userId: string }> {
  const user = await stores.accounts.findUserByEmail(normaliseEmail(input.email));
  // Verify against a dummy hash for unknown e-mails so response time does not reveal accounts.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) fail('INVALID_CREDENTIALS');
  const token = newToken();
  const now = settings.clock.now();
  await stores.accounts.insertSession({
    idHash: hashToken(token),
    userId: user.id,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.sessionTtlMs),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, userId: user.id };
}

/** Starts a session for a user who just proved who they are another way (registration, invitation). */
export async function startSession(stores: Stores, settings: SessionSettings, userId: string, userAgent: string | null): Promise<string> {
  const token = newToken();
  const now = settings.clock.now();
  await stores.accounts.insertSession({
    idHash: hashToken(token),
    userId,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.sessionTtlMs),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function resolveSession(stores: Stores, settings: SessionSettings, token: string): Promise<Actor | null> {
  const idHash = hashToken(token);
  const session = await stores.accounts.findSession(idHash);
  const now = settings.clock.now();
  if (!session) return null;
  if (session.expiresAt <= now) {
    await stores.accounts.deleteSession(idHash);
    return null;
  }
  const user = await stores.accounts.findUserById(session.userId);
  if (!user) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await stores.accounts.touchSession(idHash, now, new Date(now.getTime() + settings.sessionTtlMs));
  }
  const memberships = await stores.accounts.membershipsOf(user.id);
  return {
    userId: user.id,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: new Map(memberships.map((m) => [m.organisationId, m.role])),
  };
}

export async function logOut(stores: Stores, token: string): Promise<void> {
  await stores.accounts.deleteSession(hashToken(token));
}

export async function logOutEverywhere(stores: Stores, actor: Actor): Promise<void> {
  await stores.accounts.deleteSessionsOfUser(actor.userId);
}

export async function updateMe(stores: Stores, actor: Actor, input: UpdateMeInput): Promise<void> {
  await stores.accounts.updateUser(actor.userId, {
    ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  });
}

/** Always succeeds from the caller's point of view, so it cannot be used to probe for accounts. */
export async function requestPasswordReset(stores: Stores, clock: Clock, email: string, publicUrl: string): Promise<void> {
  const user = await stores.accounts.findUserByEmail(normaliseEmail(email));
  if (!user) return;
  const token = newToken();
  await stores.accounts.insertResetToken({
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(clock.now().getTime() + RESET_TOKEN_TTL_MS),
  });
  await stores.platform.enqueueMail({
    to: user.email,
    subject: 'Innox: reset your password',
    text:
      `Hello ${user.displayName},\n\nSomeone (hopefully you) asked to reset your Innox password. ` +
      `Open this link within one hour to choose a new one:\n\n${publicUrl}/password-reset/${token}\n\n` +
      'If you did not ask for this, ignore this e-mail; your password stays as it is.\n',
  });
}

export async function confirmPasswordReset(stores: Stores, clock: Clock, token: string, password: string): Promise<void> {
  const userId = await stores.accounts.consumeResetToken(hashToken(token), clock.now());
  if (!userId) fail('RESET_TOKEN_INVALID');
  await stores.accounts.updateUser(userId, { passwordHash: await hashPassword(password) });
  // A reset means the old password may be known to someone else: end every session.
  await stores.accounts.deleteSessionsOfUser(userId);
  await stores.platform.audit({ actorId: userId, action: 'user.password_reset', subjectType: 'user', subjectId: userId });
}
