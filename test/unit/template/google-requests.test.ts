import type { sheets_v4 } from '@googleapis/sheets';
import { ACTIVITY_TYPES } from '../../../schemas';
import { buildTemplate, templateRequests, type SheetsRequest } from '../../../functions/src/core/template';

const template = buildTemplate({ year: 2020, gardenName: '光彩幼儿园' });
const requests = templateRequests(template, { planSheetId: 11, instructionsSheetId: 12, removeSheetId: 0 });
const ofKind = <K extends string>(kind: K) => requests.filter((r) => kind in r).map((r) => (r as Record<K, unknown>)[kind]);

describe('Google Sheets template requests', () => {
  it('are valid Sheets API request objects (checked against the SDK type)', () => {
    const typed: sheets_v4.Schema$Request[] = requests;
    const body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest = { requests: typed };
    expect(JSON.parse(JSON.stringify(body)).requests).toHaveLength(requests.length);
  });

  it('add both tabs, drop the blank sheet and freeze the title and header', () => {
    expect(ofKind('addSheet').map((a) => (a as { properties: { title: string } }).properties.title)).toEqual(['帮扶计划表', '填写说明']);
    expect(ofKind('deleteSheet')).toEqual([{ sheetId: 0 }]);
    expect(ofKind('updateSheetProperties')).toEqual([{ properties: { sheetId: 11, gridProperties: { frozenRowCount: 2 } }, fields: 'gridProperties.frozenRowCount' }]);
  });

  it('merge the title across the table and each month block in the 月份 column', () => {
    const merges = ofKind('mergeCells').map((m) => (m as { range: sheets_v4.Schema$GridRange }).range);
    expect(merges[0]).toEqual({ sheetId: 11, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: template.columns.length });
    expect(merges.slice(1)).toEqual(template.months.map((m) => ({ sheetId: 11, startRowIndex: m.firstRow - 1, endRowIndex: m.lastRow, startColumnIndex: 0, endColumnIndex: 1 })));
  });

  it('offer the activity types and status words as dropdown lists, and date/number checks', () => {
    const rules = ofKind('setDataValidation') as { range: sheets_v4.Schema$GridRange; rule: { condition: { type: string; values?: { userEnteredValue: string }[] } } }[];
    const lists = rules.filter((r) => r.rule.condition.type === 'ONE_OF_LIST').map((r) => r.rule.condition.values!.map((v) => v.userEnteredValue));
    expect(lists).toEqual([['已完成', '未完成', '延期', '取消'], [...ACTIVITY_TYPES]]);
    const typeColumn = template.columns.find((c) => c.key === 'type')!.column - 1;
    expect(rules.find((r) => r.range.startColumnIndex === typeColumn)!.range).toMatchObject({ startRowIndex: 2, endColumnIndex: typeColumn + 1 });
    expect(rules.map((r) => r.rule.condition.type)).toEqual(expect.arrayContaining(['DATE_IS_VALID', 'NUMBER_GREATER_THAN_EQ']));
    const dateFormat = ofKind('repeatCell').find((r) => JSON.stringify(r).includes('numberFormat'));
    expect(dateFormat).toMatchObject({ cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'm"月"d"日"' } } }, range: { startColumnIndex: 1, endColumnIndex: 2 } });
  });

  it('protect the title and header rows and colour missing evidence of done rows', () => {
    expect(ofKind('addProtectedRange')).toEqual([{ protectedRange: {
      range: { sheetId: 11, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: template.columns.length },
      description: '标题和列名由系统生成，请勿修改', warningOnly: false,
    } }]);
    const rules = ofKind('addConditionalFormatRule') as { rule: { booleanRule: { condition: { values: { userEnteredValue: string }[] } } } }[];
    expect(rules).toHaveLength(4);
    expect(rules[0].rule.booleanRule.condition.values[0].userEnteredValue).toBe(`=${template.highlights[0].formula}`);
  });

  it('write the header with each column’s help as its note, and the instructions as plain text (no formulas)', () => {
    const cells = ofKind('updateCells') as { rows: { values: sheets_v4.Schema$CellData[] }[] }[];
    const header = cells.find((u) => u.rows[0].values[0].userEnteredValue?.stringValue === '月份')!;
    expect(header.rows[0].values.map((v) => v.note)).toEqual(template.columns.map((c) => c.help));
    const all = JSON.stringify(requests);
    expect(all).not.toContain('formulaValue');
    const instructions = cells.find((u) => u.rows.length === template.instructions.lines.length)!;
    expect(instructions.rows.map((r) => r.values[0].userEnteredValue?.stringValue)).toEqual(template.instructions.lines);
  });

  it('are deterministic: the same template gives the same list (copies stay identical)', () => {
    const again: SheetsRequest[] = templateRequests(buildTemplate({ year: 2020, gardenName: '光彩幼儿园' }), { planSheetId: 11, instructionsSheetId: 12, removeSheetId: 0 });
    expect(again).toEqual(requests);
  });
});
