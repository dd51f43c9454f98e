/** Factories and readers for registrations: register a member, read the mail a registrant got. */
import type { OutgoingMail } from '../../src/domain/ports.js';
import type { TestApp } from './app.js';
import { expectStatus, type Response } from './client.js';
import type { Member } from './factories.js';

export interface RegistrationBody {
  id: string;
  eventId: string;
  userId: string;
  status: string;
  participantType: string;
  displayName: string;
  email: string | null;
  organisationId: string | null;
  organisationName: string | null;
  country: string;
  languages: string[];
  interpreterNeeds: string | null;
  offerListingIds: string[];
  seekListingIds: string[];
  answers: Record<string, unknown>;
  waitlistedAt: string | null;
  waitlistPosition: number | null;
  decisionReason: string | null;
  ticketCode: string | null;
  calendarFeedPath: string | null;
  checkedInAt: string | null;
  version: number;
  abilities: Record<string, boolean>;
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function registrationInput(member: Member, overrides: Record<string, unknown> = {}) {
  return { participantType: 'company', organisationId: member.organisationId, languages: ['en'], ...overrides };
}

export function postRegistration(member: Member, eventId: string, overrides: Record<string, unknown> = {}): Promise<Response<RegistrationBody>> {
  return member.client.post<RegistrationBody>(`/api/events/${eventId}/registrations`, registrationInput(member, overrides));
}

/** Registers the member with their organisation; asserts 201. */
export async function register(member: Member, eventId: string, overrides: Record<string, unknown> = {}): Promise<RegistrationBody> {
  const res = await postRegistration(member, eventId, overrides);
  expectStatus(res, 201);
  return res.body;
}

/** Delivers queued mail and returns what this address got, oldest first. */
export async function mailTo(app: TestApp, email: string): Promise<OutgoingMail[]> {
  await app.ctx.flushOutbox();
  return app.mail.sent.filter((m) => m.to === email);
}

export function errorDetails(res: Response<unknown>): unknown {
  return (res.body as ErrorBody).error.details;
}

/** The field paths of a 400 with field details. */
export function detailPaths(res: Response<unknown>): string[] {
  return (errorDetails(res) as Array<{ path: string }>).map((d) => d.path).sort();
}
