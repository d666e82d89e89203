// The bureau's spot-check register (抽查登记): layout shared with the dashboard, and the pure reader.
export * from './layout';
export { parseActivityCell, type ActivityParse } from './activity-cell';
export { readSpotCheckRegister, type RegisterContext, type RegisterIssue, type RegisterRead, type RegisterRow } from './register';
