/**
 * The e-mails a registrant gets. Plain text in English (the language every participant of these
 * international events is asked to read), with the event's title in its default language and in
 * English where the organisers gave one.
 */
import type { OutgoingMail } from '../ports.js';
import type { RegistrationView } from './registration-store.js';
import type { EventRecord } from './store.js';

export type RegistrationMailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'pending'
  | 'approved'
  | 'approved_waitlisted'
  | 'declined'
  | 'cancelled_by_participant'
  | 'cancelled_by_organiser';

type MailEvent = Pick<EventRecord, 'id' | 'title' | 'defaultLanguage' | 'startsOn' | 'endsOn' | 'venue' | 'city' | 'onlineUrl'>;

export function eventTitle(event: Pick<EventRecord, 'title' | 'defaultLanguage'>): string {
  const titles = event.title as Record<string, string | undefined>;
  const main = titles[event.defaultLanguage] ?? titles.en ?? Object.values(titles).find(Boolean) ?? '';
  const english = titles.en;
  return english && english !== main ? `${main} (${english})` : main;
}

export const ticketUrl = (publicUrl: string, eventId: string) => `${publicUrl}/events/${eventId}/ticket`;

function eventLines(event: MailEvent, publicUrl: string): string {
  const when = event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} to ${event.endsOn}`;
  const where = [event.venue, event.city].filter(Boolean).join(', ') || event.onlineUrl || 'see the event page';
  return `When: ${when}\nWhere: ${where}\nEvent page: ${publicUrl}/events/${event.id}\n`;
}

function ticketLines(registration: RegistrationView, event: MailEvent, publicUrl: string): string {
  return (
    `Your ticket code: ${registration.ticketCode}\n` +
    `Show the QR code of your ticket at the entrance; it is here:\n\n${ticketUrl(publicUrl, event.id)}\n`
  );
}

export function registrationMail(
  kind: RegistrationMailKind,
  event: MailEvent,
  registration: RegistrationView,
  publicUrl: string,
  extra: { reason?: string | null; waitlistPosition?: number | null } = {},
): OutgoingMail {
  const title = eventTitle(event);
  const hello = `Dear ${registration.displayName},\n\n`;
  const details = `\n${eventLines(event, publicUrl)}`;
  const position = extra.waitlistPosition ? ` You are number ${extra.waitlistPosition} on the list.` : '';
  const reason = extra.reason?.trim() ? `\nReason given by the organisers: ${extra.reason.trim()}\n` : '';
  const waitNote = 'We will e-mail you as soon as a place becomes free; you are then confirmed automatically.';
  const texts: Record<RegistrationMailKind, { subject: string; body: string }> = {
    confirmed: {
      subject: `Innox: your registration for "${title}" is confirmed`,
      body: `your registration for "${title}" is confirmed.\n\n${ticketLines(registration, event, publicUrl)}`,
    },
    waitlisted: {
      subject: `Innox: you are on the waiting list for "${title}"`,
      body: `"${title}" is fully booked, so you are on the waiting list.${position}\n${waitNote}\n`,
    },
    promoted: {
      subject: `Innox: a place became free, your registration for "${title}" is confirmed`,
      body: `a place became free and your registration for "${title}" is now confirmed.\n\n${ticketLines(registration, event, publicUrl)}`,
    },
    pending: {
      subject: `Innox: your registration for "${title}" awaits approval`,
      body: `we received your registration for "${title}". The organisers approve registrations for this event; we will e-mail you their decision.\n`,
    },
    approved: {
      subject: `Innox: your registration for "${title}" was approved`,
      body: `the organisers approved your registration for "${title}"; it is confirmed.\n\n${ticketLines(registration, event, publicUrl)}`,
    },
    approved_waitlisted: {
      subject: `Innox: your registration for "${title}" was approved, you are on the waiting list`,
      body: `the organisers approved your registration for "${title}", but the event is fully booked, so you are on the waiting list.${position}\n${waitNote}\n`,
    },
    declined: {
      subject: `Innox: your registration for "${title}" was declined`,
      body: `the organisers declined your registration for "${title}".\n${reason}`,
    },
    cancelled_by_participant: {
      subject: `Innox: your registration for "${title}" is cancelled`,
      body: `you cancelled your registration for "${title}"; your ticket is no longer valid.\n`,
    },
    cancelled_by_organiser: {
      subject: `Innox: your registration for "${title}" was cancelled by the organisers`,
      body: `the organisers cancelled your registration for "${title}"; your ticket is no longer valid.\n${reason}`,
    },
  };
  const { subject, body } = texts[kind];
  return { to: registration.email, subject, text: `${hello}${body}${details}` };
}
