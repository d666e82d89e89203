export { assessMonth } from './month';
export type { MonthInput } from './month';
export { assessTerm } from './term';
export type { TermInput } from './term';
