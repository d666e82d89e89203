/** Cold import of the functions entry: a fresh node process per sample, so nothing is cached in memory. */
import { spawnSync } from 'node:child_process';

export interface ColdImportResult {
  samplesMs: number[];
  medianMs: number;
}

const PROBE = "const t=process.hrtime.bigint(); require('./functions/dist/index.js'); console.log(Number(process.hrtime.bigint()-t)/1e6)";

export function runColdImport(root: string, samples = 7): ColdImportResult {
  const samplesMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const out = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, encoding: 'utf8', env: { ...process.env, METADATA_SERVER_DETECTION: 'none' } });
    if (out.status !== 0) throw new Error(`importing functions/dist/index.js failed:\n${out.stderr}`);
    samplesMs.push(Number(out.stdout.trim().split('\n').pop()));
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { samplesMs, medianMs: sorted[Math.floor(sorted.length / 2)] };
}
