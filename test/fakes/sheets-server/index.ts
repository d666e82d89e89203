export { SimulatedClock } from './clock';
export { FakeGoogleServer, type LoggedRequest } from './server';
export type { Faults, Match } from './faults';
export type { FakeCell, FakeSheet, FakeSpreadsheet, Scalar } from './model';
export type { SheetInit, SpreadsheetInit } from './seed';
