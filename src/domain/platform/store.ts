import type { OutgoingMail } from '../ports.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'queued' | 'sent' | 'failed' | 'stored';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface TaxonomyConcept {
  code: string;
  kind: 'sector' | 'keyword';
  parent: string | null;
  labels: Record<string, string>;
  synonyms: Record<string, string[]>;
}

/** Cross-cutting records: audit log, mail outbox, taxonomy, settings. */
export interface PlatformStore {
  audit(entry: AuditEntry): Promise<void>;
  enqueueMail(mail: OutgoingMail): Promise<string>;
  /** Drops queued mail to addresses ending in `suffix` (demo accounts have no mailboxes). */
  discardMailTo(suffix: string): Promise<number>;
  listOutbox(limit: number): Promise<OutboxItem[]>;
  taxonomy(): Promise<TaxonomyConcept[]>;
  /** The codes among `codes` that are not in the taxonomy (of the given kind). */
  unknownConcepts(codes: string[], kind: 'sector' | 'keyword'): Promise<string[]>;
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}
