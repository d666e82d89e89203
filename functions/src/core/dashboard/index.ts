// The bureau's dashboard as a renderer-neutral model (tabs → rows of typed cells) and its Google request builder.
export { buildDashboard } from './build';
export { dashboardHistory, type GardenMonthHistory } from './history';
export { TABS, type DashboardInput, type LateChange } from './input';
export type { Cell, CellStyle, ChartSpec, ConditionalRule, Dashboard, ListValidation, Range, Tab } from './model';
export { MONTH_STATUS, MONTH_STATUS_ORDER, barGlyphs, type MonthStatus } from './styles';
export { monthStatus } from './tabs/matrix';
export { dashboardRequests, PROTECTION_TAG, type ExistingSheet, type SheetsRequest } from './google-requests';
export { issueLines, type IssueLine } from './tabs/issues';
