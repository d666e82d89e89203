import type { UiPort } from './ports';

export const MENU_TITLE = '帮扶填报';

/** Menu captions and the global functions they call (main.ts defines each). */
export const MENU_ITEMS = [
  { caption: '全表检查', functionName: 'checkAll' },
  { caption: '提交本月', functionName: 'submitMonth' },
  null, // separator
  { caption: '填写说明', functionName: 'showHelp' },
] as const;

/** onOpen: only the menu. The template itself is provisioned through the Sheets API (see core/template/google-requests.ts). */
export function addMenu(ui: UiPort): void {
  let menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu = item ? menu.addItem(item.caption, item.functionName) : menu.addSeparator();
  menu.addToUi();
}
