/** Factories and readers for the deals area: a deal between two members, uploads, a held meeting. */
import type { TestApp } from './app.js';
import { expectStatus, type Response, type TestClient } from './client.js';
import { createEvent } from './events.js';
import type { Member } from './factories.js';

export interface DealBody {
  id: string;
  title: string;
  type: string;
  stage: string;
  stageChangedAt: string;
  drop: { category: string; reason: string } | null;
  ownerOrganisationId: string;
  parties: Array<{ organisationId: string; name: string; role: string }>;
  event: { id: string } | null;
  value: { amountMinor: number; currency: string; conversion: { reportingCurrency: string; rate: string; rateDate: string; rateSource: string; reportingAmountMinor: number } | null } | null;
  expectedCloseOn: string | null;
  signedOn: string | null;
  version: number;
  nextStages: string[];
  abilities: { edit: boolean; manageParties: boolean; leave: boolean };
  description: string;
  listings: Array<{ id: string; title: string }>;
  hiddenListings: number;
  meetings: Array<{ meetingId: string; eventId: string }>;
  history: Array<{ kind: string; fromStage: string | null; toStage: string; reason: string | null; dropCategory: string | null; source: string; actorName: string | null }>;
  notes: Array<{ id: string; body: string; mine: boolean; authorName: string | null }>;
  documents: Array<{ id: string; name: string; mime: string; sizeBytes: number; sha256: string; canRemove: boolean }>;
}

export interface DealList {
  items: DealBody[];
  total: number;
  reportingCurrency: string;
  summary: Array<{ stage: string; count: number; reportingAmountMinor: number; unconverted: number }>;
}

export function dealInput(owner: Member, others: Member[], overrides: Record<string, unknown> = {}) {
  return {
    ownerOrganisationId: owner.organisationId,
    partyOrganisationIds: others.map((o) => o.organisationId),
    title: 'Licence for laser welding of battery trays',
    type: 'technology_licensing',
    ...overrides,
  };
}

/** Creates a deal through the API; asserts 201. */
export async function createDeal(owner: Member, others: Member[], overrides: Record<string, unknown> = {}): Promise<DealBody> {
  const res = await owner.client.post<DealBody>('/api/deals', dealInput(owner, others, overrides));
  expectStatus(res, 201);
  return res.body;
}

export async function moveDeal(member: Member, deal: Pick<DealBody, 'id' | 'version'>, stage: string, extra: Record<string, unknown> = {}): Promise<Response<DealBody>> {
  return member.client.post<DealBody>(`/api/deals/${deal.id}/stage`, { version: deal.version, stage, ...extra });
}

/** A multipart upload the way a browser builds it. */
export async function uploadFile<T>(client: TestClient, url: string, name: string, bytes: Uint8Array | string, type = 'application/octet-stream'): Promise<Response<T>> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const body = new Response(form);
  const payload = Buffer.from(await body.arrayBuffer());
  return client.request<T>('POST', url, undefined, { payload, headers: { 'content-type': body.headers.get('content-type') ?? '' } });
}

export interface HeldMeeting {
  eventId: string;
  meetingId: string;
}

/**
 * A matchmaking day organised by `organiser` where `a` asked `b` for a meeting, `b` accepted, the
 * organiser placed and published it, and `a` marked it as held.
 */
export async function heldMeeting(app: TestApp, organiser: Member, a: Member, b: Member, eventId?: string): Promise<HeldMeeting> {
  const id = eventId ?? (await createEvent(app, organiser, { meetingSettings: { requestsOpen: true, requestExpiryHours: 72, reminderAfterHours: 24, defaultMaxMeetings: 6, maxBreakDifference: 2, scheduleTimeLimitSeconds: 2 } })).id;
  if (!eventId) {
    expectStatus(await organiser.client.put(`/api/events/${id}/meeting-slots`, { blocks: [{ day: '2026-12-03', start: '09:00', slotMinutes: 20, count: 6 }] }), 200);
    expectStatus(await organiser.client.put(`/api/events/${id}/meeting-tables`, { tables: [{ label: '1' }, { label: '2' }, { label: '3' }] }), 200);
  }
  const registration = async (m: Member) => {
    const mine = await m.client.get<{ id: string }>(`/api/events/${id}/registrations/me`);
    if (mine.status === 200) return mine.body.id;
    const res = await m.client.post<{ id: string }>(`/api/events/${id}/registrations`, { participantType: 'company', organisationId: m.organisationId });
    expectStatus(res, 201);
    return res.body.id;
  };
  await registration(a);
  const receiverId = await registration(b);
  const requested = await a.client.post<{ id: string }>(`/api/events/${id}/meetings`, { receiverId, message: 'Shall we talk about a licence?' });
  expectStatus(requested, 201);
  const meetingId = requested.body.id;
  const accepted = await b.client.post<{ version: number }>(`/api/events/${id}/meetings/${meetingId}/accept`);
  expectStatus(accepted, 200);
  const setup = await organiser.client.get<{ slots: Array<{ id: string }>; tables: Array<{ id: string }>; meetings: Array<{ place: { slotId: string; tableId: string } | null }> }>(`/api/events/${id}/schedule`);
  expectStatus(setup, 200);
  const taken = new Set(setup.body.meetings.flatMap((m) => (m.place ? [m.place.slotId] : [])));
  const slot = setup.body.slots.find((s) => !taken.has(s.id))!;
  expectStatus(await organiser.client.put(`/api/events/${id}/meetings/${meetingId}/place`, { version: accepted.body.version, slotId: slot.id, tableId: setup.body.tables[0]!.id }), 200);
  expectStatus(await organiser.client.post(`/api/events/${id}/schedule/publish`), 200);
  expectStatus(await a.client.put(`/api/events/${id}/meetings/${meetingId}/attendance`, { attendance: 'held' }), 200);
  return { eventId: id, meetingId };
}
