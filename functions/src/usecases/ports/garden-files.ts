/**
 * The Drive operations provisioning needs: find a file by exact name in a folder, copy the template into the
 * folder, and give a person writer access without an email. Implemented over Drive v3.
 */
export interface GardenFiles {
  /** Id of a non-trashed file named exactly `name` in `folderId`, or null. */
  findInFolder(name: string, folderId: string): Promise<string | null>;
  /** Copies `templateId` into `folderId` as `name`; returns the new file's id. */
  copy(templateId: string, name: string, folderId: string): Promise<string>;
  /** Grants `email` the writer role (no notification email). Granting twice is harmless. */
  shareAsWriter(fileId: string, email: string): Promise<void>;
}
