import type { Firestore } from '@google-cloud/firestore';
import type { GardenEditors } from '../../core/access';
import type { EditorDirectory } from '../../usecases/ports/editor-directory';
import { paths } from './paths';

/** The collection that holds garden registrations, derived from the one module that knows paths. */
const GARDENS = paths.garden('x').split('/')[0];

/**
 * Looks gardens up by editor with an `array-contains-any` query on the registrations' `editors`. Emails are
 * compared case-insensitively by the access core, but the query is exact: it asks for the address as the
 * token gives it and lower-cased, so registrations should store editors lower-cased.
 */
export class FirestoreEditorDirectory implements EditorDirectory {
  constructor(private readonly db: Firestore) {}

  async gardensEditedBy(email: string): Promise<GardenEditors[]> {
    const spellings = [...new Set([email, email.toLowerCase()])];
    const snap = await this.db.collection(GARDENS).where('editors', 'array-contains-any', spellings).select('editors').get();
    return snap.docs.map((doc) => {
      const editors: unknown = doc.get('editors');
      return { id: doc.id, editors: Array.isArray(editors) ? editors.filter((e): e is string => typeof e === 'string') : [] };
    });
  }
}
