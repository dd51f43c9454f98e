import type { Actor } from '../ports.js';
import type { TrainingProgrammeRecord } from './store.js';

/**
 * Trainings are public records; members of the organiser organisation manage a programme, its batches
 * and trainee lists, and only they (and platform admins) read trainees' personal data.
 */
export type TrainingAction = 'edit' | 'delete' | 'readTrainees';

export function canOnTraining(actor: Actor | null, _action: TrainingAction, programme: Pick<TrainingProgrammeRecord, 'organisationId'>): boolean {
  return !!actor && (actor.isPlatformAdmin || actor.memberships.has(programme.organisationId));
}

export function trainingAbilities(actor: Actor | null, programme: Pick<TrainingProgrammeRecord, 'organisationId'>) {
  return {
    edit: canOnTraining(actor, 'edit', programme),
    delete: canOnTraining(actor, 'delete', programme),
    readTrainees: canOnTraining(actor, 'readTrainees', programme),
  };
}
