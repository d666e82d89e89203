// Report models: the monthly 通报 and the semester 考核, as renderer-neutral blocks (docx and HTML draw them).
export { buildBulletin, type BulletinInput } from './bulletin';
export { buildTermReport } from './term-report';
export { amount, pct, pts, type Block, type Report } from './model';
