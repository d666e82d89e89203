import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes beside the file, then renames into place: a crash or a reader sees the old file or the new one, never half
 * of one. The temporary file is hidden and per process (two writers never share it) and is removed if the write
 * fails. The folder must exist.
 */
export async function writeFileAtomically(file: string, bytes: Buffer | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.bangfu-${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
