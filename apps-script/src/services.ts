import type { HtmlOutputPort, LockPort, Services, SpreadsheetPort, UiPort } from './ports';

/**
 * The real Apps Script services behind the ports. Built per call (globals exist only inside a trigger's run), and
 * typed against @types/google-apps-script so tsc proves the real objects fit the ports.
 */
export function appsScriptServices(): Services {
  return {
    spreadsheet: (): SpreadsheetPort => SpreadsheetApp.getActive(),
    ui: (): UiPort => SpreadsheetApp.getUi(),
    htmlOutput: (html: string): HtmlOutputPort => HtmlService.createHtmlOutput(html),
    fetch: (url, options) => UrlFetchApp.fetch(url, options),
    identityToken: () => ScriptApp.getIdentityToken(),
    scriptProperty: (name) => PropertiesService.getScriptProperties().getProperty(name),
    documentLock: (): LockPort | null => LockService.getDocumentLock(),
    now: () => new Date(),
    log: (message) => console.error(message),
    info: (message) => console.log(message),
  };
}
