/** Deals as clients see them: an allow-list of fields with the caller's abilities. */
import Type from 'typebox';
import { dealAbilities } from '../../domain/deals/policy.js';
import { nextStages } from '../../domain/deals/stages.js';
import type { DealValue, StageChange, StageSummary } from '../../domain/deals/store.js';
import type { DealDetail, DealRow } from '../../domain/deals/views.js';
import { DEAL_STAGES, DEAL_TYPES, DROP_CATEGORIES, PARTY_ROLES, RATE_SOURCES, STAGE_CHANGE_KINDS } from '../../domain/deals/vocab.js';
import type { Actor } from '../../domain/ports.js';
import { FileResponse, presentFile } from './file.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Id = Type.String({ format: 'uuid' });
const Stage = Type.Enum([...DEAL_STAGES]);

const ValueResponse = Type.Object({
  amountMinor: Type.Integer(),
  currency: Type.String(),
  conversion: Nullable(
    Type.Object({
      reportingCurrency: Type.String(),
      rate: Type.String({ description: 'Reporting-currency units per one unit of the deal currency' }),
      rateDate: Type.String({ format: 'date' }),
      rateSource: Type.Enum([...RATE_SOURCES]),
      reportingAmountMinor: Type.Integer(),
    }),
  ),
});

export const DealSummaryResponse = Type.Object({
  id: Id,
  title: Type.String(),
  type: Type.Enum([...DEAL_TYPES]),
  stage: Stage,
  stageChangedAt: Type.String({ format: 'date-time' }),
  drop: Nullable(Type.Object({ category: Type.Enum([...DROP_CATEGORIES]), reason: Type.String() })),
  ownerOrganisationId: Id,
  parties: Type.Array(Type.Object({ organisationId: Id, name: Type.String(), country: Type.String(), role: Type.Enum([...PARTY_ROLES]), addedAt: Type.String({ format: 'date-time' }) })),
  event: Nullable(Type.Object({ id: Id, title: Type.Record(Type.String(), Type.String()), defaultLanguage: Type.String(), startsOn: Type.String({ format: 'date' }) })),
  value: Nullable(ValueResponse),
  expectedCloseOn: Nullable(Type.String({ format: 'date' })),
  signedOn: Nullable(Type.String({ format: 'date' })),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  nextStages: Type.Array(Stage, { description: 'Stages the deal may move to from here' }),
  abilities: Type.Object({ edit: Type.Boolean(), manageParties: Type.Boolean(), leave: Type.Boolean() }),
});

const StageChangeResponse = Type.Object({
  id: Id,
  kind: Type.Enum([...STAGE_CHANGE_KINDS]),
  fromStage: Nullable(Stage),
  toStage: Stage,
  dropCategory: Nullable(Type.Enum([...DROP_CATEGORIES])),
  reason: Nullable(Type.String()),
  source: Type.Enum(['user', 'meeting_outcome']),
  actorName: Nullable(Type.String()),
  organisationId: Nullable(Id),
  at: Type.String({ format: 'date-time' }),
});

export const DealResponse = Type.Object({
  ...DealSummaryResponse.properties,
  description: Type.String(),
  listings: Type.Array(Type.Object({ id: Id, title: Type.String(), type: Type.String() })),
  hiddenListings: Type.Integer({ description: 'Linked listings you may not see' }),
  meetings: Type.Array(Type.Object({ meetingId: Id, eventId: Id })),
  history: Type.Array(StageChangeResponse),
  notes: Type.Array(Type.Object({ id: Id, organisationId: Id, authorName: Nullable(Type.String()), body: Type.String(), createdAt: Type.String({ format: 'date-time' }), mine: Type.Boolean() })),
  documents: Type.Array(Type.Object({ ...FileResponse.properties, addedAt: Type.String({ format: 'date-time' }), canRemove: Type.Boolean() })),
});

export const DealListResponse = Type.Object({
  items: Type.Array(DealSummaryResponse),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  reportingCurrency: Type.String(),
  summary: Type.Array(Type.Object({ stage: Stage, count: Type.Integer(), reportingAmountMinor: Type.Integer(), unconverted: Type.Integer() })),
});

function presentValue(value: DealValue | null) {
  if (!value) return null;
  return { amountMinor: value.amountMinor, currency: value.currency, conversion: value.conversion ? { ...value.conversion } : null };
}

export function presentDealSummary(row: DealRow, actor: Actor | null) {
  const { deal, parties, event, standing } = row;
  const abilities = dealAbilities(actor, standing);
  return {
    id: deal.id,
    title: deal.title,
    type: deal.type,
    stage: deal.stage,
    stageChangedAt: deal.stageChangedAt.toISOString(),
    drop: deal.stage === 'dropped' && deal.dropCategory ? { category: deal.dropCategory, reason: deal.dropReason ?? '' } : null,
    ownerOrganisationId: deal.ownerOrganisationId,
    parties: parties.map((p) => ({ organisationId: p.organisationId, name: p.organisationName, country: p.country, role: p.role, addedAt: p.addedAt.toISOString() })),
    event: event ? { id: event.id, title: event.title, defaultLanguage: event.defaultLanguage, startsOn: event.startsOn } : null,
    value: presentValue(deal.value),
    expectedCloseOn: deal.expectedCloseOn,
    signedOn: deal.signedOn,
    version: deal.version,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    nextStages: abilities.edit ? nextStages(deal.stage) : [],
    abilities,
  };
}

function presentChange(c: StageChange) {
  return { id: c.id, kind: c.kind, fromStage: c.fromStage, toStage: c.toStage, dropCategory: c.dropCategory, reason: c.reason, source: c.source, actorName: c.actorName, organisationId: c.organisationId, at: c.at.toISOString() };
}

export function presentDeal(detail: DealDetail, actor: Actor | null) {
  const edit = dealAbilities(actor, detail.standing).edit;
  return {
    ...presentDealSummary(detail, actor),
    description: detail.deal.description,
    listings: detail.listings,
    hiddenListings: detail.hiddenListings,
    meetings: detail.meetings.map((m) => ({ meetingId: m.meetingId, eventId: m.eventId })),
    history: detail.history.map(presentChange),
    notes: detail.notes.map((n) => ({ id: n.id, organisationId: n.organisationId, authorName: n.authorName, body: n.body, createdAt: n.createdAt.toISOString(), mine: n.authorId === actor?.userId })),
    documents: detail.documents.map((d) => ({
      ...presentFile(d),
      addedAt: d.addedAt.toISOString(),
      canRemove: edit && (detail.standing.owner || !!actor?.memberships.has(d.ownerOrganisationId)),
    })),
  };
}

export function presentSummary(summary: StageSummary[]) {
  return DEAL_STAGES.map((stage) => summary.find((s) => s.stage === stage) ?? { stage, count: 0, reportingAmountMinor: 0, unconverted: 0 });
}
