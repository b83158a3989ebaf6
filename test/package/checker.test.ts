import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attainment, describeAttainment, explainAttainment, extractClaims, parseNumber, type ExtractClaimsOptions, type RoundingMode } from 'chitieu';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecker, type CheckerBuild } from '../../scripts/build-checker.js';
import { layout, type Span } from '../../scripts/checker/marks.js';
import { MODES } from '../../scripts/checker/strings.js';

// The report checker page of the docs site (scripts/checker/), built into a temporary folder and opened
// as a file, with no server, in Debian's headless chromium (no browser download).
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: in CI the checker page test must run (.ci/run installs chromium with apt-get)`);
if (!available) console.warn(`checker.test.ts skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium). In CI it is required.`);

const root = resolve(__dirname, '../..');
const reportsDir = join(root, 'examples', 'reports');
const reports = readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort();
const DOCX = join(root, 'test', 'fixtures', 'checker', 'sample.docx');
/** Set UPDATE_PICTURES=1 to rewrite docs/pictures/checker-light.png and checker-dark.png. */
const UPDATE = process.env.UPDATE_PICTURES === '1';

interface Mark { text: string; verdict: string }

/** What the page should mark: one entry per claim, as extractClaims gives it in Node. */
const expected = (text: string, options: ExtractClaimsOptions = {}): Mark[] => extractClaims(text, options).claims.map((c) => ({ text: c.text, verdict: c.verdict }));

describe('the layout of marks (scripts/checker/marks.ts)', () => {
  const show = (spans: Span[]): string => spans.map((s) => ('text' in s ? s.text : `[${s.claim}${s.part > 0 ? `.${s.part}` : ''}:${show(s.children)}]`)).join('');

  it('nests claims that contain others, and keeps every character once', () => {
    expect(show(layout('a 108 b 78 c 30 d', [{ start: 2, end: 15 }, { start: 2, end: 5 }, { start: 8, end: 10 }, { start: 13, end: 15 }]))).toBe('a [0:[1:108] b [2:78] c [3:30]] d');
  });

  it('cuts a claim that only partly overlaps another into fragments of the same claim', () => {
    expect(show(layout('0123456789', [{ start: 1, end: 6 }, { start: 4, end: 9 }]))).toBe('0[0:123[1:45]][1.1:678]9');
  });

  it('ignores empty or out-of-range claims', () => {
    expect(show(layout('abc', [{ start: 1, end: 1 }, { start: 2, end: 9 }]))).toBe('abc');
    expect(show(layout('', []))).toBe('');
  });
});

describe.skipIf(!available)('the report checker page, opened as a file in headless Chromium', () => {
  let dir = '';
  let built: CheckerBuild;
  let context: BrowserContext;
  let url = '';
  const requests: string[] = [];
  const blocked: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-checker-'));
    built = await buildChecker(join(dir, 'site'));
    url = pathToFileURL(built.files.html).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1360, height: 900 },
      locale: 'vi-VN',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.on('request', (r) => requests.push(r.url()));
    // Anything but the page's own files is refused, and recorded: the report must never leave the machine.
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file://')) return route.continue();
      blocked.push(u);
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="yes"]', { timeout: 30_000 });
    return page;
  }

  /** Every claim's marks on the page, fragments joined, in claim order. */
  async function marks(page: Page): Promise<Mark[]> {
    const raw = await page.$$eval('#marked mark', (ms) => ms.map((m) => ({ claim: Number((m as HTMLElement).dataset.claim), verdict: (m as HTMLElement).dataset.verdict ?? '', text: m.textContent ?? '' })));
    const byClaim = new Map<number, Mark>();
    for (const m of raw) {
      const seen = byClaim.get(m.claim);
      if (seen === undefined) byClaim.set(m.claim, { text: m.text, verdict: m.verdict });
      else {
        expect(m.verdict).toBe(seen.verdict);
        seen.text += m.text;
      }
    }
    return [...byClaim.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
  }

  async function paste(page: Page, text: string): Promise<void> {
    const before = Number(await page.getAttribute('body', 'data-checked'));
    await page.fill('#text', text);
    await page.waitForFunction((n) => Number(document.body.dataset.checked) > n, before);
  }

  async function setRounding(page: Page, value: RoundingMode | 'auto'): Promise<void> {
    const before = Number(await page.getAttribute('body', 'data-checked'));
    await page.selectOption('#rounding', value);
    await page.waitForFunction((n) => Number(document.body.dataset.checked) > n, before);
  }

  const count = async (page: Page, name: string) => Number(await page.textContent(`#n-${name}`));

  it('is one classic script next to the page, under 150 kB gzipped; .docx support is a second one, loaded on demand', () => {
    const html = readFileSync(built.files.html, 'utf8');
    expect(html).toContain('<script src="checker.js"></script>');
    expect(html).not.toMatch(/type="module"/);
    expect(html).not.toMatch(/https?:\/\//);
    const js = readFileSync(built.files.script, 'utf8');
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
    expect(js).toContain('checker-docx.js');
    expect(built.scriptGzipBytes).toBeLessThan(150 * 1024);
    console.log(`checker.js: ${built.scriptBytes} bytes, ${built.scriptGzipBytes} gzipped; checker-docx.js ${built.docxGzipBytes} gzipped`);
  });

  it('marks every figure of each sample report with the verdict extractClaims gives in Node', async () => {
    const page = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.inputValue('#rounding')).toBe('half-up');
    for (const name of reports) {
      const text = readFileSync(join(reportsDir, name), 'utf8').replace(/\r\n?/g, '\n');
      await paste(page, text);
      const want = expected(text, { rounding: 'half-up' });
      expect(want.length, name).toBeGreaterThan(0);
      expect(await marks(page), name).toEqual(want);
      // The marked copy holds the whole text, nothing added or lost.
      expect(await page.textContent('#marked'), name).toBe(text);
      const r = extractClaims(text, { rounding: 'half-up' });
      const n = (v: string) => r.claims.filter((c) => c.verdict === v).length;
      expect(await count(page, 'figures'), name).toBe(r.claims.length);
      expect(await count(page, 'checked'), name).toBe(n('consistent') + n('flagged'));
      expect(await count(page, 'flagged'), name).toBe(n('flagged'));
      expect(await count(page, 'inferred'), name).toBe(n('inferred'));
      expect(await count(page, 'ambiguous'), name).toBe(n('ambiguous'));
      expect(await page.$$eval('#notes li[data-code]', (ls) => ls.map((l) => (l as HTMLElement).dataset.code)), name).toEqual(r.flags.map((f) => f.code));
    }
    await page.close();
  });

  it('shows the computation of a flagged figure when clicked, in Vietnamese and in English', async () => {
    const page = await open();
    const text = readFileSync(join(reportsDir, 'binh-thuan-2023.txt'), 'utf8');
    await paste(page, text);
    const claims = extractClaims(text, { rounding: 'half-up' }).claims;
    const i = claims.findIndex((c) => c.verdict === 'flagged');
    const c = claims[i];
    expect(c?.kind).toBe('ratio-percent');
    if (c?.kind !== 'ratio-percent') return;
    await page.click(`#marked mark[data-claim="${i}"]`);
    await page.waitForSelector(`#detail-body[data-claim="${i}"]`);
    expect(await page.textContent('#detail-body .quote')).toBe(c.text);
    expect(await page.textContent('#detail-body .explanation')).toBe(c.explanation.vi);
    expect(await page.getAttribute('#detail-body .verdict', 'data-verdict')).toBe('flagged');
    expect(c.check.consistentModes).toEqual(['down', 'floor']);
    expect(await page.textContent('#detail-body .modes')).toBe(c.check.consistentModes.map((m) => MODES[m].vi).join(', '));
    expect(await page.textContent('#detail-body .computation')).toContain(c.check.exact);
    // the bullet chart of the ratio
    expect(await page.$eval('#detail-body .chart svg', (s) => s.getAttribute('role'))).toBe('img');
    expect(await page.textContent('#notes li[data-code="mixed-rounding"]')).toBe(extractClaims(text, { rounding: 'half-up' }).flags[0]?.vi);

    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#detail-body .explanation')).toBe(c.explanation.en);
    expect(await page.textContent('#detail-body .modes')).toBe(c.check.consistentModes.join(', '));
    expect(await page.textContent('#privacy')).toContain('never leaves your machine');
    expect(await page.textContent('#privacy-other')).toContain('không bao giờ rời khỏi máy');
    expect(await page.textContent('#tab-figure')).toBe('One figure');
    await page.click('#lang');
    expect(await page.textContent('#privacy')).toContain('không bao giờ rời khỏi máy');
    // The keyboard reaches the marks too.
    await page.focus(`#marked mark[data-claim="0"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-body[data-claim="0"]');
    await page.close();
  });

  it('re-checks at once when the rounding mode changes, as extractClaims does with that option', async () => {
    const page = await open();
    const text = readFileSync(join(reportsDir, 'binh-thuan-2023.txt'), 'utf8');
    await paste(page, text);
    const halfUp = expected(text, { rounding: 'half-up' });
    expect(await marks(page)).toEqual(halfUp);
    for (const mode of ['auto', 'down', 'half-even', 'half-up'] as const) {
      await setRounding(page, mode);
      const want = expected(text, mode === 'auto' ? {} : { rounding: mode });
      expect(await marks(page), mode).toEqual(want);
      expect(await count(page, 'flagged'), mode).toBe(want.filter((m) => m.verdict === 'flagged').length);
    }
    // The verdicts did change: the truncated "vượt 6,6%" is flagged under half-up, not without a mode.
    expect(expected(text, {}).map((m) => m.verdict)).not.toEqual(halfUp.map((m) => m.verdict));
    await page.close();
  });

  it('opens a .docx file, loading the reader only then, and checks its figures', async () => {
    const page = await open();
    const docxRequests = () => requests.filter((u) => u.endsWith('/checker-docx.js')).length;
    const before = docxRequests();
    await page.setInputFiles('#file', DOCX);
    await page.waitForSelector('#file-status[data-state="done"]', { timeout: 30_000 });
    expect(docxRequests()).toBe(before + 1);
    const text = await page.inputValue('#text');
    expect(text).toContain('Kết nạp 103/80 đảng viên mới, vượt 28,75% chỉ tiêu đề ra.');
    const want = expected(text, { rounding: 'half-up' });
    expect(want.map((m) => m.text)).toEqual(expect.arrayContaining(['103/80 đảng viên mới, vượt 28,75%']));
    expect(await marks(page)).toEqual(want);
    expect(await page.textContent('#file-status')).toBe('Đã mở tệp sample.docx.');
    // and a .txt file
    await page.setInputFiles('#file', join(reportsDir, 'hai-phong-kkt.txt'));
    await page.waitForSelector('#file-status:has-text("hai-phong-kkt.txt")');
    expect(await marks(page)).toEqual(expected(readFileSync(join(reportsDir, 'hai-phong-kkt.txt'), 'utf8'), { rounding: 'half-up' }));
    await page.close();
  });

  it('computes one figure on its own tab, and shows the error message for bad input', async () => {
    const page = await open();
    await page.click('#tab-figure');
    expect(await page.isVisible('#panel-figure')).toBe(true);
    expect(await page.isVisible('#panel-report')).toBe(false);
    // the defaults: 103 against 80
    const r = attainment({ achieved: 103, target: 80 });
    expect(await page.textContent('#figure-sentence')).toBe(describeAttainment(r));
    await page.fill('#f-unit', 'đảng viên');
    expect(await page.textContent('#figure-sentence')).toBe('103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu');
    expect(await page.getAttribute('#figure-result', 'data-percent')).toBe('128.75');
    // the status reason, as explainAttainment writes it (results carry only its code and facts)
    expect(await page.textContent('#figure-result')).toContain(explainAttainment(r));
    expect(await page.$eval('#figure-chart svg', (s) => s.getAttribute('role'))).toBe('img');

    // a rate, 1 decimal, truncated
    await page.fill('#f-achieved', '97,5');
    await page.fill('#f-target', '93');
    await page.fill('#f-unit', '');
    await page.selectOption('#f-kind', 'rate');
    await page.fill('#f-decimals', '1');
    await page.selectOption('#f-mode', 'down');
    const rate = attainment({ achieved: '97.5', target: '93', kind: 'rate' }, { decimals: 1, rounding: 'down' });
    expect(await page.textContent('#figure-sentence')).toBe(describeAttainment(rate));
    expect(await page.getAttribute('#figure-result', 'data-percent')).toBe(rate.percent);

    // a range and an at-most limit
    await page.selectOption('#f-kind', 'count');
    await page.selectOption('#f-form', 'range');
    expect(await page.isVisible('#f-min')).toBe(true);
    expect(await page.isVisible('#f-target')).toBe(false);
    await page.fill('#f-achieved', '6');
    await page.fill('#f-min', '5');
    await page.fill('#f-max', '7');
    expect(await page.textContent('#figure-sentence')).toBe(describeAttainment(attainment({ achieved: 6, target: { min: 5, max: 7 } }, { decimals: 1, rounding: 'down' })));
    expect(await page.$$eval('#figure-chart svg .target-band', (b) => b.length)).toBe(1);
    await page.selectOption('#f-form', 'at-most');
    await page.fill('#f-target', '4');
    expect(await page.textContent('#figure-sentence')).toBe(describeAttainment(attainment({ achieved: 6, target: { atMost: 4 } }, { decimals: 1, rounding: 'down' })));

    // bad input: the library's own message, in the page's language, and no crash
    await page.fill('#f-achieved', '-1');
    let message = { vi: '', en: '' };
    try {
      attainment({ achieved: parseNumber('-1'), target: { atMost: '4' } });
    } catch (e) {
      message = (e as { messages: typeof message }).messages;
    }
    expect(message.vi).not.toBe('');
    expect(await page.isVisible('#figure-error')).toBe(true);
    expect(await page.textContent('#figure-error')).toContain(message.vi);
    expect(await page.textContent('#figure-sentence')).toBe('');
    await page.click('#lang');
    expect(await page.textContent('#figure-error')).toContain(message.en);
    await page.fill('#f-achieved', '1.2.3,4,5');
    expect(await page.textContent('#figure-error')).toMatch(/^Achieved: /);
    expect(await page.getAttribute('#f-achieved', 'aria-invalid')).toBe('true');
    await page.fill('#f-achieved', '3');
    expect(await page.isVisible('#figure-error')).toBe(false);
    expect(await page.getAttribute('#f-achieved', 'aria-invalid')).toBeNull();
    await page.close();
  });

  it('labels every control, and follows the system theme or the toggle', async () => {
    const page = await open();
    const unlabelled = await page.$$eval('input, select, textarea, button', (els) =>
      els.filter((e) => {
        const c = e as HTMLInputElement;
        return (c.labels?.length ?? 0) === 0 && !c.getAttribute('aria-label') && (c.textContent ?? '').trim() === '';
      }).map((e) => e.outerHTML));
    expect(unlabelled).toEqual([]);
    // No control inside another: a sum's mark holds its parts' marks, so only the parts are buttons,
    // and the sum is reached from a part's details.
    const text = readFileSync(join(reportsDir, 'ninh-thuan-2015-2020.txt'), 'utf8');
    await paste(page, text);
    expect(await page.$$eval('#marked [role="button"] [role="button"], #marked [tabindex] [tabindex]', (x) => x.length)).toBe(0);
    const claims = extractClaims(text, { rounding: 'half-up' }).claims;
    const sum = claims.findIndex((c) => c.kind === 'sum');
    const part = claims.findIndex((c, i) => i !== sum && c.start >= (claims[sum]?.start ?? 0) && c.end <= (claims[sum]?.end ?? 0));
    expect(await page.getAttribute(`#marked mark[data-claim="${sum}"]`, 'role')).toBeNull();
    await page.focus(`#marked mark[data-claim="${part}"]`);
    await page.keyboard.press('Enter');
    await page.click(`#detail-body button[data-select="${sum}"]`);
    await page.waitForSelector(`#detail-body[data-claim="${sum}"]`);
    expect(await page.textContent('#detail-body .explanation')).toBe(claims[sum]?.explanation.vi);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.click('#theme');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await bg()).toBe(light);
    await page.click('#theme');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).toBe(dark);
    await page.close();
  });

  it('takes the light and dark pictures of the guide', async () => {
    const out = UPDATE ? join(root, 'docs', 'pictures') : join(dir, 'pictures');
    mkdirSync(out, { recursive: true });
    const text = readFileSync(join(reportsDir, 'binh-thuan-2023.txt'), 'utf8');
    const i = extractClaims(text, { rounding: 'half-up' }).claims.findIndex((c) => c.verdict === 'flagged');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open();
      await page.setViewportSize({ width: 1360, height: 1180 });
      await page.emulateMedia({ colorScheme: scheme });
      await paste(page, text);
      await page.click(`#marked mark[data-claim="${i}"]`);
      await page.$eval(`#marked mark[data-claim="${i}"]`, (m) => m.scrollIntoView({ block: 'center' }));
      await page.evaluate(() => {
        const box = document.getElementById('marked') as HTMLElement;
        const area = document.getElementById('text') as HTMLTextAreaElement;
        area.scrollTop = (box.scrollTop / Math.max(1, box.scrollHeight - box.clientHeight)) * (area.scrollHeight - area.clientHeight);
        window.scrollTo(0, 0);
      });
      const file = join(out, `checker-${scheme}.png`);
      await page.screenshot({ path: file });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    }
    for (const scheme of ['light', 'dark']) expect(existsSync(join(root, 'docs', 'pictures', `checker-${scheme}.png`)), `docs/pictures/checker-${scheme}.png (run with UPDATE_PICTURES=1)`).toBe(true);
  });

  it('made no request but for its own files, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
