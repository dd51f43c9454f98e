/** Factories for the events area: an event, a confirmed participant. */
import type { EventInput } from '../../src/domain/events/schema.js';
import type { TestApp } from './app.js';
import { expectStatus } from './client.js';
import { registerMember, type Member } from './factories.js';

export interface EventBody {
  id: string;
  status: string;
  version: number;
  title: Record<string, string>;
  timeZone: string;
  organisers: Array<{ organisationId: string; organisationName: string; role: string }>;
  myOrganiserRole: string | null;
  meetingSettings: Record<string, unknown>;
  abilities: Record<string, boolean>;
}

export function eventInput(organisationId: string, overrides: Partial<EventInput> = {}): EventInput {
  return {
    organisationId,
    kind: 'matchmaking_day',
    title: { en: 'Sino-German matchmaking day', 'zh-Hans': '中德对接日' },
    description: { en: 'Foreign R&D centres meet institutes in 1:1 meetings.' },
    defaultLanguage: 'en',
    languages: ['en', 'zh-Hans'],
    startsOn: '2026-12-03',
    endsOn: '2026-12-03',
    timeZone: 'Asia/Shanghai',
    venue: 'Innovation Centre, Hall 2',
    city: 'Beijing',
    country: 'CN',
    registrationMode: 'open',
    ...overrides,
  };
}

/** Creates (and by default publishes) an event organised by the member's organisation. */
export async function createEvent(app: TestApp, organiser: Member, overrides: Partial<EventInput> = {}, publish = true): Promise<EventBody> {
  void app;
  const res = await organiser.client.post<EventBody>('/api/events', eventInput(organiser.organisationId, overrides));
  expectStatus(res, 201);
  if (!publish) return res.body;
  const published = await organiser.client.post<EventBody>(`/api/events/${res.body.id}/publish`);
  expectStatus(published, 200);
  return published.body;
}

export { registerMember, type Member };
