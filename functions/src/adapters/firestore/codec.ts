import type { DocumentReference, Firestore, Transaction, WriteBatch } from '@google-cloud/firestore';
import { z } from 'zod';

/** A stored document that does not match its schema: someone wrote it by hand, or an old format survived. */
export class CorruptDocumentError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`corrupt Firestore document ${path}:\n${detail}`);
    this.name = 'CorruptDocumentError';
  }
}

/** A value we were about to write that does not match its schema: a bug upstream, caught before it is stored. */
export class InvalidDocumentError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`refusing to write invalid document ${path}:\n${detail}`);
    this.name = 'InvalidDocumentError';
  }
}

/** Validates a document read from `path`. */
export function decode<S extends z.ZodType>(schema: S, path: string, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new CorruptDocumentError(path, z.prettifyError(parsed.error));
  return parsed.data;
}

/** Validates a document about to be written to `path`; returns the parsed value (defaults applied, extras stripped). */
export function encode<S extends z.ZodType>(schema: S, path: string, value: unknown): z.output<S> & Record<string, unknown> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidDocumentError(path, z.prettifyError(parsed.error));
  return parsed.data as z.output<S> & Record<string, unknown>;
}

/** Reads and validates one document (in a transaction when given), or null when it does not exist. */
export async function readDoc<S extends z.ZodType>(
  ref: DocumentReference,
  schema: S,
  txn?: Transaction,
): Promise<z.output<S> | null> {
  const snap = txn ? await txn.get(ref) : await ref.get();
  return snap.exists ? decode(schema, ref.path, snap.data()) : null;
}

/** Firestore's limit of writes per batch commit. */
export const MAX_BATCH_WRITES = 500;

/** Commits writes in batches of at most 500 (production rejects more; the emulator does not, so tests would not tell). */
export async function commitInBatches(db: Firestore, writes: ReadonlyArray<(batch: WriteBatch) => void>): Promise<void> {
  for (let start = 0; start < writes.length; start += MAX_BATCH_WRITES) {
    const batch = db.batch();
    for (const write of writes.slice(start, start + MAX_BATCH_WRITES)) write(batch);
    await batch.commit();
  }
}
