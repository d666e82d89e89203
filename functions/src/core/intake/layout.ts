import { PLAN_COLUMNS, type PlanColumnKey } from '../../../../schemas';
import type { ColumnMap } from './header';

/**
 * A table's columns as plain fields, -1 where the table lacks one. Every row reads its columns many times; a
 * ColumnMap read by a key held in a variable (`columns[key]`) is a hash lookup each time, where a field of an
 * object of one fixed shape is a single load (bench: the keyed reads were a tenth of intake). One field per plan
 * column of the schema: buildLayout fails to type-check when a column is added there and not here.
 */
export interface ColumnLayout extends Readonly<Record<PlanColumnKey, number>> {
  /** The month and every detail column the table has, with their keys: where a broken formula is reported. */
  readonly formulaKeys: readonly PlanColumnKey[];
  readonly formulaCols: readonly number[];
  /** Detail columns the table has (what makes a row an activity). */
  readonly detailCols: readonly number[];
  /** 1 at each column of the table other than 序号, by column index (0 past the table's last column). */
  readonly inTable: Uint8Array;
}

/** Columns whose content makes a row an activity (or a broken one). 序号/月份 alone do not. */
const DETAIL_KEYS: readonly PlanColumnKey[] = [
  'date', 'task', 'person', 'status', 'type', 'classHours', 'participants',
  'evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos', 'note',
];

const LAYOUTS = new WeakMap<ColumnMap, ColumnLayout>();
/** Layouts by their columns' positions: a county's tables share a handful (bounded like the intake memos). */
const BY_POSITIONS = new Map<string, ColumnLayout>();

/**
 * The layout of a column map, built once per map (a table's rows share one) and shared by maps alike. A column
 * map is not changed once rows have been read with it (readPlanTable makes a new one per table).
 */
export function layoutOf(columns: ColumnMap): ColumnLayout {
  let layout = LAYOUTS.get(columns);
  if (!layout) {
    const positions = COLUMN_KEYS.map((k) => columns[k] ?? -1).join();
    layout = BY_POSITIONS.get(positions);
    if (!layout) {
      if (BY_POSITIONS.size >= 256) BY_POSITIONS.clear();
      layout = buildLayout(columns);
      BY_POSITIONS.set(positions, layout);
    }
    LAYOUTS.set(columns, layout);
  }
  return layout;
}

const COLUMN_KEYS = PLAN_COLUMNS.map((c) => c.key);

function buildLayout(columns: ColumnMap): ColumnLayout {
  const col = (key: PlanColumnKey) => columns[key] ?? -1;
  const formulaKeys = (['month', ...DETAIL_KEYS] as const).filter((k) => columns[k] !== undefined);
  // A literal (not Object.fromEntries) so every layout has one fast shape.
  return {
    seq: col('seq'), month: col('month'), date: col('date'), task: col('task'), person: col('person'), status: col('status'),
    type: col('type'), classHours: col('classHours'), participants: col('participants'), evidencePlan: col('evidencePlan'),
    evidenceRecord: col('evidenceRecord'), evidenceSummary: col('evidenceSummary'), evidencePhotos: col('evidencePhotos'), note: col('note'),
    formulaKeys, formulaCols: formulaKeys.map(col), detailCols: DETAIL_KEYS.filter((k) => columns[k] !== undefined).map(col),
    inTable: tableColumns(columns),
  };
}

function tableColumns(columns: ColumnMap): Uint8Array {
  const cols = (Object.keys(columns) as PlanColumnKey[]).filter((k) => k !== 'seq' && columns[k] !== undefined).map((k) => columns[k]!);
  const inTable = new Uint8Array(Math.max(-1, ...cols) + 1);
  for (const col of cols) inTable[col] = 1;
  return inTable;
}

/** The cell in a column of the layout (null when the table lacks the column; undefined past a ragged row's end). */
export function cellAt(cells: readonly unknown[], col: number): unknown {
  return col < 0 ? null : cells[col];
}
