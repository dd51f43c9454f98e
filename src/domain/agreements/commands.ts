/** Commands on the agreements registry: record, edit, delete; the viewer's list filter. */
import { randomUUID } from 'node:crypto';
import { loadEvent } from '../events/commands.js';
import { fail, type FieldError } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { canOnAgreement, type AgreementAction } from './policy.js';
import type { AgreementFilterInput, AgreementInput, AgreementPartyInput, AgreementPatch } from './schema.js';
import type { AgreementListFilter, AgreementParty, AgreementRecord, AgreementUpdate, AgreementView } from './store.js';

/** Renewal chains longer than this are refused (and the cycle check stops here). */
const MAX_RENEWAL_DEPTH = 50;

/** Loads an agreement the actor may see; one they may not see is reported as not found. */
export async function loadAgreement(stores: Stores, actor: Actor | null, id: string): Promise<AgreementView> {
  const agreement = await stores.agreements.find(id);
  if (!agreement || !canOnAgreement(actor, 'view', agreement)) fail('AGREEMENT_NOT_FOUND');
  return agreement;
}

function authorise(actor: Actor | null, action: AgreementAction, agreement: AgreementView): asserts actor is Actor {
  if (canOnAgreement(actor, action, agreement)) return;
  if (!actor) fail('UNAUTHENTICATED');
  fail('FORBIDDEN', { reason: 'not_a_party' });
}

async function resolveParties(stores: Stores, input: AgreementPartyInput[]): Promise<AgreementParty[]> {
  const problems: FieldError[] = [];
  const parties: AgreementParty[] = [];
  const seen = new Set<string>();
  for (const [i, p] of input.entries()) {
    if (p.organisationId) {
      if (seen.has(p.organisationId)) problems.push({ path: `/parties/${i}/organisationId`, message: 'the organisation is already a party' });
      seen.add(p.organisationId);
      const org = await stores.organisations.find(p.organisationId);
      if (!org) fail('ORGANISATION_NOT_FOUND', [{ path: `/parties/${i}/organisationId`, message: 'no such organisation' }]);
      parties.push({ organisationId: org.id, name: org.name, country: org.country, region: p.region ?? null });
      continue;
    }
    if (!p.name?.trim()) problems.push({ path: `/parties/${i}/name`, message: 'a party needs an organisation or a name' });
    if (!p.country) problems.push({ path: `/parties/${i}/country`, message: 'a named party needs a country' });
    else assertCountries([{ path: `/parties/${i}/country`, code: p.country }]);
    parties.push({ organisationId: null, name: p.name?.trim() ?? '', country: p.country ?? null, region: p.region ?? null });
  }
  if (problems.length) fail('VALIDATION_FAILED', problems);
  return parties;
}

function checkDates(fields: Partial<Pick<AgreementRecord, 'signedOn' | 'validFrom' | 'validUntil' | 'terminatedOn'>>): void {
  const { signedOn, validFrom, validUntil, terminatedOn } = fields;
  const start = validFrom ?? signedOn;
  if (start && validUntil && validUntil < start) fail('INVALID_RANGE', [{ path: '/validUntil', message: 'must not be before validFrom (or signedOn)' }]);
  if (signedOn && terminatedOn && terminatedOn < signedOn) fail('INVALID_RANGE', [{ path: '/terminatedOn', message: 'must not be before signedOn' }]);
}

function checkTitle(title: AgreementRecord['title'], defaultLanguage: string): void {
  if (!title[defaultLanguage as keyof typeof title]?.trim()) {
    fail('VALIDATION_FAILED', [{ path: `/title/${defaultLanguage}`, message: 'the title must be given in the default language' }]);
  }
}

async function assertSectors(stores: Stores, sectors: string[] | undefined): Promise<void> {
  if (!sectors?.length) return;
  const unknown = await stores.platform.unknownConcepts(sectors, 'sector');
  if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
}

/** The renewed agreement must be one the actor sees, and the chain must not loop back to this one. */
async function assertRenewal(stores: Stores, actor: Actor, renewedFromId: string | null | undefined, selfId?: string): Promise<void> {
  if (!renewedFromId) return;
  const invalid = (message: string) => fail('AGREEMENT_RENEWAL_INVALID', [{ path: '/renewedFromId', message }]);
  if (renewedFromId === selfId) invalid('an agreement cannot renew itself');
  const previous = await stores.agreements.find(renewedFromId);
  if (!previous || !canOnAgreement(actor, 'view', previous)) invalid('no such agreement');
  const ancestors = await stores.agreements.ancestors(renewedFromId, MAX_RENEWAL_DEPTH);
  if (selfId && ancestors.includes(selfId)) invalid('the renewal chain would loop');
  if (ancestors.length >= MAX_RENEWAL_DEPTH) invalid('the renewal chain is too long');
}

