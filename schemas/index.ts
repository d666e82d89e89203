export * from './activity';
export * from './common';
export * from './garden-month';
export * from './grid';
export * from './issue';
export * from './plan-row';
export * from './plan-table';
export * from './roster';
