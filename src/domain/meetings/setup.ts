/** The organiser's set-up of a matchmaking day: slots, tables, and participants' availability and caps. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { eventFor, loadEvent } from '../events/commands.js';
import { isEventStaff } from '../events/policy.js';
import { localDay, localTime, zonedTimeToInstant } from '../events/time.js';
import type { Actor, Stores } from '../ports.js';
import { confirmedParticipant } from './requests.js';
import type { AvailabilityInput, SlotPlanInput, TablesInput } from './schema.js';
import type { MeetingSlot, MeetingTable } from './store.js';

const MINUTE_MS = 60_000;

/** Expands the organiser's blocks into slots, in time order, checking they lie in the event and do not overlap. */
export function expandSlotBlocks(eventId: string, plan: SlotPlanInput, event: { startsOn: string; endsOn: string; timeZone: string }): Omit<MeetingSlot, 'id'>[] {
  const slots: Omit<MeetingSlot, 'id' | 'ordinal'>[] = [];
  plan.blocks.forEach((block, b) => {
    if (block.day < event.startsOn || block.day > event.endsOn) {
      fail('VALIDATION_FAILED', [{ path: `/blocks/${b}/day`, message: `must be a day of the event (${event.startsOn} to ${event.endsOn})` }]);
    }
    const session = block.session ?? (block.start < '12:00' ? 'am' : 'pm');
    const breaks = new Map((block.breaks ?? []).map((x) => [x.afterSlot, x.minutes]));
    let start = zonedTimeToInstant(block.day, block.start, event.timeZone).getTime();
    for (let i = 1; i <= block.count; i++) {
      const end = start + block.slotMinutes * MINUTE_MS;
      if (localDay(new Date(end - 1), event.timeZone) !== block.day) {
        fail('VALIDATION_FAILED', [{ path: `/blocks/${b}/count`, message: 'the slots run past midnight' }]);
      }
      slots.push({ eventId, startsAt: new Date(start), endsAt: new Date(end), session });
      start = end + (block.gapMinutes ?? 0) * MINUTE_MS + (breaks.get(i) ?? 0) * MINUTE_MS;
    }
  });
  slots.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  for (let i = 1; i < slots.length; i++) {
    const prev = slots[i - 1]!;
    const cur = slots[i]!;
    if (cur.startsAt < prev.endsAt) {
      fail('VALIDATION_FAILED', [{ path: '/blocks', message: `slots overlap at ${localDay(cur.startsAt, event.timeZone)} ${localTime(cur.startsAt, event.timeZone)}` }]);
    }
  }
  return slots.map((s, ordinal) => ({ ...s, ordinal }));
}

/** Places in the draft or the published schedule that would be lost; replacing slots or tables must not lose them. */
async function placesUsing(stores: Stores, eventId: string, column: 'slot' | 'table', keptIds: Set<string>): Promise<string[]> {
  const accepted = await stores.meetings.list(eventId, { status: ['accepted'] });
  return accepted
    .filter((m) => {
      const ids = column === 'slot' ? [m.draftSlotId, m.slotId] : [m.draftTableId, m.tableId];
      return ids.some((id) => id !== null && !keptIds.has(id));
    })
    .map((m) => m.id);
}

export async function setMeetingSlots(stores: Stores, actor: Actor | null, eventId: string, plan: SlotPlanInput): Promise<void> {
  const { event } = await eventFor(stores, actor, eventId, 'manageMeetings');
  const expanded = expandSlotBlocks(event.id, plan, event);
  // A slot keeps its identity (and the meetings placed in it) when its times stay the same.
  const existing = new Map((await stores.meetings.slots(event.id)).map((s) => [`${s.startsAt.getTime()}-${s.endsAt.getTime()}`, s.id]));
  const slots = expanded.map((s) => ({ ...s, id: existing.get(`${s.startsAt.getTime()}-${s.endsAt.getTime()}`) ?? randomUUID() }));
  const lost = await placesUsing(stores, event.id, 'slot', new Set(slots.map((s) => s.id)));
  if (lost.length) fail('SCHEDULE_CONFLICT', { reason: 'meetings are placed in slots that would be removed; unplace them first', meetingIds: lost });
  await stores.meetings.replaceSlots(event.id, slots);
}

export async function setMeetingTables(stores: Stores, actor: Actor | null, eventId: string, input: TablesInput): Promise<void> {
  const { event } = await eventFor(stores, actor, eventId, 'manageMeetings');
  const labels = new Set<string>();
  input.tables.forEach((t, i) => {
    const label = t.label.trim();
    if (labels.has(label)) fail('VALIDATION_FAILED', [{ path: `/tables/${i}/label`, message: 'duplicate table label' }]);
    labels.add(label);
  });
  const existing = new Map((await stores.meetings.tables(event.id)).map((t) => [t.label, t.id]));
  const tables: MeetingTable[] = input.tables.map((t, position) => ({
    id: existing.get(t.label.trim()) ?? randomUUID(),
    eventId: event.id,
    label: t.label.trim(),
    location: t.location?.trim() || null,
    position,
  }));
  const lost = await placesUsing(stores, event.id, 'table', new Set(tables.map((t) => t.id)));
  if (lost.length) fail('SCHEDULE_CONFLICT', { reason: 'meetings are placed at tables that would be removed; unplace them first', meetingIds: lost });
  await stores.meetings.replaceTables(event.id, tables);
}

async function assertSlots(stores: Stores, eventId: string, slotIds: string[] | undefined): Promise<void> {
  if (!slotIds?.length) return;
  const known = new Set((await stores.meetings.slots(eventId)).map((s) => s.id));
  const unknown = slotIds.filter((id) => !known.has(id));
  if (unknown.length) fail('SLOT_NOT_FOUND', { slotIds: unknown });
}

/** A participant marks the slots they cannot attend (their cap is the organiser's to set). */
export async function setMyAvailability(stores: Stores, actor: Actor | null, eventId: string, input: AvailabilityInput): Promise<void> {
  const event = await loadEvent(stores, actor, eventId);
  const me = await confirmedParticipant(stores, event, actor);
  if (input.maxMeetings !== undefined) fail('FORBIDDEN', { reason: 'only organisers set caps' });
  await assertSlots(stores, event.id, input.unavailableSlotIds);
  await stores.meetings.setParticipantMeetingSettings(event.id, me.id, { unavailableSlotIds: input.unavailableSlotIds ?? me.unavailableSlotIds });
}

/** Organisers set any participant's unavailable slots and meeting cap. */
export async function setParticipantAvailability(stores: Stores, actor: Actor | null, eventId: string, registrationId: string, input: AvailabilityInput): Promise<void> {
  const { event } = await eventFor(stores, actor, eventId, 'manageMeetings');
  if (!isEventStaff(actor, event)) fail('FORBIDDEN');
  const participant = await stores.meetings.participant(event.id, registrationId);
  if (!participant) fail('REGISTRATION_NOT_FOUND');
  await assertSlots(stores, event.id, input.unavailableSlotIds);
  await stores.meetings.setParticipantMeetingSettings(event.id, registrationId, {
    ...(input.unavailableSlotIds !== undefined ? { unavailableSlotIds: input.unavailableSlotIds } : {}),
    ...(input.maxMeetings !== undefined ? { maxMeetings: input.maxMeetings } : {}),
  });
}
