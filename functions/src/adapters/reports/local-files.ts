import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../core/reports';
import { renderReportDocx } from './docx';
import { renderReportHtml } from './html';

/** Where one report was written. */
export interface WrittenReport {
  kind: Report['kind'];
  title: string;
  files: string[];
}

async function writeAtomically(file: string, bytes: Buffer | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

/** Writes each report as .docx and .html under `out/<month or term>/` (e.g. out/2020-05/通报-2020-05.docx). */
export async function writeReportFiles(outDir: string, reports: readonly Report[]): Promise<WrittenReport[]> {
  const written: WrittenReport[] = [];
  for (const report of reports) {
    const base = path.join(outDir, report.folder, report.fileStem);
    await writeAtomically(`${base}.docx`, await renderReportDocx(report));
    await writeAtomically(`${base}.html`, renderReportHtml(report));
    written.push({ kind: report.kind, title: report.title, files: [`${base}.docx`, `${base}.html`] });
  }
  return written;
}
