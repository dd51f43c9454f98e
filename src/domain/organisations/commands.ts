import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../accounts/secrets.js';
import { fail } from '../errors.js';
import { requestMatchingRefresh } from '../matching/jobs.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { canOnOrganisation } from './policy.js';
import type { InvitationInput, OrganisationInput, OrganisationPatch, VerificationDecision } from './schema.js';
import type { OrganisationRecord } from './store.js';

export const INVITATION_TTL_MS = 14 * 24 * 3_600_000;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 512 * 1024;

async function assertSectors(stores: Stores, sectors: string[] | undefined): Promise<void> {
  if (!sectors?.length) return;
  const unknown = await stores.platform.unknownConcepts(sectors, 'sector');
  if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((code) => ({ path: '/sectors', message: `unknown sector ${code}` })));
}

export async function loadOrganisation(stores: Stores, id: string): Promise<OrganisationRecord> {
  return (await stores.organisations.find(id)) ?? fail('ORGANISATION_NOT_FOUND');
}

/** Creates an organisation with `creatorId` as its first administrator; it starts unverified. */
export async function createOrganisationRecord(
  stores: Stores,
  clock: Clock,
  creatorId: string,
  input: OrganisationInput,
  options: { demo?: boolean; verified?: boolean } = {},
): Promise<string> {
  assertCountries([{ path: '/country', code: input.country }]);
  await assertSectors(stores, input.sectors);
  const id = randomUUID();
  await stores.organisations.insert({
    id,
    name: input.name.trim(),
    type: input.type,
    country: input.country,
    city: input.city ?? null,
    sectors: input.sectors ?? [],
    website: input.website ?? null,
    descriptions: input.descriptions ?? {},
    verificationStatus: options.verified ? 'verified' : 'pending',
    demo: options.demo ?? false,
  });
  if (options.verified) await stores.organisations.update(id, { verifiedAt: clock.now() });
  await stores.organisations.addMember(id, creatorId, 'admin');
  await requestMatchingRefresh(stores, { kind: 'organisation', id });
  await stores.platform.audit({ actorId: creatorId, action: 'organisation.created', subjectType: 'organisation', subjectId: id });
  return id;
}

export async function createOrganisation(stores: Stores, clock: Clock, actor: Actor | null, input: OrganisationInput): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  return createOrganisationRecord(stores, clock, actor.userId, input);
}

export async function updateOrganisation(stores: Stores, actor: Actor | null, id: string, patch: OrganisationPatch): Promise<void> {
  const org = await loadOrganisation(stores, id);
  if (!canOnOrganisation(actor, 'edit', org)) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  if (patch.country) assertCountries([{ path: '/country', code: patch.country }]);
  await assertSectors(stores, patch.sectors);
  const { version, ...fields } = patch;
  const ok = await stores.organisations.update(id, fields, version);
  if (!ok) fail('VERSION_CONFLICT', { currentVersion: org.version });
  await requestMatchingRefresh(stores, { kind: 'organisation', id });
  await stores.platform.audit({ actorId: actor?.userId ?? null, action: 'organisation.updated', subjectType: 'organisation', subjectId: id, details: { fields: Object.keys(fields) } });
}

export async function setOrganisationLogo(stores: Stores, actor: Actor | null, id: string, mime: string, image: Uint8Array): Promise<void> {
  const org = await loadOrganisation(stores, id);
  if (!canOnOrganisation(actor, 'edit', org)) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  if (!(LOGO_MIME_TYPES as readonly string[]).includes(mime) || !matchesImageSignature(mime, image)) fail('UNSUPPORTED_MEDIA_TYPE');
  if (image.byteLength > LOGO_MAX_BYTES) fail('PAYLOAD_TOO_LARGE');
  await stores.organisations.setLogo(id, mime, image);
}

/** Trust the bytes, not the declared type: a logo must really be the image it claims to be. */
function matchesImageSignature(mime: string, b: Uint8Array): boolean {
  if (mime === 'image/png') return b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  if (mime === 'image/jpeg') return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  if (mime === 'image/webp') return String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP';
  return false;
}

