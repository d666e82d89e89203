import type { DashboardInput } from './input';
import type { Dashboard } from './model';
import { issuesTab } from './tabs/issues';
import { matrixTab } from './tabs/matrix';
import { overviewTab } from './tabs/overview';
import { pairsTab } from './tabs/pairs';
import { registerTab } from './tabs/register';
import { termTab } from './tabs/term';

/** The whole dashboard, tabs in their fixed order. Pure: the same input gives the same model. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const m = input.month;
  return {
    title: `${m.county}${m.year}年幼儿园结对帮扶工作看板`,
    tabs: [overviewTab(input), matrixTab(input), pairsTab(input), issuesTab(input), registerTab(input), termTab(input)],
  };
}
