/**
 * The figures of the annual report: what each one counts. A figure key is a name from this catalogue,
 * plus `:<id>` for figures of one training programme or one event. The same definition (in the report
 * store) yields the figure's value and the list of records behind it, so the two cannot disagree.
 */
export const FIGURES = {
  'domestic.agreements': { unit: 'count', source: 'Framework agreements signed in the year whose parties are all in the home country' },
  'domestic.trainingBatches': { unit: 'count', source: 'Training batches starting in the year, of programmes for home-country partner regions' },
  'domestic.trainees': { unit: 'count', source: 'Trainees of those batches (recorded trainee counts)' },
  'training.batches': { unit: 'count', source: "Batches of this training programme starting in the year" },
  'training.trainees': { unit: 'count', source: "Trainees of this programme's batches starting in the year" },
  'domestic.projects': { unit: 'count', source: 'Funded programme projects awarded in the year whose lead applicant and confirmed co-applicants are all in the home country' },
  'domestic.funds': { unit: 'money', source: 'Amounts awarded to those projects, converted to the reporting currency at the rate recorded on or before the award day' },
  'matchmaking.events': { unit: 'count', source: 'Published matchmaking days and roadshows held in the home country in the year' },
  'matchmaking.organisations': { unit: 'count', source: 'Distinct organisations confirmed as participants or exhibitors of those events' },
  'matchmaking.projects': { unit: 'count', source: 'Distinct listings brought by participants or shown by exhibitors at those events' },
  'matchmaking.viewers': { unit: 'count', source: 'Online viewers recorded for the streamed sessions of those events' },
  'international.projects': { unit: 'count', source: 'Funded programme projects awarded in the year with a lead applicant or confirmed co-applicant abroad' },
  'international.mousRenewed': { unit: 'count', source: 'Memoranda of understanding signed in the year that renew an earlier one' },
  'international.jointLabs': { unit: 'count', source: 'Joint laboratory agreements signed in the year' },
  'international.platforms': { unit: 'count', source: 'Cross-border incubation and technology transfer platform agreements signed in the year' },
  'event.participants': { unit: 'count', source: 'Confirmed registrations of the event' },
  'event.countries': { unit: 'count', source: "Distinct countries of the confirmed participants' organisations" },
  'event.foreignShare': { unit: 'share', source: "Confirmed participants whose organisation's country differs from the host country, as a share of all confirmed participants" },
  'event.exhibitors': { unit: 'count', source: 'Exhibitors of the event' },
  'event.area': { unit: 'sqm', source: "Exhibitors' booth areas (m²)" },
  'event.viewers': { unit: 'count', source: "Online viewers recorded for the event's streamed sessions" },
  'event.intentions': { unit: 'count', source: 'Deals linked to the event at the cooperation-intention stage or beyond (not dropped)' },
  'event.intentionValue': { unit: 'money', source: 'Values of those deals in the reporting currency, at the rates recorded with them' },
} as const satisfies Record<string, { unit: 'count' | 'money' | 'share' | 'sqm'; source: string }>;

export type FigureName = keyof typeof FIGURES;
/** Figures whose value is the sum of their records' values; the others count their records. */
export const SUMMED = new Set<FigureName>(['domestic.trainingBatches', 'domestic.trainees', 'training.trainees', 'domestic.funds', 'matchmaking.viewers', 'event.area', 'event.viewers', 'event.intentionValue']);
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];
/** Figures that need the id of a training programme or an event after the colon. */
export const PER_SUBJECT = new Set<FigureName>(FIGURE_NAMES.filter((n) => n.startsWith('training.') || n.startsWith('event.')));

export interface FigureRef {
  name: FigureName;
  subjectId: string | null;
}

/** Parses `name` or `name:uuid`; null when it is not a figure of the catalogue. */
export function parseFigureKey(key: string): FigureRef | null {
  const [name, subjectId, ...rest] = key.split(':');
  if (rest.length > 0 || !name || !(name in FIGURES)) return null;
  const figure = name as FigureName;
  if (PER_SUBJECT.has(figure) !== (subjectId !== undefined)) return null;
  return { name: figure, subjectId: subjectId ?? null };
}

export const figureKey = (name: FigureName, subjectId?: string): string => (subjectId ? `${name}:${subjectId}` : name);
