/** Ranking, decisions with their e-mails, and the review export. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { rankApplications, scoreSheets, type RankedApplication, type ScoredSheet } from './aggregation.js';
import { decisionMail } from './mail.js';
import { programmeFor } from './programmes.js';
import type { DecisionInput } from './schema.js';
import type { ApplicationView, ProgrammeRecord, ReviewerRecord } from './store.js';

export interface RankingResult {
  programme: ProgrammeRecord;
  /** null: written reviews; otherwise the live pitch round whose jury scores are ranked. */
  roundId: string | null;
  rows: Array<RankedApplication & { application: ApplicationView }>;
}

/** Applications that were submitted and not withdrawn: the ones ranked and decided. */
const ranked = (a: ApplicationView) => a.submittedAt !== null && a.status !== 'withdrawn' && a.status !== 'draft';

async function scored(stores: Stores, programme: ProgrammeRecord, roundId: string | null): Promise<ScoredSheet[]> {
  if (roundId) {
    const round = programme.rounds.find((r) => r.id === roundId);
    if (!round || round.kind !== 'live_pitch') fail('ROUND_NOT_FOUND');
    const sheets = await stores.programmes.juryScores(programme.id, roundId);
    return scoreSheets(programme.review.criteria, sheets.map((s) => ({ applicationId: s.applicationId, scorerId: s.jurorId, scores: s.scores })));
  }
  const assignments = (await stores.programmes.assignments(programme.id)).filter((a) => a.submittedAt !== null);
  return scoreSheets(programme.review.criteria, assignments.map((a) => ({ applicationId: a.applicationId, scorerId: a.reviewerId, scores: a.scores })));
}

export async function programmeRanking(stores: Stores, actor: Actor | null, programmeId: string, roundId: string | null): Promise<RankingResult> {
  const { programme } = await programmeFor(stores, actor, programmeId, 'manageReview');
  const applications = (await stores.programmes.listApplications(programmeId, {})).filter(ranked);
  const byId = new Map(applications.map((a) => [a.id, a]));
  const rows = rankApplications(applications.map((a) => a.id), await scored(stores, programme, roundId));
  return { programme, roundId, rows: rows.map((r) => ({ ...r, application: byId.get(r.applicationId) as ApplicationView })) };
}

export async function decideApplication(stores: Stores, clock: Clock, publicUrl: string, actor: Actor | null, applicationId: string, input: DecisionInput): Promise<void> {
  const application = await stores.programmes.findApplication(applicationId);
  if (!application || !application.submittedAt) fail('APPLICATION_NOT_FOUND');
  const { programme, actor: a } = await programmeFor(stores, actor, application.programmeId, 'decideApplications');
  if (application.status !== 'submitted') fail('INVALID_TRANSITION', { status: application.status, action: 'decide' });
  if (input.decision === 'fund' && input.awardedMinor === undefined) fail('VALIDATION_FAILED', [{ path: '/awardedMinor', message: 'funding needs the awarded amount' }]);
  if (input.decision !== 'fund' && input.awardedMinor !== undefined) fail('VALIDATION_FAILED', [{ path: '/awardedMinor', message: 'only funded applications get an amount' }]);
  if (input.decision !== 'revise_and_resubmit' && input.resubmitBy) fail('VALIDATION_FAILED', [{ path: '/resubmitBy', message: 'only for revise_and_resubmit' }]);
  const now = clock.now();
  const resubmitBy = input.resubmitBy ? new Date(input.resubmitBy) : null;
  if (resubmitBy && resubmitBy <= now) fail('VALIDATION_FAILED', [{ path: '/resubmitBy', message: 'must be in the future' }]);
  const awardedMinor = input.decision === 'fund' ? (input.awardedMinor ?? 0) : null;
  if (awardedMinor !== null && programme.budgetMinor !== null) {
    const committed = await stores.programmes.awardedTotal(programme.id);
    if (committed + awardedMinor > programme.budgetMinor) fail('BUDGET_EXCEEDED', { budgetMinor: programme.budgetMinor, committedMinor: committed, requestedMinor: awardedMinor });
  }
  const status = input.decision === 'fund' ? 'funded' : input.decision === 'reject' ? 'rejected' : 'revise_and_resubmit';
  await stores.programmes.updateApplication(applicationId, { status, decision: input.decision, decisionNote: input.note?.trim() || null, awardedMinor, resubmitBy, decidedAt: now });
  if (awardedMinor !== null) {
    await stores.programmes.insertProject({
      id: randomUUID(),
      programmeId: programme.id,
      applicationId,
      organisationId: application.organisationId,
      title: application.title,
      awardedMinor,
      currency: programme.currency,
      status: 'active',
    });
  }
  const applicant = await stores.accounts.findUserById(application.createdBy);
  if (applicant) {
    await stores.platform.enqueueMail(
      decisionMail({ to: applicant, programme, application, decision: input.decision, awardedMinor, resubmitBy, note: input.note ?? null, publicUrl }),
    );
  }
  await stores.platform.audit({ actorId: a.userId, action: `programme.application.${input.decision}`, subjectType: 'programme_application', subjectId: applicationId, details: { awardedMinor } });
}

