/**
 * Table numbers. Tables are interchangeable for feasibility, so solvers decide slots only and tables are
 * handed out here, slot by slot: a meeting keeps the table one of its participants sat at in the previous
 * slot when it is still free, so people change tables less often between back-to-back meetings.
 */
import type { Assignment, SchedulingInstance } from './model.js';

export function assignTables(instance: SchedulingInstance, slotOf: ArrayLike<number>): Assignment[] {
  const bySlot: number[][] = Array.from({ length: instance.slots }, () => []);
  for (let m = 0; m < slotOf.length; m++) {
    const s = slotOf[m]!;
    if (s >= 0) bySlot[s]!.push(m);
  }
  const lastTable = new Int32Array(instance.participants).fill(-1);
  const lastSlot = new Int32Array(instance.participants).fill(-2);
  const assignments: Assignment[] = [];
  bySlot.forEach((meetings, slot) => {
    const taken = new Uint8Array(instance.tables);
    const tableOf = new Map<number, number>();
    const previousTable = (p: number): number => (lastSlot[p] === slot - 1 ? lastTable[p]! : -1);
    for (const meeting of meetings) {
      const { a, b } = instance.meetings[meeting]!;
      for (const t of [previousTable(a), previousTable(b)]) {
        if (t >= 0 && t < instance.tables && !taken[t]) {
          taken[t] = 1;
          tableOf.set(meeting, t);
          break;
        }
      }
    }
    let next = 0;
    for (const meeting of meetings) {
      if (!tableOf.has(meeting)) {
        while (next < instance.tables && taken[next]) next++;
        // More meetings than tables cannot come from a feasible slot choice; the checker will say so.
        const table = next < instance.tables ? next : instance.tables;
        taken[next] = 1;
        tableOf.set(meeting, table);
      }
      const table = tableOf.get(meeting)!;
      const { a, b } = instance.meetings[meeting]!;
      for (const p of [a, b]) {
        lastTable[p] = table;
        lastSlot[p] = slot;
      }
      assignments.push({ meeting, slot, table });
    }
  });
  return assignments;
}
