/**
 * The 1:1 meeting scheduling problem (B2B matchmaking), independent of how events store it.
 * All indices are 0-based: participants 0..participants-1, slots 0..slots-1, tables 0..tables-1,
 * meetings by their position in `meetings`.
 */
export type SessionConstraint = 'am' | 'pm' | 'any';

export interface MeetingRequest {
  /** The two participants (a ≠ b). */
  a: number;
  b: number;
  /** AM meetings must use slots < morningSlots, PM meetings slots ≥ morningSlots. */
  session: SessionConstraint;
  /** A slot the organiser pre-fixed, or null. Fixed meetings must stay where they are. */
  fixedSlot: number | null;
  /** Weight when not every meeting fits (higher = more important); 1 by default. */
  priority: number;
  /** Meetings that must take place in an earlier slot than this one. */
  predecessors: number[];
}

export interface SchedulingInstance {
  participants: number;
  slots: number;
  /** Slots 0..morningSlots-1 form the morning session; 0 when there are no AM/PM sessions. */
  morningSlots: number;
  tables: number;
  meetings: MeetingRequest[];
  /** Per participant, the slots they cannot attend. */
  forbidden: number[][];
  /** Fairness: the difference in breaks between any two participants may be at most this. */
  maxBreakDifference: number;
}

export interface Assignment {
  meeting: number;
  slot: number;
  table: number;
}

export interface ScheduleQuality {
  placed: number;
  placedPriority: number;
  /** Idle slots between a participant's first and last meeting, summed over participants. */
  breaks: number;
  /** Max minus min breaks over participants who have at least one meeting. */
  fairnessGap: number;
}

export type SolverName = 'clingo' | 'local-search' | 'fixed-only';

export interface ScheduleResult extends ScheduleQuality {
  assignments: Assignment[];
  /** Meetings that could not be placed. */
  unplaced: number[];
  /** True when an exact solver proved this schedule optimal (all meetings placed, breaks minimal). */
  optimal: boolean;
  /** True when it was proved that not every meeting can be placed under the constraints. */
  infeasible: boolean;
  solver: SolverName;
  seconds: number;
  /** LP upper bound on placed meetings (priority-weighted), when computed. */
  upperBound?: number;
  /** How upperBound was obtained: the LP, its slot-aggregated form (large events), or a counting bound. */
  upperBoundMethod?: 'lp' | 'aggregate-lp' | 'counting';
  /** Why not every meeting can be placed, when that was found before searching. */
  infeasibilityReasons?: string[];
  /** The exact solver failed (the schedule then comes from the local search alone). */
  exactSolverError?: string;
}
