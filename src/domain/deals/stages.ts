/**
 * The stage rules of a deal, as pure functions (tested in test/unit/deal-stages.test.ts).
 *
 * - Forward: any later pipeline stage, skipping allowed (a signing may be the first thing recorded).
 * - Correction: any earlier pipeline stage, with a reason text (it fixes a mistake; the history keeps both).
 * - Drop: from any stage but `completed`, with a category and a reason text.
 * - Reopen: a dropped deal goes back to any pipeline stage, with a reason text.
 * - Moving to the stage it is in, dropping a completed deal or dropping twice is not a transition (409).
 * Reaching `agreement_signed` or later sets the signing date (today unless given); a correction back
 * before `agreement_signed` clears it, since the agreement was not signed after all.
 */
import { PIPELINE_STAGES, type DealStage, type StageChangeKind } from './vocab.js';

export const stageIndex = (stage: DealStage): number => (PIPELINE_STAGES as readonly string[]).indexOf(stage);

export type TransitionKind = Exclude<StageChangeKind, 'created'>;

/** What moving from one stage to another is, or null when it is no transition at all. */
export function classifyTransition(from: DealStage, to: DealStage): TransitionKind | null {
  if (from === to) return null;
  if (to === 'dropped') return from === 'completed' ? null : 'drop';
  if (from === 'dropped') return 'reopen';
  return stageIndex(to) > stageIndex(from) ? 'forward' : 'correction';
}

export interface TransitionRequest {
  to: DealStage;
  reason?: string | null | undefined;
  dropCategory?: string | null | undefined;
  signedOn?: string | null | undefined;
}

export type TransitionProblem = { code: 'INVALID_TRANSITION' } | { code: 'REASON_REQUIRED'; path: string; message: string };

/** The problem with a requested transition, or null when it may happen. */
export function transitionProblem(from: DealStage, request: TransitionRequest): TransitionProblem | null {
  const kind = classifyTransition(from, request.to);
  if (!kind) return { code: 'INVALID_TRANSITION' };
  const reason = request.reason?.trim();
  if (kind === 'drop') {
    if (!request.dropCategory) return { code: 'REASON_REQUIRED', path: '/dropCategory', message: 'dropping a deal needs a reason category' };
    if (!reason) return { code: 'REASON_REQUIRED', path: '/reason', message: 'dropping a deal needs a reason text' };
  }
  if ((kind === 'correction' || kind === 'reopen') && !reason) return { code: 'REASON_REQUIRED', path: '/reason', message: `a ${kind} needs a reason text` };
  return null;
}

/** The signing date after a move: set on reaching agreement_signed, cleared by a correction before it. */
export function signedOnAfter(current: string | null, to: DealStage, requested: string | null | undefined, today: string): string | null {
  if (to === 'dropped') return current;
  if (stageIndex(to) >= stageIndex('agreement_signed')) return requested ?? current ?? today;
  return null;
}

/** The pipeline stages a deal in `from` may move to in one step (for menus and abilities). */
export function nextStages(from: DealStage): DealStage[] {
  return [...PIPELINE_STAGES, 'dropped' as const].filter((to) => classifyTransition(from, to) !== null);
}
