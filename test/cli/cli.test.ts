import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, useColor } from '../../src/cli/_main.js';
import { detectEncoding, detectSeparator, lines, parseCsv } from '../../src/cli/_csv.js';
import { fold } from '../../src/cli/_columns.js';

const root = resolve(__dirname, '../..');

/** Runs the CLI in-process with files from a map; returns the exit status and what it wrote. */
async function cli(argv: string[], files: Record<string, string> = {}, color = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    color,
    version: '9.9.9',
    openOut: (file) => {
      files[file] = '';
      return { write: (t) => { files[file] += t; }, close: () => undefined };
    },
    readText: async (file) => {
      if (Object.hasOwn(files, file)) return files[file] as string;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
    },
  });
  return { code, out, err };
}

describe('chitieu (the command line)', () => {
  it('prints help with --help, -h and help, and exits 2 with no command', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['attainment', '--help']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain('chitieu attainment <đạt được> <chỉ tiêu>');
      expect(r.out).toContain('Usage');
    }
    expect((await cli([])).code).toBe(2);
  });

  it('computes attainment', async () => {
    expect(await cli(['attainment', '103', '80'])).toEqual({ code: 0, out: '103/80, đạt 128,75%, vượt 28,75% chỉ tiêu\n103 vượt chỉ tiêu 80 là 23.\n', err: '' });
    const en = await cli(['attainment', '16', '15', '--decimals', '1', '--rounding', 'down', '--locale', 'en']);
    expect(en.out).toBe('16/15, 106.6% of target, 6.6% over target\n16 exceeds the target of 15 by 1.\n');
    expect((await cli(['attainment', '58', '>=400', '--unit', 'đảng viên'])).out).toBe('58/400 đảng viên, đạt 14,5% chỉ tiêu, còn thiếu 342\n58 chưa đạt chỉ tiêu ít nhất 400, còn thiếu 342.\n');
    expect((await cli(['attainment', '6', '5..7', '--locale=en'])).out).toContain('within the target range 5–7');
    expect((await cli(['attainment', '1', '<=2'])).out).toContain('thấp hơn mức tối đa 2');
    expect((await cli(['attainment', '97.5', '93', '--kind', 'rate'])).out).toBe('97,5% (chỉ tiêu 93%), vượt 4,5 điểm %\n97,5% vượt chỉ tiêu 93% là 4,5 điểm %.\n');
    const json = await cli(['attainment', '103', '80', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ status: 'exceeded', percent: '128.75', exact: { percent: '515/4' } });
  });

  it('says what is wrong with bad figures, in both languages, and exits 1', async () => {
    expect(await cli(['attainment', '-1', '80'])).toEqual({
      code: 1,
      out: '',
      err: 'chitieu: Số thực hiện không được là số âm; nhận được -1.\nchitieu: achieved must not be negative; got -1.\n',
    });
    const en = await cli(['attainment', '1', '80', '--decimals', '12', '--locale', 'en']);
    expect(en.code).toBe(1);
    expect(en.err.split('\n')[0]).toBe('chitieu: options.decimals must be between 0 and 10; got 12.');
    expect((await cli(['attainment', '12,5', '10'])).err).toContain('achieved is not a number in the expected notation');
    expect((await cli(['attainment', '1', '7..5'])).err).toContain('lớn hơn cận trên');
    expect((await cli(['attainment', '1', '2', '--rounding', 'nearest'])).err).toContain('nearest');
    expect((await cli(['attainment', '1', '2', '--decimals', 'two'])).err).toContain('"two"');
    expect((await cli(['attainment', '1', '2', '--kind', 'ratio'])).code).toBe(1);
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli(['attainment', '1'])).code).toBe(2);
    expect((await cli(['frobnicate'])).err).toContain('unknown command "frobnicate"');
    expect((await cli(['attainment', '1', '2', '--bogus'])).code).toBe(2);
    expect((await cli(['attainment', '1', '2', '--locale', 'fr'])).err).toContain('--locale phải là vi hoặc en');
    expect((await cli(['csv'])).code).toBe(2);
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['claim', '1', '2'])).code).toBe(2);
  });

  it('prints a table with shortfall, a totals row and a scorecard from a CSV, columns found by header', async () => {
    const csv = 'Đơn vị,Thực hiện,Chỉ tiêu\nA,103,80\n"B, Ltd",16,15\nC,2,<=4\nD,6,5..7\nE,58,>=400\n';
    const r = await cli(['csv', 'units.csv'], { 'units.csv': csv });
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Đơn vị     Thực hiện  Chỉ tiêu    Tỷ lệ  Kết quả          Còn thiếu',
        'A                103        80  128,75%  vượt                     0',
        'B, Ltd            16        15  106,67%  vượt                     0',
        'C                  2       ≤ 4      50%  dưới mức tối đa          0',
        'D                  6       5–7     120%  trong khoảng             0',
        'E                 58     ≥ 400    14,5%  chưa đạt               342',
        '',
        'Đạt và vượt: 4/5 chỉ tiêu',
        '',
      ].join('\n'),
    );
    const sums = await cli(['csv', 'u.csv'], { 'u.csv': 'Tên,Kế hoạch,Kết quả\nA,80,103\nB,15,16\nC,400,58\n' });
    expect(sums.out.split('\n')[4]).toBe('Tổng cộng        177       495   35,76%  chưa đạt        318');
    const en = await cli(['csv', '-', '--locale', 'en', '--decimals', '1'], { '-': 'Name;Actual;Plan\r\nA;1549;1000\r\nB;0;0\r\n' });
    expect(en.out).toContain('A         1,549   1,000   154.9%  exceeded          0');
    expect(en.out).toContain('B             0       0        —  met               0');
    expect(en.out).toContain('Total     1,549   1,000   154.9%  exceeded          0');
    const json = await cli(['csv', 'u.csv', '--json'], { 'u.csv': 'name,achieved,target\nA,3,3\n' });
    expect(JSON.parse(json.out)[0]).toMatchObject({ line: 2, name: 'A', result: { status: 'met', percent: '100' } });
  });

  it('finds columns by header name, in any order, with extra columns, any case, with or without diacritics', async () => {
    const issue12 = 'STT,Đơn vị,Chỉ tiêu,Thực hiện,Ghi chú\n1,VSIP,80,72,chậm\n2,Amata,1.500,2.018,\n';
    const r = await cli(['csv', 'f.csv'], { 'f.csv': issue12 });
    expect(r.code).toBe(0);
    expect(r.out).toContain('VSIP              72        80      90%  chưa đạt          8');
    expect(r.out).toContain('Amata          2.018     1.500  134,53%  vượt              0');
    for (const header of ['don vi,chi tieu,thuc hien', 'UNIT,TARGET,ACHIEVED', 'Tên đơn vị;Kế hoạch (người);Đạt được', 'Name\tPlan\tActual', 'ĐƠN VỊ,CHỈ TIÊU,KẾT QUẢ']) {
      const sep = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
      const out = await cli(['csv', 'f.csv', '--json'], { 'f.csv': `${header}\nVSIP${sep}80${sep}72\n` });
      expect([header, JSON.parse(out.out)[0].result.percent]).toEqual([header, '90']);
    }
    expect(fold(' Thực  hiện (người) ')).toBe('thuc hien');
    const flags = await cli(['csv', 'f.csv', '--achieved', 'Số kết nạp', '--target', 'Mục tiêu', '--name', 'Chi bộ', '--json'], {
      'f.csv': 'Chi bộ,Mục tiêu,Số kết nạp,Thực hiện\nA,10,12,99\n',
    });
    expect(JSON.parse(flags.out)[0]).toMatchObject({ name: 'A', result: { achieved: '12', target: { value: '10' } } });
  });

  it("reads past title lines above the header, as analysts' sheets have them", async () => {
    const sheet = 'BÁO CÁO KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024,,,\n,,,\nĐơn vị tính: người,,,\nSTT,Đơn vị,Chỉ tiêu,Thực hiện\n1,VSIP,80,72\n';
    const r = await cli(['csv', 'f.csv', '--json'], { 'f.csv': sheet });
    expect([r.code, JSON.parse(r.out)[0]]).toMatchObject([0, { line: 5, name: 'VSIP', result: { percent: '90' } }]);
    // a line of two filled cells is not a title: it is refused as a header, never skipped
    const two = await cli(['csv', 'f.csv', '--lang', 'en'], { 'f.csv': 'Báo cáo,2024\nĐơn vị,Chỉ tiêu,Thực hiện\nVSIP,80,72\n' });
    expect(two.code).toBe(1);
  });

  it('refuses a header it cannot read, naming what it found, and never guesses by position', async () => {
    const none = await cli(['csv', 'f.csv', '--locale', 'en'], { 'f.csv': 'VSIP,80,72\n' });
    expect(none.code).toBe(1);
    expect(none.err).toContain('the first line is not a header row ("VSIP", "80", "72"); add a header');
    expect(none.err).toContain('--achieved, --target, --name');
    const unknown = await cli(['csv', 'f.csv', '--lang', 'en'], { 'f.csv': 'Unit,Goal,Done\nA,1,2\n' });
    expect(unknown.err).toContain('no achieved column (headers accepted: thuc hien, ket qua, dat duoc, achieved, actual)');
    expect(unknown.err).toContain('the header row has: "Unit", "Goal", "Done"');
    const two = await cli(['csv', 'f.csv', '--lang', 'en'], { 'f.csv': 'Unit,Target,Thực hiện,Kết quả\nA,1,2,3\n' });
    expect(two.err).toContain('two columns could be the achieved column: "Thực hiện", "Kết quả"; pick one with --achieved');
    const flag = await cli(['csv', 'f.csv', '--achieved', 'Số', '--lang', 'en'], { 'f.csv': 'Unit,Target,Achieved\nA,1,2\n' });
    expect(flag.err).toContain('no achieved column (headers accepted: "Số")');
  });

  it('reads figures in Vietnamese notation by default and en-US with --locale, reporting an ambiguous cell', async () => {
    const vi = await cli(['csv', 'f.csv', '--kind', 'rate', '--json'], { 'f.csv': 'Đơn vị;Thực hiện;Chỉ tiêu\nA;97,5;95\n' });
    expect(JSON.parse(vi.out)[0].result.achieved).toBe('97.5');
    const en = await cli(['csv', 'f.csv', '--locale', 'en-US', '--lang', 'vi'], { 'f.csv': 'Unit,Achieved,Target\nA,"2,018","1,500"\n' });
    expect(en.out).toContain('A              2.018     1.500  134,53%  vượt             0');
    const amb = await cli(['csv', 'f.csv'], { 'f.csv': 'Unit,Achieved,Target\nA,1.5,2\nB,3,3\n' });
    expect(amb.code).toBe(1);
    expect(amb.err).toContain('dòng 2 (A), cột "Achieved": ');
    expect(amb.err).toContain('"1.5" is ambiguous in vi notation');
    expect(amb.out).toContain('B                  3         3   100%  đạt              0');
    expect((await cli(['csv', 'f.csv', '--locale', 'fr'], { 'f.csv': '' })).code).toBe(2);
    expect((await cli(['csv', 'f.csv', '--lang', 'de'], { 'f.csv': '' })).code).toBe(2);
  });

  it('reports every bad row with its line and column while the good rows print, and exits 1', async () => {
    const r = await cli(['csv', 'u.csv', '--locale', 'en'], { 'u.csv': 'Unit,Achieved,Target\nA,103,80\n\nB,-1,5\nC,1\nD,1.5,2\n' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('A           103      80  128.75%  exceeded          0');
    expect(r.err).toContain('chitieu: line 4 (B), column "Achieved": achieved must not be negative; got -1.');
    expect(r.err).toContain('chitieu: line 5 (C), column "Target": ');
    expect(r.err).toContain('chitieu: line 6 (D), column "Achieved": achieved must be a whole number (a count); got 1.5.');
    expect(r.err).toContain('chitieu: dòng 4 (B), cột "Achieved": Số thực hiện không được là số âm; nhận được -1.');
    expect(r.err).toContain('3 bad row(s) left out');
    expect((await cli(['csv', 'empty.csv'], { 'empty.csv': 'name,achieved,target\n\n' })).err).toContain('no rows of figures');
    expect((await cli(['csv', 'missing.csv'])).err).toContain('không đọc được tệp: ENOENT');
    // Reported once (one line in each language), not once per row.
    const once = await cli(['csv', 'u.csv', '--decimals', '12'], { 'u.csv': 'Unit,Achieved,Target\nA,1,2\n' });
    expect(once.err.match(/options\.decimals/g)).toHaveLength(1);
    expect(once.err.trim().split('\n')).toHaveLength(2);
  });

  it('writes --out file.csv (UTF-8 BOM, for Excel) and --out file.json', async () => {
    const files: Record<string, string> = { 'f.csv': 'Đơn vị,Thực hiện,Chỉ tiêu\nVSIP,72,80\n"A; B",2.018,1.500\n' };
    expect((await cli(['csv', 'f.csv', '--out', 'kq.csv'], files)).code).toBe(0);
    expect(files['kq.csv']).toBe('\ufeffĐơn vị;Thực hiện;Chỉ tiêu;Tỷ lệ;Kết quả;Còn thiếu\r\nVSIP;72;80;90%;chưa đạt;8\r\n"A; B";2018;1500;134,53%;vượt;0\r\nTổng cộng;2090;1580;132,28%;vượt;0\r\n');
    await cli(['csv', 'f.csv', '--out', 'kq.json'], files);
    expect(JSON.parse(files['kq.json'] as string)).toHaveLength(2);
    expect((await cli(['csv', 'f.csv', '--out', 'kq.xlsx'], files)).code).toBe(2);
  });

  it('colours the status only when asked (a terminal, NO_COLOR unset)', async () => {
    const csv = { 'f.csv': 'Unit,Achieved,Target\nA,1,2\nB,2,2\n' };
    expect((await cli(['csv', 'f.csv'], csv)).out).not.toContain('\u001b[');
    const coloured = (await cli(['csv', 'f.csv'], csv, true)).out;
    expect(coloured).toContain('\u001b[31mchưa đạt');
    expect(coloured).toContain('\u001b[32mđạt');
    expect(useColor(true, {})).toBe(true);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(undefined, {})).toBe(false);
  });

  it('prints --version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: '9.9.9\n', err: '' });
  });

  it('checks the figures of a report text', async () => {
    const text = 'Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu;\nkết nạp 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.';
    const r = await cli(['check', 'r.txt'], { 'r.txt': text });
    expect(r.code).toBe(3);
    // 6,6% is what rounding down gives, so not wrong on its own (a note says half-up gives 6,7%); the
    // report as a whole is flagged: no one rounding gives both figures.
    expect(r.out).toContain('1:16  [khớp]  16/15 tổ chức công đoàn cơ sở, vượt 6,6%');
    expect(r.out).toContain('⚠ ');
    expect(r.out).toContain('2:9  [khớp]  14/13 tổ chức Đoàn, vượt 7,7%');
    expect(r.out).toContain('Cả báo cáo: ');
    expect(r.out).toMatch(/2 số liệu: 2 khớp, 0 cần xem lại/);
    const counts = await cli(['check', 'r.txt'], { 'r.txt': 'Có 94 tổ chức đảng và 3.600 đảng viên.' });
    expect(counts.code).toBe(0);
    expect(counts.out).not.toContain('[ghi nhận]');
    expect(counts.out).toContain('ghi nhận');
    expect((await cli(['check', 'r.txt', '--all'], { 'r.txt': 'Có 94 tổ chức đảng và 3.600 đảng viên.' })).out).toContain('[ghi nhận]');
    const wrong = await cli(['check', 'r.txt'], { 'r.txt': '146/279 quần chúng ưu tú (52,9%)' });
    expect(wrong.code).toBe(3);
    expect(wrong.out).toContain('[cần xem lại]');
    const down = await cli(['check', 'r.txt', '--rounding', 'down', '--locale', 'en'], { 'r.txt': '16/15 units, vượt 6,6%' });
    expect(down.code).toBe(0);
    expect(down.out).toContain('[consistent]');
    const json = await cli(['check', 'r.txt', '--json'], { 'r.txt': text });
    expect(JSON.parse(json.out).flags[0].code).toBe('mixed-rounding');
  });

  it('checks one printed figure', async () => {
    const flagged = await cli(['claim', '16', '15', '6,6', '--as', 'over']);
    expect(flagged.code).toBe(3);
    expect(flagged.out).toContain('6,7%');
    const ok = await cli(['claim', '14', '13', '7.7', '--as', 'over', '--locale', 'en']);
    expect(ok).toMatchObject({ code: 0, out: '(14 − 13)/13 = 7.692…%; rounded half-up to 1 decimal this is 7.7%, as printed.\n' });
    expect((await cli(['claim', '2018', '2119', '95,23'])).code).toBe(0);
    expect((await cli(['claim', '1', '2', '50', '--as', 'ratio'])).code).toBe(1);
  });

  it('reads CSV quoting, separators, encodings and line ends', async () => {
    expect(parseCsv('\ufeffa,"b ""q"", c",3\r\n\r\nx;y\n')).toEqual([['a', 'b "q", c', '3'], ['x;y']]);
    expect(parseCsv('a;b;c\n1;2;3')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(parseCsv('a\tb,c\tc\n1\t2,5\t3')).toEqual([['a', 'b,c', 'c'], ['1', '2,5', '3']]);
    expect(parseCsv('"a\nb",c\n1,2')).toEqual([['a\nb', 'c'], ['1', '2']]);
    expect(parseCsv('')).toEqual([]);
    expect(detectSeparator('"Đơn vị; tổ",Chỉ tiêu,Thực hiện')).toBe(',');
    const split = async (chunks: string[]) => { const out: string[] = []; for await (const l of lines((async function* () { yield* chunks; })())) out.push(l); return out; };
    expect(await split(['a\r', '\nb\rc\n', 'd', 'e'])).toEqual(['a', 'b', 'c', 'de']);
    expect(await split(['a\r\n\r\nb'])).toEqual(['a', '', 'b']);
    expect(detectSeparator('Đơn vị;Chỉ tiêu;Thực hiện')).toBe(';');
    expect(detectSeparator('Đơn vị\tChỉ tiêu\tThực hiện')).toBe('\t');
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(detectEncoding(Uint8Array.from([0x41, 0, 0x42, 0]))).toBe('utf-16le');
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
  });

  it('runs as a program: exit status, standard input, and the report files in examples/', () => {
    const tsxRun = (args: string[], input?: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), ...args], { cwd: root, encoding: 'utf8', input });
    const ok = tsxRun(['csv', '-', '--locale', 'en'], 'Unit,Achieved,Target\nA,103,80\n');
    expect([ok.status, ok.stdout.split('\n')[1]]).toEqual([0, 'A           103      80  128.75%  exceeded          0']);
    const bad = tsxRun(['attainment', 'x', '80']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('chitieu: achieved');
    const report = readFileSync(join(root, 'examples', 'reports', 'binh-thuan-2023.txt'), 'utf8');
    const checked = tsxRun(['check', '-'], report);
    expect(checked.status).toBe(3);
    expect(checked.stdout).toContain('16/15 tổ chức công đoàn cơ sở');
    expect(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), '--help'], { cwd: root, encoding: 'utf8' })).toContain('Usage');
  });
});


