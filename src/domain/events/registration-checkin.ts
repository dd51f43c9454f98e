/**
 * Check-in at the door and the attendance it records: one row per participant and local day of the
 * event (read in the event's time zone), so a multi-day forum counts each day and a second scan on the
 * same day changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { eventFor, loadEvent } from './commands.js';
import { authoriseStaffRead } from './registration-directory.js';
import type { CheckInInput } from './registration-schema.js';
import type { AttendanceRecord, RegistrationView } from './registration-store.js';
import { localDay } from './time.js';

export interface CheckInResult {
  registration: RegistrationView;
  alreadyCheckedIn: boolean;
  day: string;
  scannedAt: Date;
}

export async function checkIn(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, input: CheckInInput): Promise<CheckInResult> {
  const { event, actor: staff } = await eventFor(stores, actor, eventId, 'checkIn');
  const registration =
    'ticketCode' in input
      ? ((await stores.registrations.findRegistrationByTicket(eventId, input.ticketCode.trim())) ?? fail('TICKET_INVALID'))
      : ((await stores.registrations.findRegistration(eventId, input.registrationId)) ?? fail('REGISTRATION_NOT_FOUND'));
  if (registration.status !== 'confirmed') fail('INVALID_TRANSITION', { status: registration.status, action: 'checkIn' });
  const now = clock.now();
  const day = localDay(now, event.timeZone);
  const recorded = await stores.registrations.insertAttendance({ id: randomUUID(), eventId, registrationId: registration.id, day, scannedAt: now, scannedBy: staff.userId });
  if (!registration.checkedInAt) await stores.registrations.updateRegistration(eventId, registration.id, { checkedInAt: now, checkedInBy: staff.userId });
  if (recorded) {
    await stores.platform.audit({ actorId: staff.userId, action: 'registration.checked_in', subjectType: 'event_registration', subjectId: registration.id, details: { eventId, day } });
  }
  const current = (await stores.registrations.findRegistration(eventId, registration.id)) ?? registration;
  return { registration: current, alreadyCheckedIn: !recorded, day, scannedAt: now };
}

export interface AttendanceReport {
  confirmed: number;
  /** Distinct participants scanned on at least one day. */
  checkedIn: number;
  days: Array<{ day: string; count: number; byParticipantType: Record<string, number> }>;
  byParticipantType: Record<string, number>;
  participants: Array<{ registration: RegistrationView; days: string[] }>;
}

export async function attendanceReport(stores: Stores, actor: Actor | null, eventId: string): Promise<AttendanceReport> {
  const event = await loadEvent(stores, actor, eventId);
  authoriseStaffRead(actor, event);
  const scans = await stores.registrations.attendance(eventId);
  const byRegistration = new Map<string, AttendanceRecord[]>();
  for (const s of scans) byRegistration.set(s.registrationId, [...(byRegistration.get(s.registrationId) ?? []), s]);
  const registrations = new Map((await stores.registrations.registrationsByIds(eventId, [...byRegistration.keys()])).map((r) => [r.id, r]));
  const days = new Map<string, { count: number; byParticipantType: Record<string, number> }>();
  const byParticipantType: Record<string, number> = {};
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const s of scans) {
    const type = registrations.get(s.registrationId)?.participantType ?? 'other';
    const entry = days.get(s.day) ?? { count: 0, byParticipantType: {} };
    entry.count++;
    bump(entry.byParticipantType, type);
    days.set(s.day, entry);
  }
  for (const r of registrations.values()) bump(byParticipantType, r.participantType);
  const participants = [...registrations.values()]
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id))
    .map((registration) => ({ registration, days: (byRegistration.get(registration.id) ?? []).map((s) => s.day) }));
  const counts = await stores.registrations.countsByStatus(eventId);
  return {
    confirmed: counts.confirmed,
    checkedIn: registrations.size,
    days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v })),
    byParticipantType,
    participants,
  };
}