export type ExportCell = string | number | null;

/** Every review and jury score with its criteria, weighted and normalised numbers (organisers only). */
export async function reviewExport(stores: Stores, actor: Actor | null, programmeId: string): Promise<ExportCell[][]> {
  const { programme } = await programmeFor(stores, actor, programmeId, 'manageReview');
  const criteria = programme.review.criteria;
  const applications = new Map((await stores.programmes.listApplications(programmeId, {})).map((a) => [a.id, a]));
  const people = new Map<string, ReviewerRecord>((await stores.programmes.reviewers(programmeId)).map((r) => [r.userId, r]));
  const header: ExportCell[] = ['source', 'round', 'application_id', 'application_title', 'applicant', 'applicant_country', 'status', 'reviewer', 'reviewer_email'];
  header.push(...criteria.map((c) => `score_${c.id}`), 'weighted_0_100', 'z_score', 'comment', 'submitted_at');
  const rows: ExportCell[][] = [header];
  const emit = (source: string, round: string, sheets: ScoredSheet[], meta: Map<string, { comment: string; at: Date | null }>) => {
    for (const s of sheets) {
      const app = applications.get(s.applicationId);
      const person = people.get(s.scorerId);
      const m = meta.get(`${s.applicationId}:${s.scorerId}`);
      rows.push([
        source,
        round,
        s.applicationId,
        app?.title ?? '',
        app?.lead.name ?? '',
        app?.lead.country ?? '',
        app?.status ?? '',
        person?.displayName ?? s.scorerId,
        person?.email ?? '',
        ...criteria.map((c) => s.scores[c.id] ?? null),
        Math.round(s.weighted * 100) / 100,
        Math.round(s.z * 1000) / 1000,
        m?.comment ?? '',
        m?.at?.toISOString() ?? '',
      ]);
    }
  };
  const assignments = (await stores.programmes.assignments(programmeId)).filter((a) => a.submittedAt !== null);
  emit(
    'review',
    '',
    scoreSheets(criteria, assignments.map((a) => ({ applicationId: a.applicationId, scorerId: a.reviewerId, scores: a.scores }))),
    new Map(assignments.map((a) => [`${a.applicationId}:${a.reviewerId}`, { comment: a.comment, at: a.submittedAt }])),
  );
  for (const round of programme.rounds.filter((r) => r.kind === 'live_pitch')) {
    const jury = await stores.programmes.juryScores(programmeId, round.id);
    emit(
      'jury',
      round.id,
      scoreSheets(criteria, jury.map((j) => ({ applicationId: j.applicationId, scorerId: j.jurorId, scores: j.scores }))),
      new Map(jury.map((j) => [`${j.applicationId}:${j.jurorId}`, { comment: j.comment, at: j.createdAt }])),
    );
  }
  return rows;
}
