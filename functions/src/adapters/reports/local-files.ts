import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../local-files/atomic-write';
import type { Report } from '../../core/reports';
import { renderReportDocx } from './docx';
import { renderReportHtml } from './html';

/** Where one report was written. */
export interface WrittenReport {
  kind: Report['kind'];
  title: string;
  files: string[];
}

/** Writes each report as .docx and .html under `out/<month or term>/` (e.g. out/2020-05/通报-2020-05.docx). */
export async function writeReportFiles(outDir: string, reports: readonly Report[]): Promise<WrittenReport[]> {
  const written: WrittenReport[] = [];
  for (const report of reports) {
    const base = path.join(outDir, report.folder, report.fileStem);
    await mkdir(path.dirname(base), { recursive: true });
    await writeFileAtomically(`${base}.docx`, await renderReportDocx(report));
    await writeFileAtomically(`${base}.html`, renderReportHtml(report));
    written.push({ kind: report.kind, title: report.title, files: [`${base}.docx`, `${base}.html`] });
  }
  return written;
}
