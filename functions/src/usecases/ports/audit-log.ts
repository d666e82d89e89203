import type { AuditEntry } from '../../../../schemas';

/** Append-only log of who did what and when (bureau actions, roster changes); never updated or deleted. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Entries about one subject, oldest first. */
  list(subject: string): Promise<AuditEntry[]>;
}