async function assertEvent(stores: Stores, actor: Actor, eventId: string | null | undefined): Promise<void> {
  if (eventId) await loadEvent(stores, actor, eventId);
}

const countriesOf = (parties: AgreementParty[]) => [...new Set(parties.map((p) => p.country).filter((c): c is string => !!c))].sort();

export async function createAgreement(stores: Stores, clock: Clock, actor: Actor | null, input: AgreementInput, options: { demo?: boolean } = {}): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  const parties = await resolveParties(stores, input.parties);
  // Only a party records its agreement (or a platform admin for anyone).
  if (!actor.isPlatformAdmin && !parties.some((p) => p.organisationId && actor.memberships.has(p.organisationId))) {
    fail('FORBIDDEN', { reason: 'not_a_party' });
  }
  checkTitle(input.title, input.defaultLanguage);
  checkDates(input);
  await assertSectors(stores, input.sectors);
  await assertRenewal(stores, actor, input.renewedFromId);
  await assertEvent(stores, actor, input.eventId);
  const id = randomUUID();
  await stores.agreements.insert(
    {
      id,
      kind: input.kind,
      title: input.title,
      defaultLanguage: input.defaultLanguage,
      countries: countriesOf(parties),
      sectors: input.sectors ?? [],
      signedOn: input.signedOn,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      terminatedOn: input.terminatedOn ?? null,
      renewedFromId: input.renewedFromId ?? null,
      eventId: input.eventId ?? null,
      visibility: input.visibility,
      notes: input.notes ?? '',
      createdBy: actor.userId,
      demo: options.demo ?? false,
    },
    parties,
  );
  await stores.platform.audit({ actorId: actor.userId, action: 'agreement.created', subjectType: 'agreement', subjectId: id, details: { at: clock.now().toISOString() } });
  return id;
}

export async function updateAgreement(stores: Stores, actor: Actor | null, id: string, patch: AgreementPatch): Promise<void> {
  const current = await loadAgreement(stores, actor, id);
  authorise(actor, 'edit', current);
  const { version, parties: partyInput, ...fields } = patch;
  const parties = partyInput ? await resolveParties(stores, partyInput) : null;
  // An editor may not write their own organisation out of the parties (they would lose the record).
  if (parties && !actor.isPlatformAdmin && !parties.some((p) => p.organisationId && actor.memberships.has(p.organisationId))) {
    fail('FORBIDDEN', { reason: 'would_remove_own_party' });
  }
  checkTitle(fields.title ?? current.title, fields.defaultLanguage ?? current.defaultLanguage);
  checkDates({
    signedOn: fields.signedOn ?? current.signedOn,
    validFrom: fields.validFrom !== undefined ? fields.validFrom : current.validFrom,
    validUntil: fields.validUntil !== undefined ? fields.validUntil : current.validUntil,
    terminatedOn: fields.terminatedOn !== undefined ? fields.terminatedOn : current.terminatedOn,
  });
  await assertSectors(stores, fields.sectors);
  if (fields.renewedFromId !== undefined) await assertRenewal(stores, actor, fields.renewedFromId, id);
  if (fields.eventId !== undefined) await assertEvent(stores, actor, fields.eventId);
  const update: AgreementUpdate = { ...fields } as AgreementUpdate;
  if (parties) update.countries = countriesOf(parties);
  if (!(await stores.agreements.update(id, update, parties, version))) {
    const latest = await stores.agreements.find(id);
    fail('VERSION_CONFLICT', { currentVersion: latest?.version });
  }
  await stores.platform.audit({ actorId: actor.userId, action: 'agreement.updated', subjectType: 'agreement', subjectId: id });
}

/** Deleting an agreement leaves its renewals standing; they no longer name what they renewed. */
export async function deleteAgreement(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const current = await loadAgreement(stores, actor, id);
  authorise(actor, 'delete', current);
  await stores.agreements.delete(id);
  await stores.platform.audit({ actorId: actor.userId, action: 'agreement.deleted', subjectType: 'agreement', subjectId: id });
}

/** The agreements that renew this one, as far as the actor may see them. */
export async function visibleRenewals(stores: Stores, actor: Actor | null, id: string) {
  const renewals = await stores.agreements.renewalsOf(id);
  return renewals
    .filter((r) => canOnAgreement(actor, 'view', { visibility: r.visibility, parties: r.partyOrganisationIds.map((organisationId) => ({ organisationId, name: '', country: null, region: null })) }))
    .map(({ visibility: _v, partyOrganisationIds: _p, ...link }) => link);
}

export function agreementListFilter(actor: Actor | null, query: AgreementFilterInput, today: string): AgreementListFilter {
  return { ...query, today, viewerOrganisationIds: actor ? [...actor.memberships.keys()] : [], seesEverything: !!actor?.isPlatformAdmin };
}
