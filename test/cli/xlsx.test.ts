// .xlsx in and out: csv, term, rule and rollup read a worksheet as they read a CSV, and --out x.xlsx
// writes a workbook. Run as the built program (npm run build first); the workbooks are made here with
// write-excel-file, the optional peer dependency the CLI itself uses.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainNumber, serialDate, xlsxRecords, xlsxValue } from '../../src/cli/_xlsx.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'dist', 'esm', 'cli', 'index.js');
let dir = '';

function cli(args: string[], program = bin): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [program, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A workbook of the given sheets, with number cells rewritten to the text Excel stores (`97.299999999999997`). */
async function workbook(file: string, sheets: { sheet: string; data: SheetData }[], stored: Record<string, string> = {}): Promise<Buffer> {
  let bytes: Buffer = await writeXlsxFile(sheets).toBuffer();
  if (Object.keys(stored).length > 0) {
    const files = unzipSync(new Uint8Array(bytes));
    let xml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    for (const [written, excel] of Object.entries(stored)) xml = xml.replace(`<v>${written}</v>`, `<v>${excel}</v>`);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml);
    bytes = Buffer.from(zipSync(files));
  }
  writeFileSync(join(dir, file), bytes);
  return bytes;
}

async function sheetsOf(file: string): Promise<{ sheet: string; data: unknown[][] }[]> {
  return (await readXlsxFile(join(dir, file))) as unknown as { sheet: string; data: unknown[][] }[];
}

const DATE = 'dd/mm/yyyy';

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'chitieu-xlsx-'));
  // Headers in any order, with STT and Ghi chú; number cells and Vietnamese number text; an empty
  // row (row 4); a bad cell on row 5; a second sheet.
  await workbook('don-vi.xlsx', [
    {
      sheet: 'Tháng 1',
      data: [
        ['Ghi chú', 'Thực hiện', 'STT', 'Đơn vị', 'Chỉ tiêu'],
        [null, 72, 1, 'Chi bộ A', 80],
        ['số viết tay', '1.150', 2, 'Chi bộ B', '1.200'],
        [],
        ['gõ nhầm', '7x', 3, 'Chi bộ D', 50],
        [null, 16, 4, 'Chi bộ E', 15],
      ],
    },
    { sheet: 'Tháng 2', data: [['Đơn vị', 'Chỉ tiêu', 'Thực hiện'], ['Chi bộ Z', 4, 5]] },
  ]);
  // Rates as Excel stores them: 97.3 as 97.299999999999997, and a formula's 0.1 + 0.2.
  await workbook('ty-le.xlsx', [{ sheet: 'Sheet1', data: [['Đơn vị', 'Chỉ tiêu', 'Thực hiện'], ['A', 93, 97.3], ['B', 0.5, 0.1 + 0.2]] }], { '97.3': '97.299999999999997' });
  // Birth dates as date cells, as a bare serial day number (40909 is 2012-01-01), and as text.
  await workbook('doan-vien.xlsx', [{
    sheet: 'Sheet1',
    data: [
      ['Họ tên', 'Ngày sinh'],
      ['An', { value: new Date(Date.UTC(2010, 2, 26)), format: DATE }],
      ['Bình', 40909],
      ['Cường', '28/03/2010'],
      ['Dũng', 2010],
    ],
  }]);
  writeFileSync(join(dir, 'term.csv'), 'STT;Đơn vị;Chỉ tiêu nhiệm kỳ;Lũy kế\n1;Chi bộ A;80;72\n2;Chi bộ C;1.200;1.150\n');
  await workbook('cay.xlsx', [{
    sheet: 'Sheet1',
    data: [['Mã', 'Cấp trên', 'Tên', 'Thực hiện', 'Chỉ tiêu'], ['tinh', null, 'Đảng bộ tỉnh', null, null], ['k1', 'tinh', 'Khối DN', 10, 12], ['h1', 'tinh', 'Huyện 1', 63, 60]],
  }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a worksheet (in process)', () => {
  it('numbers as their shortest round-trip decimal, never the binary expansion', () => {
    expect(plainNumber('97.299999999999997')).toBe('97.3');
    expect(plainNumber('0.30000000000000004')).toBe('0.30000000000000004');
    expect(plainNumber('1.0000000000000001E-3')).toBe('0.001');
    expect(plainNumber('1E+21')).toBe('1000000000000000000000');
    expect(plainNumber('abc')).toBeUndefined();
  });

  it('Excel serial days as ISO dates, with the 29 February 1900 that never was', () => {
    expect(serialDate(1)).toBe('1900-01-01');
    expect(serialDate(59)).toBe('1900-02-28');
    expect(serialDate(60)).toBe('1900-02-29');
    expect(serialDate(61)).toBe('1900-03-01');
    expect(serialDate(40909)).toBe('2012-01-01');
    expect(serialDate(45296.75)).toBe('2024-01-05');
  });

  it('cells as the text a CSV would hold, on their Excel rows', async () => {
    const bytes = await workbook('o.xlsx', [{
      sheet: 'S',
      data: [
        [],
        ['Tên', 'Số', 'Ngày', 'Có'],
        ['a', 97.5, { value: 59, type: Number, format: DATE }, true],
        ['b', '2.018', { value: 61, type: Number, format: DATE }, false],
      ],
    }]);
    const io = { out: () => undefined, err: () => undefined, readText: async () => '', readChunks: async function* () { yield new Uint8Array(bytes); } };
    const rows = [];
    for await (const r of xlsxRecords(io, 'vi', 'vi', 'o.xlsx', undefined)) rows.push({ line: r.line, cells: r.cells });
    expect(rows).toEqual([
      { line: 2, cells: ['Tên', 'Số', 'Ngày', 'Có'] },
      { line: 3, cells: ['a', '97,5', '1900-02-28', 'TRUE'] },
      { line: 4, cells: ['b', '2.018', '1900-03-01', 'FALSE'] },
    ]);
    const en = [];
    for await (const r of xlsxRecords(io, 'en', 'en', 'o.xlsx', undefined)) en.push(r.cells[1]);
    expect(en).toEqual(['Số', '97.5', '2.018']);
  });

  it('writes a figure as a number only when the double holds it exactly', () => {
    expect(xlsxValue('95,83', true, 'vi')).toBe(95.83);
    expect(xlsxValue('95.83', true, 'en')).toBe(95.83);
    expect(xlsxValue('95,83%', true, 'vi')).toBe('95,83%');
    expect(xlsxValue('≥ 400', true, 'vi')).toBe('≥ 400');
    expect(xlsxValue('12345678901234567890', true, 'en')).toBe('12345678901234567890');
    expect(xlsxValue('0,10000000000000000001', true, 'vi')).toBe('0,10000000000000000001');
    expect(xlsxValue('2024', false, 'vi')).toBe('2024');
    expect(xlsxValue('', true, 'vi')).toBeNull();
  });
});

