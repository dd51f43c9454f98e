/** The event form's values and their conversion to and from the API's EventInput. */
import { DEFAULT_MEETING_SETTINGS_VALUES, DEFAULT_PARTICIPANT_TYPES } from './eventDefaults';
import type { EventDto, EventInput, MeetingSettings } from '../api/events';
import { localDay, localTime, zonedTimeToInstant } from '../../domain/events/time';
import type { ParticipantType, RegistrationMode } from '../../domain/events/vocab';
import { cleanLocalised, descriptionField } from './FormBits';

type Text = Record<string, string | undefined>;

export interface QuestionValues {
  id?: string;
  kind: 'text' | 'choice' | 'multi_choice' | 'yes_no';
  label: Text;
  required: boolean;
  options?: Array<{ value?: string; label: Text }>;
}

export interface EventFormValues {
  organisationId?: string;
  kind: EventInput['kind'];
  parentEventId?: string | null;
  defaultLanguage: EventInput['defaultLanguage'];
  languages: EventInput['languages'];
  title: Text;
  description: Text;
  sectors: string[];
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venue?: string;
  city?: string;
  country?: string | null;
  onlineUrl?: string;
  registrationMode: RegistrationMode;
  capacity?: number | null;
  /** Local date-time in the event's time zone (YYYY-MM-DDTHH:MM), as a datetime-local input gives it. */
  registrationClosesAt?: string;
  participantTypes: ParticipantType[];
  requireOrganisation: boolean;
  askOffersAndSeeks: boolean;
  askInterpreter: boolean;
  questions: QuestionValues[];
  meetingSettings: MeetingSettings;
}

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
  } catch {
    return 'Asia/Shanghai';
  }
}

export function emptyEventValues(organisationId: string | undefined, language: EventInput['defaultLanguage']): EventFormValues {
  return {
    organisationId,
    kind: 'forum',
    parentEventId: null,
    defaultLanguage: language,
    languages: [language],
    title: {},
    description: {},
    sectors: [],
    startsOn: '',
    endsOn: '',
    timeZone: browserTimeZone(),
    registrationMode: 'open',
    capacity: null,
    participantTypes: [...DEFAULT_PARTICIPANT_TYPES],
    requireOrganisation: false,
    askOffersAndSeeks: true,
    askInterpreter: true,
    questions: [],
    meetingSettings: { ...DEFAULT_MEETING_SETTINGS_VALUES },
  };
}

export function eventToValues(event: EventDto): EventFormValues {
  const closes = event.registrationClosesAt ? new Date(event.registrationClosesAt) : null;
  return {
    kind: event.kind,
    parentEventId: event.parentEventId,
    defaultLanguage: event.defaultLanguage as EventInput['defaultLanguage'],
    languages: event.languages as EventInput['languages'],
    title: { ...event.title },
    description: { ...event.description },
    sectors: event.sectors,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    venue: event.venue ?? undefined,
    city: event.city ?? undefined,
    country: event.country,
    onlineUrl: event.onlineUrl ?? undefined,
    registrationMode: event.registrationMode,
    capacity: event.capacity,
    registrationClosesAt: closes ? `${localDay(closes, event.timeZone)}T${localTime(closes, event.timeZone)}` : undefined,
    participantTypes: event.registrationForm.participantTypes,
    requireOrganisation: event.registrationForm.requireOrganisation,
    askOffersAndSeeks: event.registrationForm.askOffersAndSeeks,
    askInterpreter: event.registrationForm.askInterpreter,
    questions: event.registrationForm.questions.map((q) => ({ id: q.id, kind: q.kind, label: { ...q.label }, required: q.required, options: q.options?.map((o) => ({ value: o.value, label: { ...o.label } })) })),
    meetingSettings: { ...event.meetingSettings },
  };
}

/** Unused ids like q1, q2… for new questions (ids stay stable once answers exist). */
function nextId(prefix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  taken.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}

export function valuesToInput(v: EventFormValues, editing = false): Omit<EventInput, 'organisationId'> {
  const text = (value: Text) => cleanLocalised(value) ?? {};
  const questionIds = new Set(v.questions.map((q) => q.id).filter((id): id is string => Boolean(id)));
  return {
    kind: v.kind,
    parentEventId: v.kind === 'sub_forum' ? (v.parentEventId ?? null) : null,
    title: text(v.title),
    ...descriptionField(v.description, v.defaultLanguage, editing),
    defaultLanguage: v.defaultLanguage,
    languages: [...new Set([v.defaultLanguage, ...v.languages])],
    sectors: v.sectors ?? [],
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    timeZone: v.timeZone,
    venue: v.venue?.trim() || null,
    city: v.city?.trim() || null,
    country: v.country || null,
    onlineUrl: v.onlineUrl?.trim() || null,
    registrationMode: v.registrationMode,
    capacity: v.capacity ?? null,
    registrationClosesAt: v.registrationClosesAt
      ? zonedTimeToInstant(v.registrationClosesAt.slice(0, 10), v.registrationClosesAt.slice(11, 16), v.timeZone).toISOString()
      : null,
    registrationForm: {
      participantTypes: v.participantTypes,
      requireOrganisation: Boolean(v.requireOrganisation),
      askOffersAndSeeks: Boolean(v.askOffersAndSeeks),
      askInterpreter: Boolean(v.askInterpreter),
      questions: (v.questions ?? []).map((q) => {
        const optionValues = new Set((q.options ?? []).map((o) => o.value).filter((x): x is string => Boolean(x)));
        const withOptions = q.kind === 'choice' || q.kind === 'multi_choice';
        return {
          id: q.id || nextId('q', questionIds),
          kind: q.kind,
          label: text(q.label),
          required: Boolean(q.required),
          ...(withOptions ? { options: (q.options ?? []).map((o) => ({ value: o.value || nextId('o', optionValues), label: text(o.label) })) } : {}),
        };
      }),
    },
    meetingSettings: v.meetingSettings,
  };
}
