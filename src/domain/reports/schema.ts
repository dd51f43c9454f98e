/**
 * The report resources: query strings and responses of the dashboards, the per-event report and the
 * annual report. One schema each validates input, types the code and feeds the OpenAPI document.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { UI_LANGUAGES } from '../shared/vocab.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Count = Type.Integer({ minimum: 0 });
const Day = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
const Titles = Type.Record(Type.String(), Type.String(), { description: 'Title per language' });

export const ScopeParam = Type.String({
  pattern: '^(platform|[0-9a-fA-F-]{36})$',
  description: "'platform' (platform admins) or an organisation id (its members); by default the platform for admins, else your organisation",
});

export const DashboardQuery = Type.Object(
  {
    from: Type.Optional({ ...Day, description: 'First day (default: a year before `to`)' }),
    to: Type.Optional({ ...Day, description: 'Last day (default: today)' }),
    scope: Type.Optional(ScopeParam),
  },
  { additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

export const ReportRange = Type.Object({ from: Day, to: Day, scope: Type.String({ description: "'platform' or the organisation id" }) });

export const ListingsDashboard = Type.Object({
  range: ReportRange,
  byMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), type: Type.String(), count: Count })),
  bySector: Type.Array(Type.Object({ sector: Type.String(), count: Count })),
  byCountry: Type.Array(Type.Object({ country: Type.String(), count: Count })),
  total: Count,
});
export type ListingsDashboard = Static<typeof ListingsDashboard>;

export const MatchingDashboard = Type.Object({
  range: ReportRange,
  byMonth: Type.Array(Type.Object({ month: Type.String(), matches: Count, relevant: Count, notRelevant: Count })),
  matches: Count,
  relevant: Count,
  notRelevant: Count,
  precision: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'relevant / judged, as users judge; null with no verdicts' })),
});
export type MatchingDashboard = Static<typeof MatchingDashboard>;

export const MeetingsDashboard = Type.Object({
  range: ReportRange,
  byMonth: Type.Array(Type.Object({ month: Type.String(), requested: Count, accepted: Count, held: Count })),
  requested: Count,
  accepted: Count,
  held: Count,
});
export type MeetingsDashboard = Static<typeof MeetingsDashboard>;

export const DealsDashboard = Type.Object({
  range: ReportRange,
  reportingCurrency: Type.String(),
  byStage: Type.Array(Type.Object({ stage: Type.String(), count: Count, valueMinor: Type.Integer({ description: 'In minor units of the reporting currency, at the recorded rates' }), unconverted: Count })),
  total: Count,
  valueMinor: Type.Integer(),
  unconverted: Type.Integer({ description: 'Deals with a value but no recorded conversion (not in valueMinor)' }),
});
export type DealsDashboard = Static<typeof DealsDashboard>;

export const ProgrammesDashboard = Type.Object({
  range: ReportRange,
  funnel: Type.Object({ drafted: Count, submitted: Count, reviewed: Count, funded: Count }),
  byProgramme: Type.Array(Type.Object({ id: Type.String(), title: Titles, drafted: Count, submitted: Count, reviewed: Count, funded: Count })),
});
export type ProgrammesDashboard = Static<typeof ProgrammesDashboard>;

export const EventFigures = Type.Object({
  id: Type.String(),
  title: Titles,
  kind: Type.String(),
  startsOn: Day,
  country: Nullable(Type.String()),
  participants: Count,
  foreignParticipants: Count,
  foreignShare: Nullable(Type.Number({ description: 'foreignParticipants / participants; foreign = participant organisation country ≠ host country' })),
  countries: Count,
  exhibitors: Count,
  areaSqm: Type.Number(),
  onlineViewers: Count,
});
export type EventFigures = Static<typeof EventFigures>;

export const EventsDashboard = Type.Object({
  range: ReportRange,
  events: Type.Array(EventFigures),
  byCountry: Type.Array(Type.Object({ country: Type.String(), count: Count })),
  participants: Count,
  foreignParticipants: Count,
  foreignShare: Nullable(Type.Number()),
  exhibitors: Count,
  areaSqm: Type.Number(),
  onlineViewers: Count,
});
export type EventsDashboard = Static<typeof EventsDashboard>;

export const EventReport = Type.Object({
  event: EventFigures,
  reportingCurrency: Type.String(),
  byCountry: Type.Array(Type.Object({ country: Type.String(), count: Count })),
  sessions: Count,
  streamedSessions: Count,
  meetings: Type.Object({ requested: Count, accepted: Count, held: Count, withIntention: Type.Integer({ description: 'Meetings with a recorded cooperation intention' }) }),
  intentions: Type.Object({
    count: Type.Integer({ description: 'Deals linked to the event that reached the cooperation-intention stage or beyond (not dropped)' }),
    valueMinor: Type.Integer({ description: 'Their value in minor units of the reporting currency, at the recorded rates' }),
    unconverted: Count,
  }),
  agreementsSigned: Type.Object({
    deals: Type.Integer({ description: 'Deals linked to the event at agreement signed, in execution or completed' }),
    registry: Type.Integer({ description: 'Agreements in the registry signed at the event' }),
    total: Count,
  }),
});
export type EventReport = Static<typeof EventReport>;

export const FIGURE_UNITS = ['count', 'money', 'share', 'sqm'] as const;
export const Figure = Type.Object({
  key: Type.String({ description: 'Figure key: GET /api/reports/annual/figures/{key} lists the records behind it' }),
  value: Type.Number(),
  unit: Type.Enum([...FIGURE_UNITS]),
  currency: Type.Optional(Type.String()),
  source: Type.String({ description: 'What records the figure counts' }),
});
export type Figure = Static<typeof Figure>;

export const AnnualQuery = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    scope: Type.Optional(ScopeParam),
    lang: Type.Optional(Type.Enum([...UI_LANGUAGES], { description: 'Language of the narrative (HTML, PDF and XLSX exports)' })),
  },
  { additionalProperties: false },
);
export type AnnualQuery = Static<typeof AnnualQuery>;

const TrainingLine = Type.Object({ id: Type.String(), title: Titles, batches: Figure, trainees: Figure, online: Type.Boolean({ description: 'Some batches were online or hybrid' }) });
export const FlagshipEvent = Type.Object({
  id: Type.String(),
  title: Titles,
  kind: Type.String(),
  startsOn: Day,
  endsOn: Day,
  city: Nullable(Type.String()),
  participants: Figure,
  countries: Figure,
  foreignShare: Figure,
  exhibitors: Figure,
  areaSqm: Figure,
  onlineViewers: Figure,
  intentions: Figure,
  intentionValue: Figure,
});

export const AnnualReport = Type.Object({
  year: Type.Integer(),
  scope: Type.String(),
  scopeName: Nullable(Type.String()),
  homeCountry: Type.String(),
  reportingCurrency: Type.String(),
  generatedAt: Type.String({ format: 'date-time' }),
  domestic: Type.Object({
    agreements: Figure,
    agreementRegions: Type.Array(Type.String(), { description: 'The other parties (regions), as recorded' }),
    trainingBatches: Figure,
    trainees: Figure,
    trainings: Type.Array(TrainingLine),
    projects: Figure,
    funds: Figure,
    projectSectors: Type.Array(Type.String()),
    matchmakingEvents: Figure,
    matchmakingOrganisations: Figure,
    matchmakingProjects: Figure,
    matchmakingViewers: Figure,
  }),
  international: Type.Object({
    projects: Figure,
    projectCountries: Type.Array(Type.String()),
    mousRenewed: Figure,
    mouCountries: Type.Array(Type.String()),
    jointLabs: Figure,
    jointLabSectors: Type.Array(Type.String()),
    platforms: Figure,
    platformCountries: Type.Array(Type.String()),
    flagshipEvents: Type.Array(FlagshipEvent),
  }),
});
export type AnnualReport = Static<typeof AnnualReport>;
export type FlagshipEvent = Static<typeof FlagshipEvent>;

export const FigureRecord = Type.Object({
  kind: Type.String({ description: 'agreement | training_batch | project | event | registration | exhibitor | session | deal | organisation | listing' }),
  id: Type.String(),
  label: Type.String(),
  date: Nullable(Type.String()),
  country: Nullable(Type.String()),
  value: Nullable(Type.Number({ description: 'What the record adds to the figure (count figures: 1 or the batch size; money: minor units of the reporting currency)' })),
  currency: Nullable(Type.String()),
  detail: Nullable(Type.String({ description: 'More about the record, e.g. the other parties of an agreement' })),
});
export type FigureRecord = Static<typeof FigureRecord>;

export const FigureRecords = Type.Object({ key: Type.String(), source: Type.String(), records: Type.Array(FigureRecord) });
export type FigureRecords = Static<typeof FigureRecords>;

export const FigureParams = Type.Object({ figureKey: Type.String({ pattern: '^[a-zA-Z.]+(:[0-9a-fA-F-]{36})?$', maxLength: 80 }) });
