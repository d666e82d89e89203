import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The export's entry file; `--import-data` wants this file, not the folder. */
const METADATA_SUFFIX = '.overall_export_metadata';

/** The newest export metadata file under `dir` (searched recursively), or null when there is no export yet. */
export function findExportMetadata(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(METADATA_SUFFIX)) found.push(path);
    }
  };
  walk(resolve(dir));
  found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0] ?? null;
}

/**
 * Exports every project's data into `dir`, replacing what was there. The export goes to a fresh sibling folder
 * first and is swapped in only when complete, so a failed export never destroys the previous one.
 */
export async function exportEmulatorData(hostPort: string, projectId: string, dir: string): Promise<void> {
  const target = resolve(dir);
  const staging = `${target}.exporting`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true }); // the emulator refuses a folder that does not exist
  const response = await fetch(`http://${hostPort}/emulator/v1/projects/${projectId}:export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ database: `projects/${projectId}/databases/(default)`, export_directory: staging }),
  });
  if (!response.ok) throw new Error(`Firestore 模拟器导出数据失败（HTTP ${response.status}）：${await response.text()}`);
  if (!findExportMetadata(staging)) throw new Error(`Firestore 模拟器导出后未找到 *${METADATA_SUFFIX}：${staging}`);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

/** Deletes every document of one project (test isolation; other projects on the same emulator are untouched). */
export async function clearEmulatorData(hostPort: string, projectId: string): Promise<void> {
  const response = await fetch(`http://${hostPort}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`清空 Firestore 模拟器数据失败（HTTP ${response.status}）：${await response.text()}`);
}
