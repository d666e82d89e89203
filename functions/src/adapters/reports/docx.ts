import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { Block, Report } from '../../core/reports';

/*
 * The report as a Word document, what a Chinese bureau prints and edits. Fonts name the East-Asian face
 * explicitly (run fonts' eastAsia slot): 仿宋_GB2312 for body, 黑体 for headings, 宋体 in tables — the official-document
 * convention; Word and WPS fall back sensibly where a face is missing, but without eastAsia they would render
 * Chinese in the Latin font's fallback. A4 portrait, margins per GB/T 9704 (top 37 mm, others ~26–28 mm).
 * Charts are native Word charts (docx's ChartRun): editable in Word/WPS, no picture rendering needed.
 */
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEADING = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TABLE = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const MM = 56.7; // twips per millimetre
const RED = 'C00000';

const run = (text: string, font = BODY, size = 32, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font, size, ...extra });

function cell(text: string, header: boolean, widthPct: number): TableCell {
  return new TableCell({
    width: { size: widthPct * 50, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: 'DDE7F3', color: 'auto' } : undefined,
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, TABLE, 21, { bold: header })] })],
  });
}

function blockToDocx(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(b.text, HEADING, 32)] })];
    case 'paragraph':
      return [new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(b.text, BODY, 32, b.emphasis ? { color: '9C0006' } : {})] })];
    case 'list':
      return b.items.map((item, i) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(`${i + 1}. ${item}`)] }));
    case 'table': {
      const widths = b.widths ?? b.header.map(() => Math.floor(100 / b.header.length));
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.caption, HEADING, 24)] }),
        new Table({
          width: { size: 5000, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, true, widths[i] ?? 10)) }),
            ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(String(c), false, widths[i] ?? 10)) })),
          ],
        }),
      ];
    }
    case 'chart':
      return [new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ChartRun({
          type: 'column', title: b.title, categories: b.categories,
          series: b.series.map((s) => ({ name: s.name, values: b.unit === '%' ? s.values.map((v) => v * 100) : s.values })),
          valueAxis: { minimum: 0, maximum: b.unit === '%' ? 100 : b.max },
          font: { name: '宋体' }, transformation: { width: 560, height: 300 },
        })],
      })];
  }
}

export function reportDocument(report: Report): Document {
  return new Document({
    creator: 'bangfu', title: report.title,
    styles: { default: { document: { run: { font: BODY, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.masthead, HEADING, 60, { bold: true, color: RED })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.issue, BODY, 28)] }),
        new Paragraph({
          border: { bottom: { style: BorderStyle.THICK, size: 18, color: RED, space: 4 } },
          children: [run(report.issuer, BODY, 28)],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 300, after: 300 }, children: [run(report.title, HEADING, 40)] }),
        ...report.blocks.flatMap(blockToDocx),
      ],
    }],
  });
}

export async function renderReportDocx(report: Report): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(report));
}
