// Draws the pictures the guides in docs/ show, with the library's own chitieu/svg functions, into
// docs/pictures/. `npm run docs` runs it before typedoc; test/docs/pictures.test.ts checks that the
// committed files are what this script draws today.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { attainment } from '../src/index.js';
import { bulletChart, termProgressChart } from '../src/svg/index.js';

/** Every picture of the guides: file name → SVG text. Figures are from the sample reports unless noted. */
export function pictures(): Record<string, string> {
  return {
    // Bình Thuận 2023: "Kết nạp 103/80 đảng viên mới, vượt 28,75% chỉ tiêu đề ra"
    'attainment-exceeded.svg': bulletChart(attainment({ achieved: 103, target: 80 }), { title: 'Kết nạp đảng viên mới, năm 2023', unit: 'đảng viên', id: 'pic-exceeded', background: true }),
    'attainment-exceeded-en.svg': bulletChart(attainment({ achieved: 103, target: 80 }), { locale: 'en', title: 'New party members, 2023', unit: 'new members', id: 'pic-exceeded-en', background: true }),
    // Bình Dương, first half of 2024 against the year's "ít nhất 400"
    'attainment-at-least.svg': bulletChart({ achieved: 58, target: { atLeast: 400 } }, { title: 'Kết nạp đảng viên, 6 tháng đầu năm 2024', unit: 'đảng viên', id: 'pic-at-least', background: true }),
    // Hải Phòng: "phấn đấu hàng năm thành lập mới 5-7 tổ chức Đảng" (4 is an illustration)
    'attainment-range.svg': bulletChart({ achieved: 4, target: { min: 5, max: 7 } }, { title: 'Thành lập tổ chức Đảng (5–7 mỗi năm)', unit: 'tổ chức Đảng', id: 'pic-range', background: true }),
    // A limit, where lower is better (an illustration)
    'attainment-at-most.svg': bulletChart({ achieved: 1, target: { atMost: 2 } }, { title: 'Số vụ tranh chấp lao động (không quá 2)', unit: 'vụ', id: 'pic-at-most', background: true }),
    // Ninh Thuận 2015–2020: "97,5% chi, đảng bộ cơ sở ... hoàn thành tốt nhiệm vụ, vượt 4,5%"
    'attainment-rate.svg': bulletChart({ achieved: '97.5', target: '93', kind: 'rate' }, { title: 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', id: 'pic-rate', background: true }),
    // VSIP, Bình Dương: "lũy kế cả nhiệm kỳ 2020-2025 đã kết nạp 72/80 đảng viên", 15 of them in 2024;
    // the projection (2024's 15 again in 2025) is an illustration.
    'attainment-exceeded-dark.svg': bulletChart(attainment({ achieved: 103, target: 80 }), { title: 'Kết nạp đảng viên mới, năm 2023', unit: 'đảng viên', id: 'pic-exceeded-dark', theme: 'dark' }),
    'term-progress.svg': termProgressChart(
      {
        start: '2020-01-01',
        end: '2025-12-31',
        target: 80,
        points: [{ date: '2023-12-31', cumulative: 57 }, { date: '2024-12-31', cumulative: 72 }],
        projection: { date: '2025-12-31', cumulative: 87 },
      },
      { title: 'Kết nạp đảng viên, nhiệm kỳ 2020–2025 (Đảng bộ VSIP)', unit: 'đảng viên', id: 'pic-term', background: true },
    ),
  };
}

/** Writes the pictures into docs/pictures/. */
export function writePictures(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const all = pictures();
  for (const [name, svg] of Object.entries(all)) writeFileSync(`${dir}/${name}`, `${svg}\n`);
  return Object.keys(all);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../docs/pictures', import.meta.url));
  const names = writePictures(dir);
  console.log(`docs-pictures: wrote ${names.length} pictures to docs/pictures/`);
}
