/* Test double of SpreadsheetApp.getUi() and HtmlService: menus, alerts and sidebars are recorded for assertions. */
import type { CallLog } from './calls';

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: string; entries: MenuEntry[] };

export class FakeMenu {
  readonly entries: MenuEntry[] = [];
  constructor(private readonly ui: FakeUi, readonly caption: string) {}
  addItem(caption: string, functionName: string) { this.entries.push({ caption, functionName }); return this; }
  addSeparator() { this.entries.push({ separator: true }); return this; }
  addSubMenu(menu: FakeMenu) { this.entries.push({ subMenu: menu.caption, entries: menu.entries }); return this; }
  addToUi() { this.ui.menus.push({ caption: this.caption, entries: [...this.entries] }); }
}

export class FakeHtmlOutput {
  private title = '';
  constructor(private content: string) {}
  setTitle(title: string) { this.title = title; return this; }
  getTitle() { return this.title; }
  getContent() { return this.content; }
  append(html: string) { this.content += html; return this; }
  setWidth() { return this; }
  setHeight() { return this; }
}

/** createTemplate(html).evaluate(): `<?= expr ?>` prints a template property HTML-escaped, `<?!= expr ?>` raw. */
export class FakeHtmlTemplate {
  [key: string]: unknown;
  constructor(private readonly source: string) {}
  evaluate(): FakeHtmlOutput {
    const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const html = this.source.replace(/<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g, (_m, raw: string, name: string) => {
      const value = String(this[name] ?? '');
      return raw ? value : escape(value);
    });
    return new FakeHtmlOutput(html);
  }
}

export class FakeUi {
  readonly menus: { caption: string; entries: MenuEntry[] }[] = [];
  readonly alerts: { title?: string; prompt: string }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(private readonly log: CallLog) {}
  createMenu(caption: string) { this.log.count('Ui.createMenu'); return new FakeMenu(this, caption); }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons), as documented. */
  alert(a: string, b?: unknown, c?: unknown) {
    this.log.count('Ui.alert');
    if (c !== undefined) this.alerts.push({ title: a, prompt: String(b) });
    else this.alerts.push({ prompt: a });
    return Button.OK;
  }
  showSidebar(output: FakeHtmlOutput) {
    this.log.count('Ui.showSidebar');
    if (!(output instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
    this.sidebars.push(output);
  }
}

export const HtmlService = {
  createHtmlOutput: (html = '') => new FakeHtmlOutput(String(html)),
  createTemplate: (html: string) => new FakeHtmlTemplate(html),
};