describe('chitieu, built and run as a program on files', () => {
  // The CLI built from the sources now (esbuild, as tsup does), so the test never runs a stale dist/.
  const outDir = join(root, 'node_modules', '.cache', 'chitieu-cli-test');
  const bin = join(outDir, 'index.mjs');
  let dir = '';
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    await build({ entryPoints: [join(root, 'src', 'cli', 'index.ts')], outfile: bin, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
  const file = (name: string, data: string | Buffer): string => { const p = join(dir, name); writeFileSync(p, data); return p; };
  const exec = (args: string[], env: Record<string, string> = {}, node: string[] = []) =>
    spawnSync(process.execPath, [...node, bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });

  it('reads a VN-headed file with STT and Ghi chú columns (issue 12: VSIP is 90%, not 111,11%)', () => {
    const r = exec(['csv', file('vn.csv', 'STT,Đơn vị,Chỉ tiêu,Thực hiện,Ghi chú\r\n1,VSIP,80,72,\r\n2,Amata,1.500,2.018,"vượt, tốt"\r\n')]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toEqual([
      'Đơn vị     Thực hiện  Chỉ tiêu    Tỷ lệ  Kết quả   Còn thiếu',
      'VSIP              72        80      90%  chưa đạt          8',
      'Amata          2.018     1.500  134,53%  vượt              0',
      'Tổng cộng      2.090     1.580  132,28%  vượt              0',
      '',
      'Đạt và vượt: 1/2 chỉ tiêu',
      '',
    ]);
  });

  it('reads TSV pasted from Excel, a semicolon file, and UTF-16 LE and BE files with a BOM', () => {
    const expected = 'VSIP              72        80    90%  chưa đạt          8';
    const text = 'Đơn vị\tChỉ tiêu\tThực hiện\r\nVSIP\t80\t72\r\n';
    expect(exec(['csv', file('paste.tsv', text)]).stdout).toContain(expected);
    expect(exec(['csv', file('semi.csv', 'Đơn vị;Chỉ tiêu;Thực hiện;Ghi chú\nVSIP;80;72;a, b\n')]).stdout).toContain(expected);
    const le = exec(['csv', file('u16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))]);
    expect([le.status, le.stdout.split('\n')[1]]).toEqual([0, expected]);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(exec(['csv', file('u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))]).stdout).toContain(expected);
    expect(exec(['csv', file('bom8.csv', `\ufeff${text}`)]).stdout).toContain(expected);
    const cp1258 = exec(['csv', file('cp1258.csv', Buffer.from([0xd0, 0xf5, 0x6e, 0x20, 0x76, 0xd2, 0x2c, 0x41, 0x0a]))]);
    expect([cp1258.status, cp1258.stderr]).toEqual([1, expect.stringContaining('Save As "CSV UTF-8"')]);
  });

  it('prints the good rows, reports the bad one on stderr with line and column, and exits 1', () => {
    const r = exec(['csv', file('bad.csv', 'Đơn vị,Chỉ tiêu,Thực hiện\nA,80,72\nB,80,7x\nC,10,10\n')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('A');
    expect(r.stdout).toContain('C');
    expect(r.stdout).not.toContain('B ');
    expect(r.stderr).toContain('chitieu: dòng 3 (B), cột "Thực hiện": ');
    expect(r.stderr).toContain('chitieu: line 3 (B), column "Thực hiện": ');
  });

  it('prints --version from package.json, --help in both languages, and no colour when not a terminal', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(exec(['--version']).stdout).toBe(`${pkg.version}\n`);
    const help = exec(['--help']).stdout;
    expect(help).toContain('Cách dùng / Usage');
    expect(help).toContain('--out <tệp.csv|.json|.xlsx>');
    expect(help).toContain('--sheet <tên|số>');
    expect(exec(['csv', file('c.csv', 'Unit,Target,Achieved\nA,2,1\n')], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('writes --out file.csv with a UTF-8 BOM', () => {
    const out = join(dir, 'kq.csv');
    expect(exec(['csv', file('o.csv', 'Unit,Target,Achieved\nA,2,1\n'), '--out', out, '--lang', 'en']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('\ufeffUnit,Achieved,Target,Percent,Status,Shortfall\r\nA,1,2,50%,not met,1\r\nTotal,1,2,50%,not met,1\r\n');
  });

  it('finishes a 200,000-row file (no Math.max spread, streamed line by line)', () => {
    const rows = ['STT,Đơn vị,Chỉ tiêu,Thực hiện'];
    for (let i = 1; i <= 200_000; i++) rows.push(`${i},Đơn vị ${i},${100 + (i % 50)},${90 + (i % 30)}`);
    const big = file('big.csv', `${rows.join('\n')}\n`);
    // A small heap: the rows must stream through, not pile up (in readline's buffer or a full pipe).
    const r = exec(['csv', big], {}, ['--max-old-space-size=40']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBe(200_000 + 5);
    expect(lines[1]).toBe('Đơn vị 1            91       101    90,1%  chưa đạt         10');
    expect(lines[1000]?.startsWith('Đơn vị 1000 ')).toBe(true);
    expect(lines[1001]?.startsWith('Đơn vị 1001 ')).toBe(true);
    expect(lines[200_001]?.startsWith('Tổng cộng')).toBe(true);
    expect(exec(['csv', big, '--json']).stdout.length).toBeGreaterThan(1000);
  }, 180_000);
});
