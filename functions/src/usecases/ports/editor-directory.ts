import type { GardenEditors } from '../../core/access';

/** Finds the gardens whose registered editors include an email: how a verified caller becomes a garden's editor. */
export interface EditorDirectory {
  /** May return more gardens than match (the access core filters); must not miss any. */
  gardensEditedBy(email: string): Promise<GardenEditors[]>;
}
