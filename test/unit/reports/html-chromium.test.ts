import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { renderReportHtml } from '../../../functions/src/adapters/reports/html';
import { buildBulletin } from '../../../functions/src/core/reports';
import { dashboardInput } from '../dashboard/scenario';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../../test-artifacts');

describe('the 通报 HTML in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk)`);
    }
    profile = await mkdtemp(path.join(os.tmpdir(), 'bangfu-chromium-'));
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, viewport: { width: 900, height: 1200 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('shows its charts and tables, in Chinese, without fetching anything', async () => {
    const input = dashboardInput();
    const html = renderReportHtml(buildBulletin({ month: input.month, spotChecks: input.register.checks, reports: input.reports, issuer: '高台县教育局基教股' }));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await page.setContent(html, { waitUntil: 'load' });

    const chart = page.locator('figure svg').first();
    await chart.waitFor({ state: 'visible' });
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(150);
    expect(await page.locator('svg rect.bar').count()).toBe(input.month.gardens.length);
    const tables = page.locator('table');
    expect(await tables.count()).toBeGreaterThanOrEqual(2);
    expect(await tables.first().isVisible()).toBe(true);

    const text = await page.locator('body').innerText();
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    expect(han / text.replace(/\s/g, '').length).toBeGreaterThan(0.5);
    expect(text).toContain('关于2020年5月幼儿园结对帮扶工作完成情况的通报');
    // A Han glyph must be drawn wider than a missing-glyph box would be narrow: measure a rendered run.
    // (A string, evaluated in the page: this project compiles without the DOM typings.)
    const width = await page.evaluate<number>(`(() => {
      const span = document.createElement('span');
      span.textContent = '结对帮扶结对帮扶';
      document.body.appendChild(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    })()`);
    expect(width).toBeGreaterThan(8 * 10);
    expect(requests).toEqual([]);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'bulletin-2020-05.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
