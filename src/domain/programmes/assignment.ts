/**
 * Automatic assignment of reviewers to applications. Pure, tested in test/unit/programmes-assignment.test.ts.
 *
 * Rules: a conflicted reviewer is never chosen; an application gets at most `perApplication` reviewers
 * (counting those already assigned); the hardest applications (fewest eligible reviewers) are served
 * first, so the scarce reviewers go where nobody else can. For each open place the reviewer with the
 * lowest current load wins; among equal loads the better sector match (shared sectors), then the id.
 * Load comes first because an overloaded reviewer delays the whole round; sector match decides within it.
 * Without conflicts the loads then differ by at most one.
 */
export interface AssignableApplication {
  id: string;
  sectors: readonly string[];
}

export interface AssignableReviewer {
  userId: string;
  sectors: readonly string[];
}

export interface AutoAssignmentPlan {
  assignments: Array<{ applicationId: string; reviewerId: string }>;
  /** Applications left with fewer reviewers than asked for: not enough unconflicted reviewers. */
  shortfalls: Array<{ applicationId: string; missing: number }>;
}

export function planAssignments(input: {
  applications: readonly AssignableApplication[];
  reviewers: readonly AssignableReviewer[];
  existing: ReadonlyArray<{ applicationId: string; reviewerId: string }>;
  isConflicted: (reviewerId: string, applicationId: string) => boolean;
  perApplication: number;
}): AutoAssignmentPlan {
  const load = new Map(input.reviewers.map((r) => [r.userId, 0]));
  const assigned = new Map<string, Set<string>>(input.applications.map((a) => [a.id, new Set<string>()]));
  for (const e of input.existing) {
    load.set(e.reviewerId, (load.get(e.reviewerId) ?? 0) + 1);
    assigned.get(e.applicationId)?.add(e.reviewerId);
  }
  const eligible = (a: AssignableApplication) => input.reviewers.filter((r) => !input.isConflicted(r.userId, a.id) && !assigned.get(a.id)?.has(r.userId));
  const order = [...input.applications].sort((a, b) => eligible(a).length - eligible(b).length || a.id.localeCompare(b.id));
  const plan: AutoAssignmentPlan = { assignments: [], shortfalls: [] };
  for (const application of order) {
    const have = assigned.get(application.id) ?? new Set<string>();
    let missing = input.perApplication - have.size;
    while (missing > 0) {
      const overlap = (r: AssignableReviewer) => r.sectors.filter((s) => application.sectors.includes(s)).length;
      const [best] = eligible(application).sort(
        (x, y) => (load.get(x.userId) ?? 0) - (load.get(y.userId) ?? 0) || overlap(y) - overlap(x) || x.userId.localeCompare(y.userId),
      );
      if (!best) break;
      have.add(best.userId);
      load.set(best.userId, (load.get(best.userId) ?? 0) + 1);
      plan.assignments.push({ applicationId: application.id, reviewerId: best.userId });
      missing--;
    }
    if (missing > 0) plan.shortfalls.push({ applicationId: application.id, missing });
  }
  return plan;
}
