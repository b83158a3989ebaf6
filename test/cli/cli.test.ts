import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/_main.js';
import { parseCsv } from '../../src/cli/_csv.js';

const root = resolve(__dirname, '../..');

/** Runs the CLI in-process with files from a map; returns the exit status and what it wrote. */
async function cli(argv: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
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
      expect(r.out).toContain('chitieu attainment <achieved> <target>');
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
      err: 'chitieu: achieved không được là số âm; nhận được -1.\nchitieu: achieved must not be negative; got -1.\n',
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

  it('prints a table and a scorecard from a CSV', async () => {
    const csv = 'Đơn vị,Đạt được,Chỉ tiêu\nA,103,80\n"B, Ltd",16,15\nC,2,<=4\nD,6,5..7\nE,58,>=400\n';
    const r = await cli(['csv', 'units.csv'], { 'units.csv': csv });
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Đơn vị  Đạt được  Chỉ tiêu    Tỷ lệ  Kết quả',
        'A            103        80  128,75%  vượt',
        'B, Ltd        16        15  106,67%  vượt',
        'C              2       ≤ 4      50%  dưới mức tối đa',
        'D              6       5–7     120%  trong khoảng',
        'E             58     ≥ 400    14,5%  chưa đạt',
        '',
        'Đạt và vượt: 4/5 chỉ tiêu',
        '',
      ].join('\n'),
    );
    const en = await cli(['csv', '-', '--locale', 'en', '--decimals', '1'], { '-': 'A;1549;1000\r\nB;0;0\r\n' });
    expect(en.out).toContain('A        1,549   1,000   154.9%  exceeded');
    expect(en.out).toContain('B            0       0        —  met');
    const json = await cli(['csv', 'u.csv', '--json'], { 'u.csv': 'A,3,3\n' });
    expect(JSON.parse(json.out)[0]).toMatchObject({ name: 'A', result: { status: 'met', percent: '100' } });
  });

  it('reports every bad CSV row with its line, and exits 1', async () => {
    const r = await cli(['csv', 'u.csv', '--locale', 'en'], { 'u.csv': 'A,103,80\nB,-1,5\nC,1\nD,1.5,2\n' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('chitieu: line 2 (B): achieved must not be negative; got -1.');
    expect(r.err).toContain('chitieu: line 3: expected 3 columns "name,achieved,target"; got 2');
    expect(r.err).toContain('chitieu: line 4 (D): achieved must be a whole number (a count); got 1.5.');
    expect(r.err).toContain('chitieu: dòng 2 (B): achieved không được là số âm; nhận được -1.');
    expect((await cli(['csv', 'empty.csv'], { 'empty.csv': 'name,achieved,target\n\n' })).err).toContain('no rows of figures');
    expect((await cli(['csv', 'missing.csv'])).err).toContain('không đọc được tệp: ENOENT');
  });

  it('checks the figures of a report text', async () => {
    const text = 'Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu;\nkết nạp 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.';
    const r = await cli(['check', 'r.txt'], { 'r.txt': text });
    expect(r.code).toBe(3);
    expect(r.out).toContain('1:16  [cần xem lại]  16/15 tổ chức công đoàn cơ sở, vượt 6,6%');
    expect(r.out).toContain('2:9  [khớp]  14/13 tổ chức Đoàn, vượt 7,7%');
    expect(r.out).toContain('Cả báo cáo: ');
    expect(r.out).toContain('2 số liệu: 1 khớp, 1 cần xem lại');
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

  it('reads CSV quoting, separators and line ends', () => {
    expect(parseCsv('\ufeffa,"b ""q"", c",3\r\n\r\nx;y\n')).toEqual([['a', 'b "q", c', '3'], ['x;y']]);
    expect(parseCsv('a;b;c\n1;2;3')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('runs as a program: exit status, standard input, and the report files in examples/', () => {
    const tsxRun = (args: string[], input?: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), ...args], { cwd: root, encoding: 'utf8', input });
    const ok = tsxRun(['csv', '-', '--locale', 'en'], 'A,103,80\n');
    expect([ok.status, ok.stdout.split('\n')[1]]).toEqual([0, 'A          103      80  128.75%  exceeded']);
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
