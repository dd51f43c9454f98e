import Type from 'typebox';
import { agreementAbilities } from '../../domain/agreements/policy.js';
import { agreementStatus, type AgreementDocument, type AgreementLink, type AgreementView } from '../../domain/agreements/store.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, AGREEMENT_VISIBILITIES } from '../../domain/agreements/vocab.js';
import type { SheetCell } from '../../domain/listings/export.js';
import type { Actor } from '../../domain/ports.js';
import { FileResponse, presentFile } from './file.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Localised = Type.Record(Type.String(), Type.String(), { description: 'Text by language code' });

export const AgreementLinkResponse = Type.Object({ id: Type.String({ format: 'uuid' }), title: Localised, defaultLanguage: Type.String(), signedOn: Type.String({ format: 'date' }) });

export const AgreementResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...AGREEMENT_KINDS]),
  status: Type.Enum([...AGREEMENT_STATUSES], { description: 'Derived: terminated, expired (after validUntil) or in force' }),
  title: Localised,
  defaultLanguage: Type.String(),
  parties: Type.Array(
    Type.Object({
      organisationId: Nullable(Type.String({ format: 'uuid' })),
      name: Type.String(),
      country: Nullable(Type.String()),
      region: Nullable(Type.String()),
    }),
  ),
  countries: Type.Array(Type.String()),
  sectors: Type.Array(Type.String()),
  signedOn: Type.String({ format: 'date' }),
  validFrom: Nullable(Type.String({ format: 'date' })),
  validUntil: Nullable(Type.String({ format: 'date' })),
  terminatedOn: Nullable(Type.String({ format: 'date' })),
  renewedFromId: Nullable(Type.String({ format: 'uuid' })),
  event: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), title: Localised, defaultLanguage: Type.String() })),
  visibility: Type.Enum([...AGREEMENT_VISIBILITIES]),
  notes: Type.String(),
  demo: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object({ edit: Type.Boolean(), delete: Type.Boolean() }),
});

export const AgreementDetailResponse = Type.Intersect([
  AgreementResponse,
  Type.Object({
    renewedFrom: Nullable(AgreementLinkResponse),
    renewals: Type.Array(AgreementLinkResponse, { description: 'Later agreements that renew this one' }),
    documents: Type.Array(FileResponse, { description: 'Download at /api/registries/agreements/{id}/documents/{fileId}' }),
  }),
]);

export function presentAgreement(a: AgreementView, actor: Actor | null, today: string) {
  return {
    id: a.id,
    kind: a.kind,
    status: agreementStatus(a, today),
    title: a.title as Record<string, string>,
    defaultLanguage: a.defaultLanguage,
    parties: a.parties.map((p) => ({ organisationId: p.organisationId, name: p.name, country: p.country, region: p.region })),
    countries: a.countries,
    sectors: a.sectors,
    signedOn: a.signedOn,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    terminatedOn: a.terminatedOn,
    renewedFromId: a.renewedFromId,
    event: a.event ? { id: a.event.id, title: a.event.title as Record<string, string>, defaultLanguage: a.event.defaultLanguage } : null,
    visibility: a.visibility,
    notes: a.notes,
    demo: a.demo,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    abilities: agreementAbilities(actor, a),
  };
}

const link = (l: AgreementLink) => ({ id: l.id, title: l.title as Record<string, string>, defaultLanguage: l.defaultLanguage, signedOn: l.signedOn });

export function presentAgreementDetail(a: AgreementView, actor: Actor | null, today: string, related: { renewedFrom: AgreementLink | null; renewals: AgreementLink[]; documents: AgreementDocument[] }) {
  return {
    ...presentAgreement(a, actor, today),
    renewedFrom: related.renewedFrom ? link(related.renewedFrom) : null,
    renewals: related.renewals.map(link),
    documents: related.documents.map(presentFile),
  };
}

const textIn = (t: Record<string, string | undefined>, lang: string) => t[lang] ?? Object.values(t).find((v) => !!v) ?? '';

export const AGREEMENT_EXPORT_COLUMNS = ['id', 'kind', 'status', 'title', 'parties', 'countries', 'sectors', 'signedOn', 'validFrom', 'validUntil', 'terminatedOn', 'renewedFromId', 'event', 'visibility', 'notes'] as const;

export function agreementExportRow(a: ReturnType<typeof presentAgreement>): SheetCell[] {
  return [
    a.id,
    a.kind,
    a.status,
    textIn(a.title, a.defaultLanguage),
    a.parties.map((p) => `${p.name}${p.region ? `, ${p.region}` : ''}${p.country ? ` (${p.country})` : ''}`).join('; '),
    a.countries.join(', '),
    a.sectors.join(', '),
    a.signedOn,
    a.validFrom,
    a.validUntil,
    a.terminatedOn,
    a.renewedFromId,
    a.event ? textIn(a.event.title, a.event.defaultLanguage) : null,
    a.visibility,
    a.notes,
  ];
}