export async function inviteMember(
  stores: Stores,
  clock: Clock,
  actor: Actor | null,
  organisationId: string,
  input: InvitationInput,
  publicUrl: string,
): Promise<{ invitationId: string; token: string }> {
  const org = await loadOrganisation(stores, organisationId);
  if (!canOnOrganisation(actor, 'manageMembers', org) || !actor) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  const email = input.email.trim().toLowerCase();
  const existing = await stores.accounts.findUserByEmail(email);
  if (existing && (await stores.organisations.memberRole(organisationId, existing.id))) fail('ALREADY_MEMBER');
  const token = newToken();
  const invitationId = randomUUID();
  await stores.organisations.insertInvitation({
    id: invitationId,
    organisationId,
    email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedBy: actor.userId,
    expiresAt: new Date(clock.now().getTime() + INVITATION_TTL_MS),
    acceptedAt: null,
  });
  await stores.platform.enqueueMail({
    to: email,
    subject: `Innox: invitation to join ${org.name}`,
    text:
      `You have been invited to join ${org.name} on Innox as ${input.role === 'admin' ? 'an administrator' : 'a member'}.\n\n` +
      `Accept within 14 days (create an account with this e-mail address first if you have none):\n\n${publicUrl}/invitations/${token}\n`,
  });
  await stores.platform.audit({ actorId: actor.userId, action: 'organisation.member_invited', subjectType: 'organisation', subjectId: organisationId, details: { email, role: input.role } });
  return { invitationId, token };
}

export async function acceptInvitation(stores: Stores, clock: Clock, actor: Actor | null, token: string): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const invitation = await stores.organisations.findInvitationByTokenHash(hashToken(token));
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= clock.now()) fail('INVITATION_INVALID');
  const user = await stores.accounts.findUserById(actor.userId);
  // The link was sent to one address; only the account with that address may use it.
  if (!user || user.email !== invitation.email) fail('FORBIDDEN', { reason: 'invitation_for_other_email' });
  if (await stores.organisations.memberRole(invitation.organisationId, actor.userId)) fail('ALREADY_MEMBER');
  await stores.organisations.addMember(invitation.organisationId, actor.userId, invitation.role);
  await stores.organisations.markInvitationAccepted(invitation.id, clock.now());
  await stores.platform.audit({ actorId: actor.userId, action: 'organisation.member_joined', subjectType: 'organisation', subjectId: invitation.organisationId });
  return invitation.organisationId;
}

export async function removeMember(stores: Stores, actor: Actor | null, organisationId: string, userId: string): Promise<void> {
  const org = await loadOrganisation(stores, organisationId);
  const self = actor?.userId === userId;
  if (!actor || (!self && !canOnOrganisation(actor, 'manageMembers', org))) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  const members = await stores.organisations.members(organisationId);
  const target = members.find((m) => m.userId === userId) ?? fail('USER_NOT_FOUND');
  if (target.role === 'admin' && members.filter((m) => m.role === 'admin').length === 1) fail('LAST_ADMIN');
  await stores.organisations.removeMember(organisationId, userId);
  await stores.platform.audit({ actorId: actor.userId, action: 'organisation.member_removed', subjectType: 'organisation', subjectId: organisationId, details: { userId } });
}

export async function decideVerification(stores: Stores, clock: Clock, actor: Actor | null, organisationId: string, input: VerificationDecision): Promise<void> {
  const org = await loadOrganisation(stores, organisationId);
  if (!canOnOrganisation(actor, 'verify', org) || !actor) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  if (input.decision === 'reject' && !input.reason) fail('REASON_REQUIRED', [{ path: '/reason', message: 'a reason is required to reject' }]);
  await stores.organisations.update(organisationId, {
    verificationStatus: input.decision === 'verify' ? 'verified' : 'rejected',
    verificationNote: input.reason ?? null,
    verifiedAt: input.decision === 'verify' ? clock.now() : null,
  });
  await requestMatchingRefresh(stores, { kind: 'organisation', id: organisationId });
  await stores.platform.audit({ actorId: actor.userId, action: `organisation.${input.decision === 'verify' ? 'verified' : 'verification_rejected'}`, subjectType: 'organisation', subjectId: organisationId, details: { reason: input.reason ?? null } });
}
