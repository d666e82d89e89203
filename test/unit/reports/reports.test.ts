import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { renderReportHtml } from '../../../functions/src/adapters/reports/html';
import { writeReportFiles } from '../../../functions/src/adapters/reports/local-files';
import type { SpotCheck } from '../../../schemas';
import { assessMonth } from '../../../functions/src/core/assessment';
import { buildBulletin, buildTermReport, pts, type Block } from '../../../functions/src/core/reports';
import { gaotai, roster } from '../assessment/builders';
import { ASOF, FORMULA_TASK, dashboardInput, reports } from '../dashboard/scenario';

const input = dashboardInput();
const bulletin = buildBulletin({ month: input.month, spotChecks: input.register.checks, reports: input.reports, issuer: '高台县教育局基教股' });
const term = buildTermReport(input.term!, '高台县教育局基教股');

/** The visible text of a .docx: every w:t of word/document.xml, paragraphs on their own lines. */
async function docxText(file: string): Promise<{ text: string; xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
  const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return { text: decoded, xml, zip };
}

describe('monthly 通报 and semester 考核', () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'bangfu-reports-'));
    files = (await writeReportFiles(out, [bulletin, term])).flatMap((w) => w.files);
  });

  it('lands under out/<month>/ and out/<term>/', () => {
    expect(files.map((f) => path.relative(out, f))).toEqual([
      '2020-05/通报-2020-05.docx', '2020-05/通报-2020-05.html', '2020-spring/考核-2020-spring.docx', '2020-spring/考核-2020-spring.html',
    ]);
  });

  it('the 通报 .docx says who met, who fell short and why, late and missing reports, spot checks and pairs', async () => {
    const { text } = await docxText(files[0]);
    const m = input.month;
    expect(text).toContain('《基教管理》简报');
    expect(text).toContain('关于2020年5月幼儿园结对帮扶工作完成情况的通报');
    expect(text).toContain(`上报率${(m.summary.reportingRate * 100).toFixed(1)}%`);
    expect(text).toContain(`${m.summary.pairs}个帮扶对子中${m.summary.pairsPassed}个通过考核`);
    expect(text).toContain('逾期上报（每月30日后、月底前）：黑泉幼儿园。');
    expect(text).toContain('月底前未上报（视为本月未开展帮扶工作）：蕾梦幼儿园。');
    for (const g of m.gardens.filter((x) => !x.meetsMonthlyMinimum)) {
      expect(text).toContain(g.name);
      expect(text).toContain(g.reasons[0]);
    }
    expect(text).toContain(FORMULA_TASK); // the falsified task, as text
    expect(text).toContain('该活动不计，相关项目按零分计算');
    expect(text).toMatch(/光彩幼儿园\n第99行\n6月6日\n郭栋梁\n属实\n未能对应到上报资料，待核实/);
    for (const p of m.pairs) expect(text).toContain(pts(p.score));
  });

  it('counts 送教课时 as the 10-hour rule does: hours typed on lectures are not 送教', async () => {
    const paragraphs = (r: typeof term) => r.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    const helpers = input.term!.gardens.filter((g) => g.role === 'helper');
    expect(helpers.some((g) => g.classHoursByType.专题讲座 > 0)).toBe(true);
    const termHours = helpers.reduce((n, g) => n + g.items.find((i) => i.id === 'classHours')!.value, 0);
    expect(paragraphs(term).join()).toContain(`送教${termHours}课时`);
    const monthHours = input.month.gardens.reduce((n, g) => n + g.classHoursByType['送教/示范课'], 0);
    expect(paragraphs(bulletin).join()).toContain(`送教${monthHours}课时`);
  });

  it('prints counts whole and class hours without a trailing .0 in 分项得分', () => {
    const t = input.term!;
    // 光彩 typed a half hour of 送教 somewhere: the table must keep the half.
    const halved = { ...t, gardens: t.gardens.map((g, i) => (i === 0 ? { ...g, items: g.items.map((it) => (it.id === 'classHours' ? { ...it, value: 2.5 } : it)) } : g)) };
    const table = buildTermReport(halved, '高台县教育局基教股').blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.caption === '各园分项得分')!;
    const done = table.rows.map((r) => String(r[2]));
    const required = table.rows.map((r) => String(r[3]));
    expect(done.filter((c) => c.endsWith('次')).every((c) => /^\d+次$/.test(c))).toBe(true);
    expect(done).toContain('2.5课时');
    expect(required).toEqual(expect.arrayContaining(['10课时', '2次']));
    expect([...done, ...required].some((c) => c.includes('.0'))).toBe(false);
  });

  it('sets East-Asian fonts, A4 and a native chart in the .docx', async () => {
    const { xml, zip } = await docxText(files[0]);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tbl>');
    expect(Object.keys(zip.files).some((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  });

  it('the 考核 .docx ranks pairs and gardens with every rule item', async () => {
    const { text } = await docxText(files[2]);
    const t = input.term!;
    expect(text).toContain(`高台县${t.termLabel}幼儿园结对帮扶工作考核结果`);
    for (const g of t.gardens) {
      expect(text).toContain(`\n${g.rank}\n${g.name}\n`);
      for (const i of g.items) expect(text).toContain(`${pts(i.points)}/${pts(i.weight)}`);
    }
    expect(text).toContain('帮扶园排名');
    expect(text).toContain('被帮扶园排名');
  });

  it('names the rule set by its title and the evaluation time in Chinese, in the .docx and the HTML alike', async () => {
    const line = '考核规则：高台县2020年幼儿园结对帮扶考核规则（第2版）；评估时间：2020年6月10日 09:00。';
    const html = await readFile(files[3], 'utf8');
    for (const text of [(await docxText(files[2])).text, html, (await docxText(files[0])).text]) {
      expect(text).not.toMatch(/gaotai-2020|\d{4}-\d{2}-\d{2}T/);
    }
    expect((await docxText(files[2])).text).toContain(line);
    expect(html).toContain(line);
  });

  it('the HTML is self-contained and escapes everything', async () => {
    const html = await readFile(files[1], 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).toContain('<svg');
    const evil = renderReportHtml({ ...bulletin, title: '<img src=x onerror=alert(1)>', blocks: [{ kind: 'paragraph', text: '"><script>alert(1)</script>' }] });
    expect(evil).not.toContain('<img src=x');
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;');
  });
});

describe('the 通报’s spot checks', () => {
  it('show the checked activity as the plan table has it, not the fragment the check names, with when and by whom', () => {
    const task = '参观光彩幼儿园环境创设，交流区角设置经验';
    const all = reports().map((r) => (r.gardenId === '黑泉幼儿园' && r.month === '2020-05'
      ? { ...r, rows: r.rows.map((x) => ({ ...x, date: '2020-05-08', task })) } : r));
    const check: SpotCheck = {
      id: '2020-05-spot-1', gardenId: '黑泉幼儿园', month: '2020-05', activity: { date: '2020-05-08', task: '参观光彩幼儿园环境创设，' },
      verdict: 'falsified', note: '入校检查：无活动记录', checkedBy: '基教股 闫康', checkedAt: '2020-05-27T10:30:00+08:00',
    };
    const month = assessMonth({ roster: roster(), ruleSet: gaotai(), month: '2020-05', reports: all, spotChecks: [check], asOf: ASOF });
    const report = buildBulletin({ month, spotChecks: [check], reports: all, issuer: '高台县教育局基教股' });
    expect(report.blocks.find((b) => b.kind === 'table' && b.caption === '抽查结果')).toMatchObject({
      header: ['园所', '活动', '抽查日期', '抽查人', '结论', '处理'],
      rows: [['黑泉幼儿园', `5月8日 ${task}`, '5月27日', '基教股 闫康', '虚报', '该活动不计，相关项目按零分计算']],
    });
  });
});
