/**
 * Checking a registration against the event's registration form, and the listings participants and
 * exhibitors bring. Every problem is collected, so the form can mark all of its fields at once.
 */
import type { FieldError } from '../errors.js';
import { isoDay } from '../listings/commands.js';
import { canOnListing, isLive } from '../listings/policy.js';
import type { ListingView } from '../listings/store.js';
import type { Actor, Stores } from '../ports.js';
import type { RegistrationAnswer } from './registration-store.js';
import type { RegistrationForm, RegistrationQuestion } from './schema.js';
import type { ParticipantType } from './vocab.js';

export { isoDay };

/**
 * The listings among `ids` the actor may see, in one query through the listing search (so the same
 * visibility rules apply as everywhere else: live and published, members-only ones for logged-in users).
 */
export async function visibleListings(stores: Stores, actor: Actor | null, ids: string[], today: string): Promise<Map<string, ListingView>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const result = await stores.listings.search({
    text: null,
    ids: unique,
    sort: 'date',
    after: null,
    limit: unique.length,
    viewer: { loggedIn: !!actor, isPlatformAdmin: !!actor?.isPlatformAdmin, organisationIds: actor ? [...actor.memberships.keys()] : [] },
    today,
    withFacets: false,
  });
  return new Map(result.rows.map((l) => [l.id, l]));
}

/** Listings shown as somebody's (a participant's offers, an exhibitor's stand): anonymous ones would reveal their owner. */
export function showableAsOwned(actor: Actor | null, listing: ListingView, today: string): boolean {
  return canOnListing(actor, 'view', listing, today) && canOnListing(actor, 'seeOwner', listing, today);
}

export function participantProblems(form: RegistrationForm, actor: Actor, fields: { participantType: ParticipantType; organisationId: string | null }): FieldError[] {
  const problems: FieldError[] = [];
  if (!form.participantTypes.includes(fields.participantType)) {
    problems.push({ path: '/participantType', message: `this event registers ${form.participantTypes.join(', ')}` });
  }
  if (fields.organisationId && !actor.memberships.has(fields.organisationId)) {
    problems.push({ path: '/organisationId', message: 'you are not a member of this organisation' });
  } else if (!fields.organisationId && form.requireOrganisation) {
    problems.push({ path: '/organisationId', message: 'this event asks you to register with your organisation' });
  }
  return problems;
}

/** Fields the form does not ask for must stay empty. */
export function unaskedProblems(form: RegistrationForm, fields: { interpreterNeeds?: string | null; offerListingIds?: string[]; seekListingIds?: string[] }): FieldError[] {
  const problems: FieldError[] = [];
  if (!form.askInterpreter && fields.interpreterNeeds?.trim()) problems.push({ path: '/interpreterNeeds', message: 'this event does not ask for interpretation needs' });
  if (!form.askOffersAndSeeks) {
    if (fields.offerListingIds?.length) problems.push({ path: '/offerListingIds', message: 'this event does not ask for listings' });
    if (fields.seekListingIds?.length) problems.push({ path: '/seekListingIds', message: 'this event does not ask for listings' });
  }
  return problems;
}

export async function listingProblems(
  stores: Stores,
  actor: Actor,
  today: string,
  fields: { offerListingIds?: string[]; seekListingIds?: string[] },
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const offers = fields.offerListingIds ?? [];
  const seeks = fields.seekListingIds ?? [];
  const found = new Map<string, ListingView | null>();
  for (const id of new Set([...offers, ...seeks])) found.set(id, await stores.listings.find(id));
  offers.forEach((id, i) => {
    const listing = found.get(id);
    const ok = listing && isLive(listing, today) && actor.memberships.has(listing.organisationId);
    if (!ok) problems.push({ path: `/offerListingIds/${i}`, message: 'must be a published listing of one of your organisations' });
  });
  seeks.forEach((id, i) => {
    const listing = found.get(id);
    const ok = listing && isLive(listing, today) && canOnListing(actor, 'view', listing, today);
    if (!ok) problems.push({ path: `/seekListingIds/${i}`, message: 'must be a published listing you can see' });
  });
  return problems;
}

export const MAX_TEXT_ANSWER_LENGTH = 2000;

const isBlank = (a: unknown) => a === undefined || a === null || (typeof a === 'string' && !a.trim()) || (Array.isArray(a) && a.length === 0);

/** The answer in its kind's shape, or the problem with it. */
function readAnswer(q: RegistrationQuestion, answer: unknown): { value: RegistrationAnswer } | { problem: string } {
  const options = new Set((q.options ?? []).map((o) => o.value));
  switch (q.kind) {
    case 'text':
      if (typeof answer !== 'string') return { problem: 'must be a text' };
      return answer.length > MAX_TEXT_ANSWER_LENGTH ? { problem: `must be at most ${MAX_TEXT_ANSWER_LENGTH} characters` } : { value: answer.trim() };
    case 'choice':
      return typeof answer === 'string' && options.has(answer) ? { value: answer } : { problem: `must be one of ${[...options].join(', ')}` };
    case 'multi_choice': {
      if (!Array.isArray(answer)) return { problem: 'must be a list of options' };
      const values = answer.filter((a): a is string => typeof a === 'string' && options.has(a));
      if (values.length !== answer.length) return { problem: `must be among ${[...options].join(', ')}` };
      return new Set(values).size === values.length ? { value: values } : { problem: 'must not repeat an option' };
    }
    case 'yes_no':
      return typeof answer === 'boolean' ? { value: answer } : { problem: 'must be true or false' };
  }
}

/** Checks the answers against the questions; returns them normalised (texts trimmed, blanks dropped). */
export function checkAnswers(form: RegistrationForm, answers: Record<string, unknown>): { answers: Record<string, RegistrationAnswer>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const questions = new Map(form.questions.map((q) => [q.id, q]));
  const clean: Record<string, RegistrationAnswer> = {};
  for (const key of Object.keys(answers)) if (!questions.has(key)) problems.push({ path: `/answers/${key}`, message: 'the form has no such question' });
  for (const q of form.questions) {
    const answer = answers[q.id];
    if (isBlank(answer)) {
      if (q.required) problems.push({ path: `/answers/${q.id}`, message: 'an answer is required' });
      continue;
    }
    const read = readAnswer(q, answer);
    if ('problem' in read) problems.push({ path: `/answers/${q.id}`, message: read.problem });
    else clean[q.id] = read.value;
  }
  return { answers: clean, problems };
}
