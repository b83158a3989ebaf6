// The term, implied, rule and rollup commands, run as the built program (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const bin = join(root, 'dist', 'esm', 'cli', 'index.js');
let dir = '';

/** Runs the built CLI in the temporary directory; `files` are written there first. */
function cli(args: string[], files: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'chitieu-commands-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TERM_CSV = 'STT;Đơn vị;Chỉ tiêu nhiệm kỳ;Lũy kế\n1;Chi bộ A;80;72\n2;Chi bộ B;50;20\n3;Chi bộ C;1.200;1.150\n';
const ENTERPRISES = 'Tên doanh nghiệp,Dang vien chinh thuc,Đảng viên dự bị\nCông ty A,5,1\nCông ty B,2,0\nCông ty C,,1\nCông ty F,40,2\n';
const TREE = 'Mã,Cấp trên,Tên,Thực hiện,Chỉ tiêu\ntinh,,Đảng bộ tỉnh,,\nk1,tinh,Khối DN,10,12\nh1,tinh,Huyện 1,63,60\nc1,k1,Chi bộ Cty X,5,4\n';

describe('chitieu term, implied, rule, rollup (the built CLI)', () => {
  it('lists the new commands in --help, in both languages', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const s of ['chitieu term --period', 'chitieu term <tệp|->', 'chitieu implied --achieved', 'chitieu rule <tệp|-> --rule', 'chitieu rollup <tệp|->', 'Term-cumulative progress', 'Which whole-number targets', 'Eligibility of each row', 'Totals up an']) {
      expect(r.out).toContain(s);
    }
    expect(cli(['frobnicate']).err).toContain('term, implied, rule, rollup');
  });

  it('term: one figure, from --start/--end or --period, in Vietnamese and English', () => {
    const vi = cli(['term', '--start', '2020-01-01', '--end', '2025-12-31', '--target', '80', '--achieved', '72', '--as-of', '2024-12-31']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('nhiệm kỳ 2020–2025: 72/80, đạt 90% chỉ tiêu, còn thiếu 8; đã qua 83,35% thời gian, vượt tiến độ, cần thêm 8,01/năm');
    expect(vi.out).toContain('Thời gian đã qua: 1.827/2.192 ngày (83,35%)');
    expect(vi.out).toContain('Kỳ vọng đến nay: 66,68 (vượt tiến độ)');
    expect(vi.out).toContain('Dự báo cuối kỳ: 86,38');
    expect(vi.out).toContain('Kết quả: chưa đạt');
    const en = cli(['term', '--period', 'nhiệm kỳ 2020-2025', '--target', '80', '--achieved', '72', '--as-of', '31/12/2024', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('term 2020–2025: 72/80, 90% of target, 8 short; 83.35% of the time elapsed, ahead of pace, 8.01/year still needed');
    expect(en.out).toContain('Remaining: 8; needed per year 8.01, per month 0.67');
    const json = cli(['term', '--period', 'nhiệm kỳ 2020-2025', '--target', '1.200', '--achieved', '1.150', '--as-of', '2024-12-31', '--json']);
    expect(JSON.parse(json.out)).toMatchObject([{ name: 'nhiệm kỳ 2020–2025', result: { cumulative: { value: '1150' }, targets: [{ pace: 'ahead' }] } }]);
  });

  it('term: a CSV with one row per unit, a totals row, --out csv', () => {
    const r = cli(['term', 'term.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31'], { 'term.csv': TERM_CSV });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đơn vị     Lũy kế  Chỉ tiêu   Tỷ lệ  Kỳ vọng đến nay  Tiến độ       Cần thêm/năm  Dự báo cuối kỳ  Kết quả');
    expect(r.out).toContain('Chi bộ B       20        50     40%            41,67  chậm tiến độ         30,02              24  chưa đạt');
    expect(r.out).toContain('Chi bộ C    1.150     1.200  95,83%         1.000,18  vượt tiến độ');
    expect(r.out).toContain('Tổng cộng   1.242     1.330  93,38%');
    expect(r.out).toContain('Đúng hoặc vượt tiến độ: 2/3 đơn vị');
    const out = cli(['term', 'term.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31', '--lang', 'en', '--out', 'tien-do.csv']);
    expect(out.code).toBe(0);
    const csv = readFileSync(join(dir, 'tien-do.csv'), 'utf8');
    expect(csv.startsWith('\ufeffUnit,Cumulative,Target,Percent,Expected by now,Pace,Needed/year,Projected at end,Status\r\n')).toBe(true);
    expect(csv).toContain('Chi bộ C,1150,1200,95.83%,1000.18,ahead of pace,50.03,1379.75,not met\r\n');
    expect(out.out).toContain('On or ahead of pace: 2/3 units');
  });

  it('term: bad input says what is wrong and exits non-zero', () => {
    const backwards = cli(['term', '--start', '2025-01-01', '--end', '2020-12-31', '--target', '80', '--achieved', '72', '--as-of', '2024-12-31']);
    expect(backwards.code).toBe(1);
    expect(backwards.err).toContain('the end (2020-12-31) is before the start (2025-01-01)');
    const noTerm = cli(['term', '--target', '80', '--achieved', '72']);
    expect(noTerm.code).toBe(2);
    expect(noTerm.err).toContain('--period "nhiệm kỳ 2020-2025"');
    expect(cli(['term', '--period', 'nhiệm kỳ 2020-2025', '--target', '80', '--as-of', '2024-12-31']).code).toBe(2);
    const badNumber = cli(['term', '--period', 'nhiệm kỳ 2020-2025', '--target', '80', '--achieved', '7x', '--as-of', '2024-12-31']);
    expect(badNumber.code).toBe(1);
    expect(badNumber.err).toContain('--achieved');
    const rows = cli(['term', 'bad.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31'], { 'bad.csv': `${TERM_CSV}4;Chi bộ D;40;abc\n` });
    expect(rows.code).toBe(1);
    expect(rows.out).toContain('Chi bộ A');
    expect(rows.err).toContain('dòng 5 (Chi bộ D), cột "Lũy kế"');
    expect(rows.err).toContain('line 5 (Chi bộ D), column "Lũy kế"');
    expect(rows.err).toContain('1 dòng lỗi không được tính');
    const missing = cli(['term', 'nocol.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31'], { 'nocol.csv': 'Đơn vị;Chỉ tiêu\nA;80\n' });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('không có cột lũy kế (tên cột nhận được: luy ke, cumulative, thuc hien');
  });

  it('implied: the targets that give a printed percentage, and none when the figure cannot be right', () => {
    const r = cli(['implied', '--achieved', '65', '--reported', '72,2']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('65 và 72,2% (tỷ lệ đạt, làm tròn half-up): chỉ tiêu 90\n  90: 72,22222%\n');
    const two = cli(['implied', '501', '55.5', '--locale', 'en']);
    expect(two.out).toContain('501 and 55.5% (attainment, rounding half-up): targets 902–903');
    expect(cli(['implied', '--achieved', '501', '--reported', '55,5', '--rounding', 'down']).out).toContain('chỉ tiêu 902\n');
    expect(cli(['implied', '--achieved', '16', '--reported', '6,7', '--as', 'over']).out).toContain('(phần vượt, làm tròn half-up): chỉ tiêu 15');
    const none = cli(['implied', '--achieved', '65', '--reported', '72,9']);
    expect(none.code).toBe(3);
    expect(none.out).toContain('không có chỉ tiêu nguyên nào');
    expect(JSON.parse(cli(['implied', '--achieved', '501', '--reported', '55,5', '--json']).out)).toEqual([{ target: 902, exact: '55.54324' }, { target: 903, exact: '55.48173' }]);
    expect(cli(['implied', '--achieved', '65']).code).toBe(2);
    const bad = cli(['implied', '--achieved', 'abc', '--reported', '72,2']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--achieved');
    expect(cli(['implied', '--achieved', '65', '--reported', '72,2', '--rounding', 'nearest']).code).toBe(1);
  });

  it('rule: eligibility of each enterprise with the reason, and the counts', () => {
    const r = cli(['rule', 'dn.csv', '--rule', 'party-organization', '--as-of', '2025-09-01'], { 'dn.csv': ENTERPRISES });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Công ty A  đủ điều kiện        Đủ điều kiện: Điều kiện thành lập tổ chức đảng.');
    expect(r.out).toContain('Công ty B  không đủ điều kiện  Không đủ điều kiện');
    expect(r.out).toContain('Công ty C  chưa xác định       Chưa xác định');
    expect(r.out).toContain('tính đến 1/9/2025: 2 đủ điều kiện, 1 không đủ, 1 chưa xác định / 4');
    expect(r.out).toContain('1: Lập đảng bộ cơ sở (từ 30 đảng viên trở lên)');
    const en = cli(['rule', 'dn.csv', '--rule', 'party.organization.founding', '--as-of', '2025-09-01', '--lang', 'en', '--out', 'dn.json']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('as of 2025-09-01: 2 eligible, 1 ineligible, 1 undetermined / 4');
    const rows = JSON.parse(readFileSync(join(dir, 'dn.json'), 'utf8')) as { name: string; outcome: string; missing: string[] }[];
    expect(rows.map((x) => x.outcome)).toEqual(['eligible', 'ineligible', 'undetermined', 'eligible']);
    expect(rows[2]?.missing).toEqual(['officialMembers']);
    const tu = cli(['rule', 'cd.csv', '--rule', 'trade-union', '--as-of', '2025-01-01'], { 'cd.csv': 'Đơn vị\tĐoàn viên công đoàn\tĐơn gia nhập\nX\t2\t5\nY\t1\t1\n' });
    expect(tu.out).toContain('1 đủ điều kiện, 1 không đủ, 0 chưa xác định / 2');
    const people = cli(['rule', 'p.csv', '--rule', 'youth-union-admission', '--as-of', '2025-03-27'], { 'p.csv': 'Họ tên,Ngày sinh\nAn,26/03/2010\nBình,2012-01-01\n' });
    expect(people.out).toMatch(/An\s+đủ điều kiện/);
    expect(people.out).toMatch(/Bình\s+không đủ điều kiện/);
    const admission = cli(['rule', 'kn.csv', '--rule', 'party-admission', '--as-of', '2025-09-14'], {
      'kn.csv': 'Họ và tên;Ngày sinh;Học vấn;Có giấy chứng nhận lớp nhận thức về Đảng;Ngày cấp giấy chứng nhận;Người giới thiệu;Thẩm tra lý lịch đạt yêu cầu\n'
        + 'An;15/9/2000;THPT;có;20/5/2025;2;x\nBình;1/1/1990;Tiểu học;có;1/1/2025;2;có\nChi;1/1/1995;đại học;không;;1;\nDũng;1/1/1995;lớp 9;có;1/1/2025;2;có\n',
    });
    expect(admission.code).toBe(1);
    expect(admission.out).toMatch(/An\s+đủ điều kiện/);
    expect(admission.out).toMatch(/Bình\s+chưa xác định .*disadvantagedArea/);
    expect(admission.out).toMatch(/Chi\s+không đủ điều kiện/);
    expect(admission.err).toContain('dòng 5 (Dũng), cột "Học vấn"');
    expect(admission.err).toContain('không có cột Ở vùng khó khăn được áp dụng ngoại lệ học vấn (disadvantagedArea): coi là chưa biết');
  });

  it('rule: unknown rule, no fact column and bad cells give a clear message and a non-zero exit', () => {
    const unknown = cli(['rule', 'dn.csv', '--rule', 'party-founding'], { 'dn.csv': ENTERPRISES });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('không có quy định "party-founding"; các quy định: party-organization, trade-union');
    expect(unknown.err).toContain('unknown rule set "party-founding"');
    expect(cli(['rule', 'dn.csv']).code).toBe(2);
    const nocol = cli(['rule', 'x.csv', '--rule', 'party-organization', '--as-of', '2025-09-01'], { 'x.csv': 'Tên,Số lao động\nA,50\n' });
    expect(nocol.code).toBe(1);
    expect(nocol.err).toContain('không có cột nào của quy định party.organization.founding');
    const part = cli(['rule', 'y.csv', '--rule', 'party-organization', '--as-of', '2025-09-01'], { 'y.csv': 'Tên,Đảng viên chính thức\nA,5\n' });
    expect(part.code).toBe(0);
    expect(part.err).toContain('không có cột Số đảng viên dự bị (probationaryMembers): coi là chưa biết');
    const bad = cli(['rule', 'z.csv', '--rule', 'party-organization', '--as-of', '2025-09-01'], { 'z.csv': `${ENTERPRISES}Công ty E,-3,0\nCông ty G,ba,0\n` });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Công ty A');
    expect(bad.err).toContain('dòng 6 (Công ty E), cột "Dang vien chinh thuc"');
    expect(bad.err).toContain('line 7 (Công ty G), column "Dang vien chinh thuc"');
    expect(bad.err).toContain('2 bad row(s) left out');
    expect(cli(['rule', 'dn.csv', '--rule', 'party-organization', '--as-of', '2010-01-01']).code).toBe(1);
  });

  it('rollup: the tree with subtree totals and attainment per unit', () => {
    const r = cli(['rollup', 'cay.csv'], { 'cay.csv': TREE });
    expect(r.code).toBe(0);
    expect(r.out).toBe([
      'Đơn vị            Mã    Cấp trên  Thực hiện  Chỉ tiêu    Tỷ lệ  Kết quả',
      'Đảng bộ tỉnh      tinh                   78        76  102,63%  vượt',
      '  Khối DN         k1    tinh             15        16   93,75%  chưa đạt',
      '    Chi bộ Cty X  c1    k1                5         4     125%  vượt',
      '  Huyện 1         h1    tinh             63        60     105%  vượt',
      '',
      '4 đơn vị; tỷ lệ của đơn vị có cấp dưới theo Σ thực hiện ÷ Σ chỉ tiêu',
      '',
    ].join('\n'));
    const en = cli(['rollup', 'cay.csv', '--lang', 'en', '--method', 'weakest', '--out', 'cay.csv.json']);
    expect(en.code).toBe(0);
    const nodes = JSON.parse(readFileSync(join(dir, 'cay.csv.json'), 'utf8')) as { id: string; indicators: { value: { aggregate: { percent: string; part: string } } } }[];
    expect(nodes[0]).toMatchObject({ id: 'tinh', indicators: { value: { aggregate: { percent: '93.75', part: 'k1' } } } });
  });

  it('rollup: bad rows, unknown parents, missing columns and cycles are reported by line', () => {
    const bad = cli(['rollup', 'b.csv'], { 'b.csv': `${TREE}c2,zz,Mồ côi,1,1\nc3,k1,Lỗi,x,1\nc4,c3,Con của lỗi,2,2\nk1,tinh,Trùng,1,1\nc5,k1,Lẻ,"1,5",5\n` });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Đảng bộ tỉnh      tinh                   78        76');
    expect(bad.err).toContain('dòng 7 (Lỗi), cột "Thực hiện"');
    expect(bad.err).toContain('dòng 9 (Trùng), cột "Mã": mã "k1" đã có ở dòng 3');
    expect(bad.err).toContain('dòng 6: cấp trên "zz" của "c2" không có trong tệp');
    expect(bad.err).toContain('line 8: the parent "c3" of "c4" is not in the file');
    expect(bad.err).toContain('dòng 10 (Lẻ), cột "Thực hiện"');
    expect(bad.err).toContain('5 dòng lỗi không được tính');
    const missing = cli(['rollup', 'm.csv'], { 'm.csv': 'Mã,Tên,Thực hiện\na,A,1\n' });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('không có cột cấp trên (tên cột nhận được: cap tren, ma cap tren');
    const cycle = cli(['rollup', 'c.csv'], { 'c.csv': 'Mã,Cấp trên,Thực hiện\na,b,1\nb,a,1\n' });
    expect(cycle.code).toBe(1);
    expect(cycle.err).toMatch(/dòng [23]/);
    expect(cli(['rollup', 'cay.csv', '--method', 'median']).code).toBe(1);
    expect(cli(['rollup', 'cay.csv', '--out', 'cay.txt']).code).toBe(2);
  });
});
