// Output hygiene for text that gardens typed and we write elsewhere. Pure; adapters import it from here.
export { neutraliseFormula } from './formula';
export { escapeHtml } from './html';
