/** Words of the trainings registry. */
export const TRAINING_MODES = ['offline', 'online', 'hybrid'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
