// The text of chitieu --help, in Vietnamese and English.
export const HELP = `chitieu: tính tỷ lệ đạt chỉ tiêu chính xác / exact attainment of targets

Cách dùng / Usage:
  chitieu attainment <đạt được> <chỉ tiêu> [tùy chọn]
      Một số so với chỉ tiêu: đạt X%, vượt X%, còn thiếu.
      / How a figure stands against its target (chitieu attainment <achieved> <target>).
      <chỉ tiêu / target>: 80 (đạt tới / reach it), '>=400' (ít nhất / at least), '<=4' (không quá /
      at most), 5..7 (khoảng / a range). Số viết thường, dấu chấm thập phân / plain decimals (97.5).
  chitieu csv <tệp|-> [tùy chọn]
      Bảng tỷ lệ đạt của mọi dòng trong tệp CSV/TSV (hoặc đầu vào chuẩn với -), có dòng tổng cộng.
      / Attainment of every row of a CSV or TSV file (or standard input with -), with a totals row.
      Cột được tìm theo tên ở dòng tiêu đề / columns are found by their header:
        thực hiện / achieved: Thực hiện, Kết quả, Đạt được, Achieved, Actual
        chỉ tiêu / target:    Chỉ tiêu, Kế hoạch, Target, Plan
        đơn vị / name:        Đơn vị, Tên, Tên đơn vị, Unit, Name (không bắt buộc / optional)
      Có dấu hay không, hoa hay thường đều được; cột khác (STT, Ghi chú) được bỏ qua.
      / With or without diacritics, any case; other columns (STT, Ghi chú) are ignored.
      Dấu phân cách , ; hoặc tab; UTF-8 hoặc UTF-16 (có BOM) / separators , ; or tab; UTF-8 or UTF-16.
      Tệp Excel .xlsx cũng được (csv, term, rule, rollup): trang tính đầu tiên hoặc --sheet, dòng tiêu đề
      như CSV, ô số đọc đúng giá trị đã lưu, ô ngày thành ngày; lỗi báo theo số hàng Excel. Cần cài thêm
      npm i read-excel-file (và npm i write-excel-file cho --out .xlsx).
      / An Excel .xlsx file works too (csv, term, rule, rollup): the first sheet or --sheet, the header
      found as in a CSV, number cells read as stored, date cells as dates; bad rows named by their Excel
      row. Needs npm i read-excel-file (and npm i write-excel-file for --out .xlsx).
  chitieu check <tệp|-> [--rounding <mode>]
      Tìm và kiểm tra các số liệu trong văn bản báo cáo: "16/15 ..., vượt 6,6%", "2.018/2.119 (đạt 95,23%)".
      / Finds the figures in a report text and checks each one that can be checked.
  chitieu claim <đạt được> <chỉ tiêu> <số đã in> [--as attainment|share|over|over-points|under-points|growth|decrease|multiple|excess]
      Kiểm tra một tỷ lệ đã in / checks one printed percentage: chitieu claim 16 15 6,6 --as over
  chitieu term --period <nhiệm kỳ> | --start <ngày> --end <ngày>  --target <chỉ tiêu> --achieved <lũy kế>
      Tiến độ lũy kế cả nhiệm kỳ: tỷ lệ đạt, đã qua bao nhiêu thời gian, đúng/chậm/vượt tiến độ, cần thêm
      bao nhiêu mỗi năm, dự báo cuối kỳ. / Term-cumulative progress: percent, time elapsed, pace, what is
      still needed per year, the projection at the end of the term.
  chitieu term <tệp|-> --period <nhiệm kỳ> [--as-of <ngày>]
      Mỗi dòng một đơn vị / one row per unit: cột lũy kế (Lũy kế, Thực hiện, Cumulative, Achieved),
      chỉ tiêu (Chỉ tiêu, Chỉ tiêu nhiệm kỳ, Target), đơn vị (không bắt buộc / optional).
  chitieu implied --achieved <đạt được> --reported <số đã in> [--as attainment|share|over|over-points|under-points|growth|decrease|multiple|excess]
      Chỉ tiêu nào cho ra tỷ lệ đã in: "65 ..., đạt 72,2%" → chỉ tiêu 90 (theo --rounding).
      / Which whole-number targets give a printed percentage under the rounding mode.
  chitieu rule <tệp|-> --rule <quy định> [--as-of <ngày>]
      Đủ điều kiện hay không, mỗi dòng một doanh nghiệp (hoặc một người), kèm lý do và số đếm.
      / Eligibility of each row (an enterprise, or a person), with the reason and the counts.
      Quy định / rule sets: party-organization (Đảng viên chính thức, Đảng viên dự bị), trade-union
      (Đoàn viên công đoàn, Đơn gia nhập), youth-union-cell (Đoàn viên), party-admission (Ngày sinh,
      Học vấn, ...), youth-union-admission (Ngày sinh). Cột theo tên tiêu đề hoặc tên dữ kiện
      (officialMembers); ô trống là chưa biết / columns by header or fact name; an empty cell is unknown.
  chitieu rollup <tệp|-> [--method ratio|weighted-mean|mean|weakest]
      Cộng dồn theo cây tổ chức: mỗi đơn vị có tổng của cả nhánh và tỷ lệ đạt. / Totals up an
      organisation tree: each unit with the totals of its subtree and its attainment.
      Cột / columns: Mã (Id), Cấp trên (Parent, trống ở gốc / empty at a root), Tên (Name),
      Thực hiện (Achieved), Chỉ tiêu (Target, không bắt buộc / optional).

Tùy chọn / Options:
  --decimals <0-10>     số chữ số thập phân của tỷ lệ / decimals of percentages (mặc định / default 2)
  --rounding <mode>     half-up (mặc định / default), half-down, half-even, up, down, ceil, floor
  --locale <vi|en-US>   cách viết số đầu vào / number notation of the input (mặc định vi: 2.018, 97,5;
                        en-US: 2,018, 97.5); cũng là ngôn ngữ đầu ra nếu không có --lang
                        / also the output language when --lang is not given
  --lang <vi|en>        ngôn ngữ và cách viết số của đầu ra / language and notation of the output
  --achieved <tên cột>  tên cột thực hiện / the header of the achieved column (csv, term, rollup);
                        không có tệp: số đạt được / without a file: the achieved figure (term, implied)
  --target <tên cột>    tên cột chỉ tiêu / the header of the target column (csv, term, rollup);
                        không có tệp: chỉ tiêu nhiệm kỳ / without a file: the term target (term)
  --name <tên cột>      tên cột đơn vị / the header of the name column (csv, term, rule, rollup)
  --id, --parent <tên cột>  tên cột mã, cấp trên / the headers of the id and parent columns (rollup)
  --period <kỳ>         nhiệm kỳ, giai đoạn / the term: "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025" (term)
  --start, --end <ngày> ngày đầu, cuối nhiệm kỳ (2020-01-01 hoặc 1/1/2020); với --period: ngày đại hội
                        / first and last day of the term; with --period, the congress dates (term)
  --as-of <ngày>        tính đến ngày / the date of the figures (term, rule; mặc định hôm nay / default today)
  --reported <số>       số đã in / the printed figure (implied)
  --rule <quy định>     quy định để xét / the rule set (rule)
  --method <cách>       cách tính tỷ lệ cấp trên / how a parent's percent is formed (rollup; default ratio)
  --out <tệp.csv|.json|.xlsx>  ghi kết quả ra tệp (CSV có BOM UTF-8 cho Excel; .xlsx: ô số là số)
                        / write the results to a file (CSV with a UTF-8 BOM, so Excel opens it;
                        .xlsx: a workbook, figures as numbers)
  --sheet <tên|số>      trang tính của tệp .xlsx, theo tên hoặc thứ tự (mặc định trang đầu)
                        / the sheet of an .xlsx file, by name or number (default the first)
  --kind <count|rate>   số đếm (mặc định) hay tỷ lệ % / counts (default) or rates in percent
  --unit <text>         đơn vị đếm, cho câu văn / what is counted, for the sentence (attainment)
  --as <claim>          số đã in nói gì / what a printed figure claims (claim; default attainment)
  --json                in kết quả dạng JSON / print the results as JSON
  --all                 check: in cả những số không có gì để kiểm / also list the figures with nothing to check
  -v, --version         phiên bản / the version
  -h, --help            trợ giúp này / this help

Ô số liệu sai được báo kèm số dòng và tên cột; các dòng đúng vẫn được in.
/ A bad cell is reported with its line and column; the good rows still print.
Mã thoát / Exit status: 0 xong / done, 1 đầu vào sai / bad input, 2 dùng sai (cả khi thiếu gói đọc .xlsx)
  / bad usage (also when the .xlsx package is not installed),
  3 số liệu cần xem lại (hoặc cả báo cáo làm tròn không nhất quán; implied: không chỉ tiêu nào khớp)
  / a checked figure needs a second look (or the report rounds inconsistently; implied: no target fits).
Màu chỉ khi in ra terminal và NO_COLOR chưa đặt / colour only on a terminal, unless NO_COLOR is set.

Ví dụ / Examples:
  chitieu attainment 103 80                          103/80, đạt 128,75%, vượt 28,75% chỉ tiêu
  chitieu attainment 16 15 --decimals 1 --rounding down --lang en
  chitieu csv don-vi.csv --out ket-qua.csv
  chitieu csv bao-cao.xlsx --sheet "Quý 3" --out ket-qua.xlsx
  chitieu csv units.tsv --locale en-US --lang en --achieved "Members" --target "Goal"
  chitieu check bao-cao.txt
  chitieu claim 16 15 6,6 --as over                  cần xem lại: half-up cho 6,7 (down cho 6,6)
  chitieu term --period "nhiệm kỳ 2020-2025" --target 80 --achieved 72 --as-of 2024-12-31
  chitieu term don-vi.csv --start 2020-10-15 --end 2025-10-14 --out tien-do.csv
  chitieu implied --achieved 65 --reported 72,2        65 và 72,2% (tỷ lệ đạt, làm tròn half-up): chỉ tiêu 90
  chitieu rule doanh-nghiep.csv --rule party-organization --as-of 2025-09-01
  chitieu rollup cay-to-chuc.csv --lang en
`;
