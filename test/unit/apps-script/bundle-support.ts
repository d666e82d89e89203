import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { createAppsScriptDouble, loadBundle, type AppsScriptDouble, type DoubleOptions } from '../../fakes/apps-script';
import { seedPlanSheet } from '../../fixtures/apps-script-sheet';
import { buildTemplate, type PlanTemplate } from '../../../functions/src/core/template';

export const ROOT = path.resolve(__dirname, '../../..');
export const BUNDLE = path.join(ROOT, 'apps-script/dist/Code.js');

/** Builds apps-script/dist/Code.js with the real build script (run once per test file, in beforeAll). */
export function buildBundle(): { bytes: number; output: string } {
  const output = execFileSync(process.execPath, ['functions/scripts/build-apps-script.mjs'], { cwd: ROOT, encoding: 'utf8' });
  return { bytes: statSync(BUNDLE).size, output };
}

export interface Harness {
  double: AppsScriptDouble;
  script: Record<string, (...args: unknown[]) => unknown>;
  template: PlanTemplate;
  sheet: ReturnType<typeof seedPlanSheet>;
}

/** A garden's spreadsheet made from the template, with the built script bound to it. */
export function boundScript(options: DoubleOptions = {}): Harness {
  const double = createAppsScriptDouble(options);
  const template = buildTemplate({ year: 2020, gardenName: '光彩幼儿园' });
  const sheet = seedPlanSheet(double, template);
  return { double, script: loadBundle(double, BUNDLE), template, sheet };
}
