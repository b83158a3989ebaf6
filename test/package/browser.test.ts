import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, linkedProject } from './_build.js';

// Debian's chromium, installed by .ci/run; no browser download.
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: in CI the browser test must run (.ci/run installs chromium with apt-get)`);
if (!available) console.warn(`browser.test.ts skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium). In CI it is required.`);

// The page a front end would write: it imports the package (the ESM build, through the exports map)
// and puts the computed figures on the page; a module worker computes too.
const PAGE = `
import { attainment, describeAttainment, formatPercent, safeAttainment, round } from 'chitieu';
import { bulletChart, termProgressChart } from 'chitieu/svg';

const show = (id, text) => { document.getElementById(id).textContent = text; };
const r = attainment({ achieved: 103, target: 80 });
show('percent', r.percent);
show('over', formatPercent(r.overPercent));
show('sentence', describeAttainment(r, { unit: 'đảng viên' }));
show('down', attainment({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' }).overPercent);
show('big', attainment({ achieved: '123456789012345678901234567890', target: '1000000000000000000000000000' }).percent);
show('round', round('20/3', { decimals: 1 }));
const bad = safeAttainment({ achieved: -1, target: 80 });
show('error', bad.success ? 'none' : bad.error.code + ' ' + bad.error.path.join('.'));
document.getElementById('chart').innerHTML = bulletChart(r, { id: 'chart-a' });
document.getElementById('term').innerHTML = termProgressChart({ start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2024-12-31', cumulative: 72 }] });
const worker = new Worker('./worker.js', { type: 'module' });
worker.onmessage = (e) => { show('worker', e.data); document.body.dataset.done = 'yes'; };
worker.onerror = (e) => { show('worker', 'error: ' + e.message); document.body.dataset.done = 'yes'; };
`;

const WORKER = `
import { attainment } from 'chitieu';
import { bulletChart } from 'chitieu/svg';
const r = attainment({ achieved: 14, target: 13 }, { decimals: 1 });
self.postMessage(r.overPercent + ' ' + bulletChart(r).slice(0, 4));
`;

const HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>chitieu in a browser</title></head>
<body>
<p id="percent"></p><p id="over"></p><p id="sentence"></p><p id="down"></p><p id="big"></p><p id="round"></p>
<p id="error"></p><div id="chart"></div><div id="term"></div><p id="worker"></p>
<script type="module" src="./page.js"></script>
</body></html>`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

describe.skipIf(!available)('the ESM build in headless Chromium', () => {
  let dir = '';
  let server: Server;
  let context: BrowserContext;
  let base = '';

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'chitieu-browser-'));
    const project = linkedProject(join(dir, 'project'));
    const site = join(dir, 'site');
    writeFileSync(join(project, 'page.js'), PAGE);
    writeFileSync(join(project, 'worker.js'), WORKER);
    await build({
      entryPoints: [join(project, 'page.js'), join(project, 'worker.js')],
      absWorkingDir: project,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: site,
      logLevel: 'silent',
    });
    writeFileSync(join(site, 'index.html'), HTML);
    server = createServer((req, res) => {
      const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1).split('?')[0] ?? '';
      const file = join(site, name);
      if (!/^[\w.-]+$/.test(name) || !existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('computes the figures on the page, in a worker too, with no errors', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 30_000 });
    const text = async (id: string) => page.textContent(`#${id}`);
    expect(problems).toEqual([]);
    expect(await text('percent')).toBe('128.75');
    expect(await text('over')).toBe('28,75%');
    expect(await text('sentence')).toBe('103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu');
    expect(await text('down')).toBe('6.6');
    expect(await text('big')).toBe('12345.68');
    expect(await text('round')).toBe('6.7');
    expect(await text('error')).toBe('negative achieved');
    expect(await text('worker')).toBe('7.7 <svg');
    // The SVG strings became real, accessible SVG elements in the document.
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('#chart svg');
      const title = svg?.querySelector('title');
      return {
        role: svg?.getAttribute('role'),
        ns: svg?.namespaceURI,
        name: title?.textContent,
        labelledBy: svg?.getAttribute('aria-labelledby'),
        barWidth: (svg?.querySelector('rect.achieved') as SVGRectElement | null)?.width.baseVal.value,
        termPoints: document.querySelectorAll('#term svg circle.point').length,
      };
    });
    expect(chart).toMatchObject({ role: 'img', ns: 'http://www.w3.org/2000/svg', name: 'Kết quả so với chỉ tiêu', labelledBy: 'chart-a-title chart-a-desc', termPoints: 1 });
    expect(chart.barWidth).toBeGreaterThan(0);
  });
});