describe('chitieu with .xlsx files (the built CLI)', () => {
  it('csv: finds the header by name, reads number and text cells, names the bad row by its Excel row', () => {
    const r = cli(['csv', 'don-vi.xlsx']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đơn vị     Thực hiện  Chỉ tiêu    Tỷ lệ  Kết quả   Còn thiếu');
    expect(r.out).toMatch(/Chi bộ A\s+72\s+80\s+90%\s+chưa đạt/);
    expect(r.out).toMatch(/Chi bộ B\s+1\.150\s+1\.200\s+95,83%/);
    expect(r.out).toMatch(/Chi bộ E\s+16\s+15\s+106,67%\s+vượt/);
    expect(r.out).toContain('Tổng cộng      1.238     1.295    95,6%');
    expect(r.out).not.toContain('Chi bộ D');
    expect(r.err).toContain('chitieu: dòng 5 (Chi bộ D), cột "Thực hiện"');
    expect(r.err).toContain('chitieu: row 5 (Chi bộ D), column "Thực hiện"');
    expect(r.err).toContain('1 dòng lỗi không được tính');
    const json = JSON.parse(cli(['csv', 'don-vi.xlsx', '--json']).out) as { line: number; name: string }[];
    expect(json.map((x) => [x.line, x.name])).toEqual([[2, 'Chi bộ A'], [3, 'Chi bộ B'], [6, 'Chi bộ E']]);
  });

  it('--sheet picks a sheet by name or number, and says which sheets there are', () => {
    for (const sheet of ['Tháng 2', '2']) {
      const r = cli(['csv', 'don-vi.xlsx', '--sheet', sheet, '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Chi bộ Z\s+5\s+4\s+125%\s+exceeded/);
    }
    const none = cli(['csv', 'don-vi.xlsx', '--sheet', 'Tháng 3']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('không có trang tính "Tháng 3"; tệp có: 1 "Tháng 1", 2 "Tháng 2"');
    const csv = cli(['csv', 'x.csv', '--sheet', '1']);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('--sheet is only for an .xlsx file');
  });

  it('reads a stored double as its shortest decimal: 97.299999999999997 is 97.3', () => {
    const r = cli(['csv', 'ty-le.xlsx', '--kind', 'rate', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { result: { achieved: string } }[];
    expect(rows.map((x) => x.result.achieved)).toEqual(['97.3', '0.30000000000000004']);
    expect(cli(['csv', 'ty-le.xlsx', '--kind', 'rate']).out).toMatch(/A\s+97,3%\s+93%/);
  });

  it('--out x.xlsx writes a workbook: a header row, numbers as numbers, percent text as shown', async () => {
    const r = cli(['csv', 'don-vi.xlsx', '--out', 'ket-qua.xlsx']);
    expect(r.code).toBe(1);
    const [sheet] = await sheetsOf('ket-qua.xlsx');
    expect(sheet?.sheet).toBe('Kết quả');
    expect(sheet?.data).toEqual([
      ['Đơn vị', 'Thực hiện', 'Chỉ tiêu', 'Tỷ lệ', 'Kết quả', 'Còn thiếu'],
      ['Chi bộ A', 72, 80, '90%', 'chưa đạt', 8],
      ['Chi bộ B', 1150, 1200, '95,83%', 'chưa đạt', 50],
      ['Chi bộ E', 16, 15, '106,67%', 'vượt', 0],
      ['Tổng cộng', 1238, 1295, '95,6%', 'chưa đạt', 57],
    ]);
    // A CSV input to a workbook, in English, from term (through the shared sheet writer).
    const term = cli(['term', 'term.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31', '--lang', 'en', '--out', 'tien-do.xlsx']);
    expect(term.code).toBe(0);
    expect(term.out).toContain('On or ahead of pace: 2/2 units');
    const [t] = await sheetsOf('tien-do.xlsx');
    expect(t?.data[0]).toEqual(['Unit', 'Cumulative', 'Target', 'Percent', 'Expected by now', 'Pace', 'Needed/year', 'Projected at end', 'Status']);
    expect(t?.data[2]).toEqual(['Chi bộ C', 1150, 1200, '95.83%', 1000.18, 'ahead of pace', 50.03, 1379.75, 'not met']);
  });

  it('term and rollup read a worksheet too', () => {
    const rollup = cli(['rollup', 'cay.xlsx']);
    expect(rollup.code).toBe(0);
    expect(rollup.out).toMatch(/Đảng bộ tỉnh\s+tinh\s+73\s+72\s+101,39%/);
    const term = cli(['term', 'don-vi.xlsx', '--sheet', 'Tháng 2', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31']);
    expect(term.code).toBe(0);
    expect(term.out).toMatch(/Chi bộ Z\s+5\s+4\s+125%/);
  });

  it('rule: date cells, bare serial days and typed dates are all dates', () => {
    const r = cli(['rule', 'doan-vien.xlsx', '--rule', 'youth-union-admission', '--as-of', '2025-03-27']);
    // A year typed as a number is no date (not day 2010 of 1900): its row is refused, by Excel row.
    expect(r.code).toBe(1);
    expect(r.err).toContain('dòng 5 (Dũng), cột "Ngày sinh"');
    expect(r.out).not.toContain('Dũng');
    expect(r.out).toMatch(/An\s+đủ điều kiện/);
    expect(r.out).toMatch(/Bình\s+không đủ điều kiện/);
    expect(r.out).toMatch(/Cường\s+không đủ điều kiện/);
  });

  it('check reads report text, not a workbook', () => {
    const r = cli(['check', 'don-vi.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('check đọc văn bản báo cáo');
  });

  it('without the optional packages, says which to install (Vietnamese first) and exits 2', () => {
    // The built CLI copied beside only its runtime dependencies, as `npm i chitieu` installs it.
    const bare = join(dir, 'bare');
    mkdirSync(join(bare, 'node_modules'), { recursive: true });
    cpSync(join(root, 'dist', 'esm'), join(bare, 'dist', 'esm'), { recursive: true });
    writeFileSync(join(bare, 'package.json'), readFileSync(join(root, 'package.json')));
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(dependencies)) {
      mkdirSync(dirname(join(bare, 'node_modules', dep)), { recursive: true }); // a scoped name needs its scope folder
      symlinkSync(join(root, 'node_modules', dep), join(bare, 'node_modules', dep), 'dir');
    }
    const program = join(bare, 'dist', 'esm', 'cli', 'index.js');
    expect(cli(['attainment', '103', '80'], program).code).toBe(0);
    const read = cli(['csv', 'don-vi.xlsx', '--lang', 'en'], program);
    expect(read.code).toBe(2);
    expect(read.err).toBe(
      'chitieu: đọc tệp .xlsx cần gói read-excel-file (không cài cùng chitieu); cài bằng: npm i read-excel-file\n'
      + 'chitieu: reading an .xlsx file needs the read-excel-file package (not installed with chitieu); install it with: npm i read-excel-file\n',
    );
    const write = cli(['term', 'term.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31', '--out', 'x.xlsx'], program);
    expect(write.code).toBe(2);
    expect(write.err).toContain('npm i write-excel-file');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    // CSV still works without them.
    expect(cli(['term', 'term.csv', '--period', 'nhiệm kỳ 2020-2025', '--as-of', '2024-12-31'], program).code).toBe(0);
  });
});
