import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';
import { lines } from './_claimLines.js';

// Crafted report sentences, each pinning the whole extraction: every claim (kind, span and text, unit,
// verdict, figures with their offsets, flags and both explanations), the report flags and the common
// modes. Written against the mutants a Stryker run over the reader left alive.

describe('extractClaims, pinned in full', () => {
  it("number forms: length limit, the fast reader and the strict one (1.549, 28,75, 1,2,3)", () => {
    const cases: [string, string[]][] = [
      ["Có 1111111111111111111111111111111111111111 người", [
        "count 3-43 \"1111111111111111111111111111111111111111\" unit=người figure value=1111111111111111111111111111111111111111|1111111111111111111111111111111111111111@3-43|người | 1.111.111.111.111.111.111.111.111.111.111.111.111.111 người: một số liệu, không có gì để đối chiếu. | 1,111,111,111,111,111,111,111,111,111,111,111,111,111 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 11111111111111111111111111111111111111111 người", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 12345678901234567 người", [
        "count 3-20 \"12345678901234567\" unit=người figure value=12345678901234567|12345678901234567@3-20|người | 12.345.678.901.234.567 người: một số liệu, không có gì để đối chiếu. | 12,345,678,901,234,567 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 123456789012345 người", [
        "count 3-18 \"123456789012345\" unit=người figure value=123456789012345|123456789012345@3-18|người | 123.456.789.012.345 người: một số liệu, không có gì để đối chiếu. | 123,456,789,012,345 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1.549 đảng viên", [
        "count 3-8 \"1.549\" unit=đảng viên figure value=1549|1.549@3-8|đảng viên | 1.549 đảng viên: một số liệu, không có gì để đối chiếu. | 1,549 đảng viên: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1,2,3 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1.2 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 0,500 tổ", [
        "count 3-8 \"0,500\" unit=tổ figure value=0.5|0,500@3-8|tổ | 0,5 tổ: một số liệu, không có gì để đối chiếu. | 0.5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("years: 4 digits between 1900 and 2100, alone or on both ends of a ratio or range", () => {
    const cases: [string, string[]][] = [
      ["Có 2.000 người", [
        "count 3-8 \"2.000\" unit=người figure value=2000|2.000@3-8|người | 2.000 người: một số liệu, không có gì để đối chiếu. | 2,000 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1899 người", [
        "count 3-7 \"1899\" unit=người figure value=1899|1899@3-7|người | 1.899 người: một số liệu, không có gì để đối chiếu. | 1,899 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1900 người", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 2100 người", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 2101 người", [
        "count 3-7 \"2101\" unit=người figure value=2101|2101@3-7|người | 2.101 người: một số liệu, không có gì để đối chiếu. | 2,101 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 02000 người", [
        "count 3-8 \"02000\" unit=người figure value=2000|02000@3-8|người | 2.000 người: một số liệu, không có gì để đối chiếu. | 2,000 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 2000,0 người", [
        "count 3-9 \"2000,0\" unit=người figure value=2000|2000,0@3-9|người | 2.000 người: một số liệu, không có gì để đối chiếu. | 2,000 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Tỷ lệ 2020/2025 và 2020/15 tổ", [
        "ratio 19-26 \"2020/15\" unit=tổ figure a=2020|2020@19-23|tổ t=15|15@24-26|tổ percent=13466.67 status=exceeded | 2.020/15: đạt 13.466,67% chỉ tiêu. 2.020 vượt chỉ tiêu 15 là 2.005. | 2,020/15: 13,466.67% of target. 2,020 exceeds the target of 15 by 2,005.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["nhiệm kỳ 15-2020 tổ", [
        "range 9-16 \"15-2020\" unit=tổ figure min=15|15@9-11|tổ max=2020|2020@12-16|tổ percent=false | Khoảng 15–2.020 tổ. | A range of 15–2,020 tổ.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["nhiệm kỳ 2020-2025 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("units that match between a total and its parts (prefix either way, generic units, no unit)", () => {
    const cases: [string, string[]][] = [
      // parts that make the figure before exactly are its breakdown, whatever each names
      ["Có 94, trong đó 45 chi bộ và 49 chi bộ.", [
        "count 3-5 \"94\" unit=null figure value=94|94@3-5|null | 94: một số liệu, không có gì để đối chiếu. | 94: a count, with nothing to check it against.",
        "sum 3-31 \"94, trong đó 45 chi bộ và 49\" unit=null consistent total=94|94@3-5|null parts=45|45@16-18|chi bộ 49|49@29-31|chi bộ sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 16-18 \"45\" unit=chi bộ figure value=45|45@16-18|chi bộ | 45 chi bộ: một số liệu, không có gì để đối chiếu. | 45 chi bộ: a count, with nothing to check it against.",
        "count 29-31 \"49\" unit=chi bộ figure value=49|49@29-31|chi bộ | 49 chi bộ: một số liệu, không có gì để đối chiếu. | 49 chi bộ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94 chi bộ cơ sở, trong đó 45 chi bộ và 49 chi bộ.", [
        "count 3-5 \"94\" unit=chi bộ cơ sở figure value=94|94@3-5|chi bộ cơ sở | 94 chi bộ cơ sở: một số liệu, không có gì để đối chiếu. | 94 chi bộ cơ sở: a count, with nothing to check it against.",
        "sum 3-44 \"94 chi bộ cơ sở, trong đó 45 chi bộ và 49\" unit=chi bộ cơ sở consistent total=94|94@3-5|chi bộ cơ sở parts=45|45@29-31|chi bộ 49|49@42-44|chi bộ sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 29-31 \"45\" unit=chi bộ figure value=45|45@29-31|chi bộ | 45 chi bộ: một số liệu, không có gì để đối chiếu. | 45 chi bộ: a count, with nothing to check it against.",
        "count 42-44 \"49\" unit=chi bộ figure value=49|49@42-44|chi bộ | 49 chi bộ: một số liệu, không có gì để đối chiếu. | 49 chi bộ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94 chi bộ, trong đó 45 chi bộ cơ sở và 49 chi bộ cơ sở.", [
        "count 3-5 \"94\" unit=chi bộ figure value=94|94@3-5|chi bộ | 94 chi bộ: một số liệu, không có gì để đối chiếu. | 94 chi bộ: a count, with nothing to check it against.",
        "sum 3-44 \"94 chi bộ, trong đó 45 chi bộ cơ sở và 49\" unit=chi bộ consistent total=94|94@3-5|chi bộ parts=45|45@23-25|chi bộ cơ sở 49|49@42-44|chi bộ cơ sở sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 23-25 \"45\" unit=chi bộ cơ sở figure value=45|45@23-25|chi bộ cơ sở | 45 chi bộ cơ sở: một số liệu, không có gì để đối chiếu. | 45 chi bộ cơ sở: a count, with nothing to check it against.",
        "count 42-44 \"49\" unit=chi bộ cơ sở figure value=49|49@42-44|chi bộ cơ sở | 49 chi bộ cơ sở: một số liệu, không có gì để đối chiếu. | 49 chi bộ cơ sở: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 10 đảng viên, trong đó 4 đảng viên và 6 đồng chí.", [
        "count 3-5 \"10\" unit=đảng viên figure value=10|10@3-5|đảng viên | 10 đảng viên: một số liệu, không có gì để đối chiếu. | 10 đảng viên: a count, with nothing to check it against.",
        "sum 3-42 \"10 đảng viên, trong đó 4 đảng viên và 6\" unit=đảng viên consistent total=10|10@3-5|đảng viên parts=4|4@26-27|đảng viên 6|6@41-42|đồng chí sum=10 diff=0 tol=0 ok=true | 4 + 6 = 10, khớp với tổng 10. | 4 + 6 = 10, matching the total 10.",
        "count 26-27 \"4\" unit=đảng viên figure value=4|4@26-27|đảng viên | 4 đảng viên: một số liệu, không có gì để đối chiếu. | 4 đảng viên: a count, with nothing to check it against.",
        "count 41-42 \"6\" unit=đồng chí figure value=6|6@41-42|đồng chí | 6 đồng chí: một số liệu, không có gì để đối chiếu. | 6 đồng chí: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 10 đảng viên, trong đó 4 đảng viên và 6 trường hợp.", [
        "count 3-5 \"10\" unit=đảng viên figure value=10|10@3-5|đảng viên | 10 đảng viên: một số liệu, không có gì để đối chiếu. | 10 đảng viên: a count, with nothing to check it against.",
        "sum 3-42 \"10 đảng viên, trong đó 4 đảng viên và 6\" unit=đảng viên consistent total=10|10@3-5|đảng viên parts=4|4@26-27|đảng viên 6|6@41-42|trường hợp sum=10 diff=0 tol=0 ok=true | 4 + 6 = 10, khớp với tổng 10. | 4 + 6 = 10, matching the total 10.",
        "count 26-27 \"4\" unit=đảng viên figure value=4|4@26-27|đảng viên | 4 đảng viên: một số liệu, không có gì để đối chiếu. | 4 đảng viên: a count, with nothing to check it against.",
        "count 41-42 \"6\" unit=trường hợp figure value=6|6@41-42|trường hợp | 6 trường hợp: một số liệu, không có gì để đối chiếu. | 6 trường hợp: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("words that end a unit", () => {
    const cases: [string, string[]][] = [
      ["Có 5 tổ sẽ mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ khi mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ thì mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ nhưng mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ hoặc mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ hay mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ ở mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ như mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ gồm mới", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("document references skip the number after them", () => {
    const cases: [string, string[]][] = [
      ["theo nghị quyết 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo quyết định 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo chỉ thị 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo thông tư 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo chương trình 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo đề án 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo quy định 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo hướng dẫn 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo phương án 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo công văn 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo lần thứ 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo kết luận 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["theo thông báo 28 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("quotation marks may touch a figure", () => {
    const cases: [string, string[]][] = [
      ["Có \"5\" tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có “5“ tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có ”5” tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có ’5’ tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có «5« tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có »5» tổ", [
        "count 4-5 \"5\" unit=null figure value=5|5@4-5|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("implied targets: one, two, a span, none, too many; đạt / chiếm / vượt / vượt in points", () => {
    const cases: [string, string[]][] = [
      ["Có 1.500 đảng viên, đạt 150,00%", [
        "implied-target 3-31 \"1.500 đảng viên, đạt 150,00%\" unit=đảng viên inferred a=1500|1.500@3-8|đảng viên r=150|150,00@24-30|null as=attainment targets=1000 | 1.500 đảng viên, đạt 150%: chỉ tiêu là 1.000 (làm tròn nửa lên (half-up)). | 1,500 đảng viên, 150% of target: the target was 1,000 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1.500 đảng viên, đạt 150,0%", [
        "implied-target 3-30 \"1.500 đảng viên, đạt 150,0%\" unit=đảng viên inferred a=1500|1.500@3-8|đảng viên r=150|150,0@24-29|null as=attainment targets=1000 | 1.500 đảng viên, đạt 150%: chỉ tiêu là 1.000 (làm tròn nửa lên (half-up)). | 1,500 đảng viên, 150% of target: the target was 1,000 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5.010 đảng viên, đạt 55,5%", [
        "implied-target 3-29 \"5.010 đảng viên, đạt 55,5%\" unit=đảng viên inferred a=5010|5.010@3-8|đảng viên r=55.5|55,5@24-28|null as=attainment targets=17:9019..9035 | 5.010 đảng viên, đạt 55,5%: chỉ tiêu là từ 9.019 đến 9.035 (làm tròn nửa lên (half-up)). | 5,010 đảng viên, 55.5% of target: the target was 9,019 to 9,035 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 đảng viên, đạt 0%", [
        "implied-target 3-22 \"5 đảng viên, đạt 0%\" unit=đảng viên figure a=5|5@3-4|đảng viên r=0|0@20-21|null as=attainment targets=null | 5 đảng viên, đạt 0%: quá nhiều chỉ tiêu nguyên cho ra con số này (từ 1.001 trở đi), không xác định được chỉ tiêu. | 5 đảng viên, 0% of target: too many whole-number targets give this figure (from 1,001 on), so it does not pin one down.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 0 đảng viên, đạt 0%", [
        "implied-target 3-22 \"0 đảng viên, đạt 0%\" unit=đảng viên figure a=0|0@3-4|đảng viên r=0|0@20-21|null as=attainment targets=null | 0 đảng viên, đạt 0%: quá nhiều chỉ tiêu nguyên cho ra con số này (từ 1 trở đi), không xác định được chỉ tiêu. | 0 đảng viên, 0% of target: too many whole-number targets give this figure (from 1 on), so it does not pin one down.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1 đảng viên, đạt 30,0%", [
        "implied-target 3-25 \"1 đảng viên, đạt 30,0%\" unit=đảng viên flagged a=1|1@3-4|đảng viên r=30|30,0@20-24|null as=attainment targets= !no-target: 1 đảng viên, đạt 30%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 1 đảng viên, 30% of target: no whole-number target gives this figure when rounding half-up. | 1 đảng viên, đạt 30%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 1 đảng viên, 30% of target: no whole-number target gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 45 đảng viên, chiếm 90%", [
        "implied-target 3-26 \"45 đảng viên, chiếm 90%\" unit=đảng viên inferred a=45|45@3-5|đảng viên r=90|90@23-25|null as=share targets=50 | 45 đảng viên, chiếm 90%: tổng là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of the whole: the whole was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 1 đảng viên, chiếm 30,0%", [
        "implied-target 3-27 \"1 đảng viên, chiếm 30,0%\" unit=đảng viên flagged a=1|1@3-4|đảng viên r=30|30,0@22-26|null as=share targets= !no-target: 1 đảng viên, chiếm 30%: không có tổng nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 1 đảng viên, 30% of the whole: no whole-number whole gives this figure when rounding half-up. | 1 đảng viên, chiếm 30%: không có tổng nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 1 đảng viên, 30% of the whole: no whole-number whole gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 đảng viên, chiếm 0%", [
        "implied-target 3-24 \"5 đảng viên, chiếm 0%\" unit=đảng viên figure a=5|5@3-4|đảng viên r=0|0@22-23|null as=share targets=null | 5 đảng viên, chiếm 0%: quá nhiều tổng nguyên cho ra con số này (từ 1.001 trở đi), không xác định được tổng. | 5 đảng viên, 0% of the whole: too many whole-number wholes give this figure (from 1,001 on), so it does not pin one down.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["97,5% chi bộ, vượt 4,5%", [
        "implied-target 0-23 \"97,5% chi bộ, vượt 4,5%\" unit=chi bộ inferred a=97.5|97,5@0-4|chi bộ r=4.5|4,5@19-22|null as=over-points targets=93 | 97,5% chi bộ, vượt 4,5 điểm %: chỉ tiêu tỷ lệ là 93% (làm tròn nửa lên (half-up)). | 97.5% chi bộ, 4.5 percentage points over target: the target rate was 93% (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["97,5% chi bộ, vượt 200,0%", [
        "implied-target 0-25 \"97,5% chi bộ, vượt 200,0%\" unit=chi bộ flagged a=97.5|97,5@0-4|chi bộ r=200|200,0@19-24|null as=over-points targets= !no-target: 97,5% chi bộ, vượt 200 điểm %: không có chỉ tiêu tỷ lệ nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 97.5% chi bộ, 200 percentage points over target: no whole-number target rate gives this figure when rounding half-up. | 97,5% chi bộ, vượt 200 điểm %: không có chỉ tiêu tỷ lệ nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 97.5% chi bộ, 200 percentage points over target: no whole-number target rate gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["97,5% chi bộ, vượt 1.000,5%", [
        "implied-target 0-27 \"97,5% chi bộ, vượt 1.000,5%\" unit=chi bộ flagged a=97.5|97,5@0-4|chi bộ r=1000.5|1.000,5@19-26|null as=over-points targets= !no-target: 97,5% chi bộ, vượt 1.000,5 điểm %: không có chỉ tiêu tỷ lệ nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 97.5% chi bộ, 1,000.5 percentage points over target: no whole-number target rate gives this figure when rounding half-up. | 97,5% chi bộ, vượt 1.000,5 điểm %: không có chỉ tiêu tỷ lệ nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 97.5% chi bộ, 1,000.5 percentage points over target: no whole-number target rate gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 100.000 đảng viên, đạt 200%", [
        "implied-target 3-30 \"100.000 đảng viên, đạt 200%\" unit=đảng viên inferred a=100000|100.000@3-10|đảng viên r=200|200@26-29|null as=attainment targets=250:49876..50125 | 100.000 đảng viên, đạt 200%: chỉ tiêu là từ 49.876 đến 50.125 (làm tròn nửa lên (half-up)). | 100,000 đảng viên, 200% of target: the target was 49,876 to 50,125 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 100.000 đảng viên, đạt 10%", [
        "implied-target 3-29 \"100.000 đảng viên, đạt 10%\" unit=đảng viên figure a=100000|100.000@3-10|đảng viên r=10|10@26-28|null as=attainment targets=null | 100.000 đảng viên, đạt 10%: quá nhiều chỉ tiêu nguyên cho ra con số này (từ 952.381 đến 1.052.631), không xác định được chỉ tiêu. | 100,000 đảng viên, 10% of target: too many whole-number targets give this figure (from 952,381 to 1,052,631), so it does not pin one down.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["9.007.199.254.740.991% tổ, vượt 0%", [
        "implied-target 0-34 \"9.007.199.254.740.991% tổ, vượt 0%\" unit=tổ inferred a=9007199254740991|9.007.199.254.740.991@0-21|tổ r=0|0@32-33|null as=over-points targets=9007199254740991 | 9.007.199.254.740.991% tổ, vượt 0 điểm %: chỉ tiêu tỷ lệ là 9.007.199.254.740.991% (làm tròn nửa lên (half-up)). | 9,007,199,254,740,991% tổ, 0 percentage points over target: the target rate was 9,007,199,254,740,991% (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["9.007.199.254.740.992% tổ, vượt 0%", [
        "implied-target 0-34 \"9.007.199.254.740.992% tổ, vượt 0%\" unit=tổ figure a=9007199254740992|9.007.199.254.740.992@0-21|tổ r=0|0@32-33|null as=over-points targets=null | 9.007.199.254.740.992% tổ, vượt 0 điểm %: các chỉ tiêu tỷ lệ nguyên cho ra con số này vượt quá 2^53 (từ 9.007.199.254.740.992 đến 9.007.199.254.740.992), không liệt kê được. | 9,007,199,254,740,992% tổ, 0 percentage points over target: the whole-number target rates that give this figure are past 2^53 (from 9,007,199,254,740,992 to 9,007,199,254,740,992), too large to list.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 45 đảng viên, vượt 12,5%", [
        "implied-target 3-27 \"45 đảng viên, vượt 12,5%\" unit=đảng viên inferred a=45|45@3-5|đảng viên r=12.5|12,5@22-26|null as=over targets=40 | 45 đảng viên, vượt 12,5%: chỉ tiêu là 40 (làm tròn nửa lên (half-up)). | 45 đảng viên, 12.5% over target: the target was 40 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 99.751 đảng viên, đạt 10%", [
        "implied-target 3-28 \"99.751 đảng viên, đạt 10%\" unit=đảng viên figure a=99751|99.751@3-9|đảng viên r=10|10@25-27|null as=attainment targets=null | 99.751 đảng viên, đạt 10%: quá nhiều chỉ tiêu nguyên cho ra con số này (từ 950.010 đến 1.050.010), không xác định được chỉ tiêu. | 99,751 đảng viên, 10% of target: too many whole-number targets give this figure (from 950,010 to 1,050,010), so it does not pin one down.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 99.750 đảng viên, đạt 10%", [
        "implied-target 3-28 \"99.750 đảng viên, đạt 10%\" unit=đảng viên inferred a=99750|99.750@3-9|đảng viên r=10|10@25-27|null as=attainment targets=100000:950001..1050000 | 99.750 đảng viên, đạt 10%: chỉ tiêu là từ 950.001 đến 1.050.000 (làm tròn nửa lên (half-up)). | 99,750 đảng viên, 10% of target: the target was 950,001 to 1,050,000 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("ratios with a target of 0 and the percentages printed against them", () => {
    const cases: [string, string[]][] = [
      ["Có 5/0 tổ chức.", [
        "ratio 3-6 \"5/0\" unit=tổ chức flagged a=5|5@3-4|tổ chức t=0|0@5-6|tổ chức percent=null status=exceeded !zero-target: 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu. 5 vượt chỉ tiêu 0 là 5. / 5/0: the target is 0, so no percentage of it can be computed. 5 exceeds the target of 0 by 5. | 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu. 5 vượt chỉ tiêu 0 là 5. | 5/0: the target is 0, so no percentage of it can be computed. 5 exceeds the target of 0 by 5.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5/0 tổ chức, đạt 100%, vượt 1.000,5%.", [
        "ratio 3-39 \"5/0 tổ chức, đạt 100%, vượt 1.000,5%\" unit=tổ chức flagged a=5|5@3-4|tổ chức t=0|0@5-6|tổ chức percent=null status=exceeded !zero-target: 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu; không kiểm tra được \"đạt 100%\", \"vượt 1.000,5%\" đã in. 5 vượt chỉ tiêu 0 là 5. / 5/0: the target is 0, so no percentage of it can be computed; the printed 100% of target, 1,000.5% over target cannot be checked. 5 exceeds the target of 0 by 5. | 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu; không kiểm tra được \"đạt 100%\", \"vượt 1.000,5%\" đã in. 5 vượt chỉ tiêu 0 là 5. | 5/0: the target is 0, so no percentage of it can be computed; the printed 100% of target, 1,000.5% over target cannot be checked. 5 exceeds the target of 0 by 5.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5/0 tổ chức (đạt 100%).", [
        "ratio 3-25 \"5/0 tổ chức (đạt 100%)\" unit=tổ chức flagged a=5|5@3-4|tổ chức t=0|0@5-6|tổ chức percent=null status=exceeded !zero-target: 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu; không kiểm tra được \"đạt 100%\" đã in. 5 vượt chỉ tiêu 0 là 5. / 5/0: the target is 0, so no percentage of it can be computed; the printed 100% of target cannot be checked. 5 exceeds the target of 0 by 5. | 5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu; không kiểm tra được \"đạt 100%\" đã in. 5 vượt chỉ tiêu 0 là 5. | 5/0: the target is 0, so no percentage of it can be computed; the printed 100% of target cannot be checked. 5 exceeds the target of 0 by 5.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("keywords before a percentage: đạt được, vượt được, hoàn thành", () => {
    const cases: [string, string[]][] = [
      ["103 đảng viên, đạt được 90%", [
        "implied-target 0-27 \"103 đảng viên, đạt được 90%\" unit=đảng viên inferred a=103|103@0-3|đảng viên r=90|90@24-26|null as=attainment targets=114,115 | 103 đảng viên, đạt 90%: chỉ tiêu là 114 hoặc 115 (làm tròn nửa lên (half-up)). | 103 đảng viên, 90% of target: the target was 114 or 115 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["103 đảng viên đạt, 90%", [
        "count 0-3 \"103\" unit=đảng viên figure value=103|103@0-3|đảng viên | 103 đảng viên: một số liệu, không có gì để đối chiếu. | 103 đảng viên: a count, with nothing to check it against.",
        "rate 19-22 \"90%\" unit=null figure value=90|90@19-21|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, hoàn thành 90% chỉ tiêu", [
        "implied-target 0-28 \"45 đảng viên, hoàn thành 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@25-27|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên (hoàn thành 90%)", [
        "implied-target 0-29 \"45 đảng viên (hoàn thành 90%)\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@25-27|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, thành 90%", [
        "count 0-2 \"45\" unit=đảng viên figure value=45|45@0-2|đảng viên | 45 đảng viên: một số liệu, không có gì để đối chiếu. | 45 đảng viên: a count, with nothing to check it against.",
        "rate 20-23 \"90%\" unit=null figure value=90|90@20-22|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, hoàn 90%", [
        "count 0-2 \"45\" unit=đảng viên figure value=45|45@0-2|đảng viên | 45 đảng viên: một số liệu, không có gì để đối chiếu. | 45 đảng viên: a count, with nothing to check it against.",
        "rate 19-22 \"90%\" unit=null figure value=90|90@19-21|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, vượt được 12,5%", [
        "implied-target 0-29 \"45 đảng viên, vượt được 12,5%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=12.5|12,5@24-28|null as=over targets=40 | 45 đảng viên, vượt 12,5%: chỉ tiêu là 40 (làm tròn nửa lên (half-up)). | 45 đảng viên, 12.5% over target: the target was 40 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });
});

/** n filler words that are neither figures nor keywords, to put a figure an exact number of tokens away. */
const filler = (n: number): string => Array.from({ length: n }, () => 'x').join(' ');

describe('extractClaims, pinned in full: windows, lists and breakdowns', () => {
  it("\"trở lên\" within three tokens makes a lower bound", () => {
    const cases: [string, string[]][] = [
      ["45 đảng viên, đạt 90% kế hoạch trở thành", [
        "implied-target 0-21 \"45 đảng viên, đạt 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, đạt 90% tăng lên", [
        "implied-target 0-21 \"45 đảng viên, đạt 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (75% trở lên)", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 5-8 \"75%\" unit=null figure value=75|75@5-7|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, đạt 90% chỉ tiêu trở lên", [
        "count 0-2 \"45\" unit=đảng viên figure value=45|45@0-2|đảng viên | 45 đảng viên: một số liệu, không có gì để đối chiếu. | 45 đảng viên: a count, with nothing to check it against.",
        "rate 18-21 \"90%\" unit=chỉ tiêu figure value=90|90@18-20|chỉ tiêu | 90% chỉ tiêu: một tỷ lệ, không có số liệu để đối chiếu. | 90% chỉ tiêu: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, đạt 90% a b trở lên", [
        "count 0-2 \"45\" unit=đảng viên figure value=45|45@0-2|đảng viên | 45 đảng viên: một số liệu, không có gì để đối chiếu. | 45 đảng viên: a count, with nothing to check it against.",
        "rate 18-21 \"90%\" unit=a b figure value=90|90@18-20|a b | 90% a b: một tỷ lệ, không có số liệu để đối chiếu. | 90% a b: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên, đạt 90% a b c trở lên", [
        "implied-target 0-21 \"45 đảng viên, đạt 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("a parenthesis after a ratio: skipped for the unit only when it holds a percentage and closes within 8 tokens", () => {
    const cases: [string, string[]][] = [
      ["3/4 (đạt 75% chỉ tiêu", [
        "ratio-percent 0-12 \"3/4 (đạt 75%\" unit=null consistent a=3|3@0-1|null t=4|4@2-3|null r=75|75@9-11|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (tổ chức) đảng viên", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (a b c d x 75%) đảng viên", [
        "ratio 0-3 \"3/4\" unit=đảng viên figure a=3|3@0-1|đảng viên t=4|4@2-3|đảng viên percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 15-18 \"75%\" unit=null figure value=75|75@15-17|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (a b c d e f 75%) đảng viên", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 17-20 \"75%\" unit=null figure value=75|75@17-19|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (a b c d e 75%) đảng viên", [
        "ratio 0-3 \"3/4\" unit=đảng viên figure a=3|3@0-1|đảng viên t=4|4@2-3|đảng viên percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 15-18 \"75%\" unit=null figure value=75|75@15-17|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Đảng viên 3/4 (đạt 75% tổ chức", [
        "ratio-percent 10-22 \"3/4 (đạt 75%\" unit=null consistent a=3|3@10-11|null t=4|4@12-13|null r=75|75@19-21|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 ( đảng viên", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có tổ chức 3/4 (đạt 75% chỉ tiêu", [
        "ratio-percent 11-23 \"3/4 (đạt 75%\" unit=null consistent a=3|3@11-12|null t=4|4@13-14|null r=75|75@20-22|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có tổ chức 3/4 (đạt 75%) chỉ tiêu", [
        "ratio-percent 11-24 \"3/4 (đạt 75%)\" unit=chỉ tiêu consistent a=3|3@11-12|chỉ tiêu t=4|4@13-14|chỉ tiêu r=75|75@20-22|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("numbers joined by - or /: codes, ranges, spans of time, gaps on either side", () => {
    const cases: [string, string[]][] = [
      ["Có 5 - tổ chức", [
        "count 3-4 \"5\" unit=null figure value=5|5@3-4|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 -tổ chức", [
        "count 3-4 \"5\" unit=null figure value=5|5@3-4|null | 5: một số liệu, không có gì để đối chiếu. | 5: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["A 12-KH, B 35/QĐ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["A 12 -KH", [
        "count 2-4 \"12\" unit=null figure value=12|12@2-4|null | 12: một số liệu, không có gì để đối chiếu. | 12: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["A 12- KH", [
        "count 2-4 \"12\" unit=null figure value=12|12@2-4|null | 12: một số liệu, không có gì để đối chiếu. | 12: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["A 12-, rồi", [
        "count 2-4 \"12\" unit=null figure value=12|12@2-4|null | 12: một số liệu, không có gì để đối chiếu. | 12: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 12-", [
        "count 3-5 \"12\" unit=null figure value=12|12@3-5|null | 12: một số liệu, không có gì để đối chiếu. | 12: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["A 12-(x)", [
        "count 2-4 \"12\" unit=null figure value=12|12@2-4|null | 12: một số liệu, không có gì để đối chiếu. | 12: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5/1.2 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5-7", [
        "range 3-6 \"5-7\" unit=null figure min=5|5@3-4|null max=7|7@5-6|null percent=false | Khoảng 5–7. | A range of 5–7.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      // numbers side by side with nothing between ("0226 385 2672") are not read: which is the figure?
      ["Có 5-7 8 tổ", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 3-5 năm", [
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 3-5 tổ", [
        "range 3-6 \"3-5\" unit=tổ figure min=3|3@3-4|tổ max=5|5@5-6|tổ percent=false | Khoảng 3–5 tổ. | A range of 3–5 tổ.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5/7 tổ, 8 tổ", [
        "ratio 3-6 \"5/7\" unit=tổ figure a=5|5@3-4|tổ t=7|7@5-6|tổ percent=71.43 status=not-met | 5/7: đạt 71,43% chỉ tiêu. 5 chưa đạt chỉ tiêu 7, còn thiếu 2. | 5/7: 71.43% of target. 5 is below the target of 7: 2 short.",
        "count 11-12 \"8\" unit=tổ figure value=8|8@11-12|tổ | 8 tổ: một số liệu, không có gì để đối chiếu. | 8 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Khoảng 5-5 tổ", [
        "range 7-10 \"5-5\" unit=tổ figure min=5|5@7-8|tổ max=5|5@9-10|tổ percent=false | Khoảng 5–5 tổ. | A range of 5–5 tổ.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Khoảng 7-5 tổ", [
        "range 7-10 \"7-5\" unit=tổ flagged min=7|7@7-8|tổ max=5|5@9-10|tổ percent=false !range-inverted: Khoảng 7–5 tổ có cận dưới lớn hơn cận trên. / The range 7–5 tổ has its lower end above its upper end. | Khoảng 7–5 tổ có cận dưới lớn hơn cận trên. | The range 7–5 tổ has its lower end above its upper end.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Khoảng 7-5%", [
        "range 7-11 \"7-5%\" unit=null flagged min=7|7@7-8|null max=5|5@9-10|null percent=true !range-inverted: Khoảng 7–5% có cận dưới lớn hơn cận trên. / The range 7–5% has its lower end above its upper end. | Khoảng 7–5% có cận dưới lớn hơn cận trên. | The range 7–5% has its lower end above its upper end.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Khoảng 5–7% tổ", [
        "range 7-11 \"5–7%\" unit=null figure min=5|5@7-8|null max=7|7@9-10|null percent=true | Khoảng 5–7%. | A range of 5–7%.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("a bracketed percentage right after a ratio is its attainment, and only then", () => {
    const cases: [string, string[]][] = [
      ["3/4 = 75%", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 6-9 \"75%\" unit=null figure value=75|75@6-8|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4, 75%", [
        "ratio 0-3 \"3/4\" unit=null figure a=3|3@0-1|null t=4|4@2-3|null percent=75 status=not-met | 3/4: đạt 75% chỉ tiêu. 3 chưa đạt chỉ tiêu 4, còn thiếu 1. | 3/4: 75% of target. 3 is below the target of 4: 1 short.",
        "rate 5-8 \"75%\" unit=null figure value=75|75@5-7|null | 75%: một tỷ lệ, không có số liệu để đối chiếu. | 75%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 45 đảng viên (90%)", [
        "count 3-5 \"45\" unit=đảng viên figure value=45|45@3-5|đảng viên | 45 đảng viên: một số liệu, không có gì để đối chiếu. | 45 đảng viên: a count, with nothing to check it against.",
        "rate 17-20 \"90%\" unit=null figure value=90|90@17-19|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["(90%) abc", [
        "rate 1-4 \"90%\" unit=null figure value=90|90@1-3|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 tổ chức (75%)", [
        "ratio-percent 0-17 \"3/4 tổ chức (75%)\" unit=tổ chức consistent a=3|3@0-1|tổ chức t=4|4@2-3|tổ chức r=75|75@13-15|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (75%)", [
        "ratio-percent 0-9 \"3/4 (75%)\" unit=null consistent a=3|3@0-1|null t=4|4@2-3|null r=75|75@5-7|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 (đạt 75%)", [
        "ratio-percent 0-13 \"3/4 (đạt 75%)\" unit=null consistent a=3|3@0-1|null t=4|4@2-3|null r=75|75@9-11|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("ít nhất / tối thiểu make a minimum target", () => {
    const cases: [string, string[]][] = [
      ["tối thiểu 400 đảng viên", [
        "at-least 0-13 \"tối thiểu 400\" unit=đảng viên figure value=400|400@10-13|đảng viên | Chỉ tiêu ít nhất 400 đảng viên. | A target of at least 400 đảng viên.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["ít nhất 400 đảng viên", [
        "at-least 0-11 \"ít nhất 400\" unit=đảng viên figure value=400|400@8-11|đảng viên | Chỉ tiêu ít nhất 400 đảng viên. | A target of at least 400 đảng viên.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["nhất 400 người", [
        "count 5-8 \"400\" unit=người figure value=400|400@5-8|người | 400 người: một số liệu, không có gì để đối chiếu. | 400 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["thiểu 400 người", [
        "count 6-9 \"400\" unit=người figure value=400|400@6-9|người | 400 người: một số liệu, không có gì để đối chiếu. | 400 người: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["ít người 400 tổ", [
        "count 9-12 \"400\" unit=tổ figure value=400|400@9-12|tổ | 400 tổ: một số liệu, không có gì để đối chiếu. | 400 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["tối người 400 tổ", [
        "count 10-13 \"400\" unit=tổ figure value=400|400@10-13|tổ | 400 tổ: một số liệu, không có gì để đối chiếu. | 400 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("the figure a percentage is about: same clause, within 40 tokens, not a minimum nor a range", () => {
    const cases: [string, string[]][] = [
      ["Có 5 tổ. Đạt 90%.", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "rate 9-16 \"Đạt 90%\" unit=null figure value=90|90@13-15|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ; đạt 90%.", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "rate 9-16 \"đạt 90%\" unit=null figure value=90|90@13-15|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ, đạt 90%.", [
        "implied-target 3-16 \"5 tổ, đạt 90%\" unit=tổ flagged a=5|5@3-4|tổ r=90|90@13-15|null as=attainment targets= !no-target: 5 tổ, đạt 90%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 5 tổ, 90% of target: no whole-number target gives this figure when rounding half-up. | 5 tổ, đạt 90%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 5 tổ, 90% of target: no whole-number target gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["103/80 đảng viên, đạt 128,75%, vượt 28,75%", [
        "ratio-percent 0-29 \"103/80 đảng viên, đạt 128,75%\" unit=đảng viên consistent a=103|103@0-3|đảng viên t=80|80@4-6|đảng viên r=128.75|128,75@22-28|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=128.75 | 103/80 = 128,75%; làm tròn nửa lên (half-up) đến 2 chữ số thập phân là 128,75%, khớp với 128,75% đã in. | 103/80 = 128.75%; rounded half-up to 2 decimals this is 128.75%, as printed.",
        "ratio-percent 0-42 \"103/80 đảng viên, đạt 128,75%, vượt 28,75%\" unit=đảng viên consistent a=103|103@0-3|đảng viên t=80|80@4-6|đảng viên r=28.75|28,75@36-41|null as=over modes=half-up,half-down,half-even,up,down,ceil,floor computed=28.75 | (103 − 80)/80 = 28,75%; làm tròn nửa lên (half-up) đến 2 chữ số thập phân là 28,75%, khớp với 28,75% đã in. | (103 − 80)/80 = 28.75%; rounded half-up to 2 decimals this is 28.75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["97,5% chi bộ, đạt 90%", [
        "rate 0-5 \"97,5%\" unit=chi bộ figure value=97.5|97,5@0-4|chi bộ | 97,5% chi bộ: một tỷ lệ, không có số liệu để đối chiếu. | 97.5% chi bộ: a rate, with nothing to check it against.",
        "rate 14-21 \"đạt 90%\" unit=null figure value=90|90@18-20|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["ít nhất 400 đảng viên, đạt 90%", [
        "at-least 0-11 \"ít nhất 400\" unit=đảng viên figure value=400|400@8-11|đảng viên | Chỉ tiêu ít nhất 400 đảng viên. | A target of at least 400 đảng viên.",
        "rate 23-30 \"đạt 90%\" unit=null figure value=90|90@27-29|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["5-7 tổ, đạt 90%", [
        "range 0-3 \"5-7\" unit=tổ figure min=5|5@0-1|tổ max=7|7@2-3|tổ percent=false | Khoảng 5–7 tổ. | A range of 5–7 tổ.",
        "rate 8-15 \"đạt 90%\" unit=null figure value=90|90@12-14|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      [`Có 5 tổ ${filler(38)} đạt 90%`, [
        "implied-target 3-91 \"5 tổ x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x đạt 90%\" unit=tổ x x x x x flagged a=5|5@3-4|tổ x x x x x r=90|90@88-90|null as=attainment targets= !no-target: 5 tổ x x x x x, đạt 90%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). / 5 tổ x x x x x, 90% of target: no whole-number target gives this figure when rounding half-up. | 5 tổ x x x x x, đạt 90%: không có chỉ tiêu nguyên nào cho ra con số này khi làm tròn nửa lên (half-up). | 5 tổ x x x x x, 90% of target: no whole-number target gives this figure when rounding half-up.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      [`Có 5 tổ ${filler(39)} đạt 90%`, [
        "count 3-4 \"5\" unit=tổ x x x x x figure value=5|5@3-4|tổ x x x x x | 5 tổ x x x x x: một số liệu, không có gì để đối chiếu. | 5 tổ x x x x x: a count, with nothing to check it against.",
        "rate 86-93 \"đạt 90%\" unit=null figure value=90|90@90-92|null | 90%: một tỷ lệ, không có số liệu để đối chiếu. | 90%: a rate, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("the claim text takes in the closing bracket only after an opening one", () => {
    const cases: [string, string[]][] = [
      ["45 đảng viên, đạt 90%)", [
        "implied-target 0-21 \"45 đảng viên, đạt 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên (đạt 90% chỉ tiêu", [
        "implied-target 0-21 \"45 đảng viên (đạt 90%\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["45 đảng viên (đạt 90%)", [
        "implied-target 0-22 \"45 đảng viên (đạt 90%)\" unit=đảng viên inferred a=45|45@0-2|đảng viên r=90|90@18-20|null as=attainment targets=50 | 45 đảng viên, đạt 90%: chỉ tiêu là 50 (làm tròn nửa lên (half-up)). | 45 đảng viên, 90% of target: the target was 50 (rounding half-up).",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 tổ (đạt 75%)", [
        "ratio-percent 0-16 \"3/4 tổ (đạt 75%)\" unit=tổ consistent a=3|3@0-1|tổ t=4|4@2-3|tổ r=75|75@12-14|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 tổ, đạt 75%)", [
        "ratio-percent 0-15 \"3/4 tổ, đạt 75%\" unit=tổ consistent a=3|3@0-1|tổ t=4|4@2-3|tổ r=75|75@12-14|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["3/4 tổ (đạt 75% kế", [
        "ratio-percent 0-15 \"3/4 tổ (đạt 75%\" unit=tổ consistent a=3|3@0-1|tổ t=4|4@2-3|tổ r=75|75@12-14|null as=attainment modes=half-up,half-down,half-even,up,down,ceil,floor computed=75 | 3/4 = 75%; làm tròn nửa lên (half-up) đến hàng đơn vị là 75%, khớp với 75% đã in. | 3/4 = 75%; rounded half-up to a whole number this is 75%, as printed.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("totals and their parts around \"trong đó\": windows, sentence ends, subset and sum", () => {
    const cases: [string, string[]][] = [
      ["Có 94 tổ, 45 tổ và 49 tổ.", [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "count 10-12 \"45\" unit=tổ figure value=45|45@10-12|tổ | 45 tổ: một số liệu, không có gì để đối chiếu. | 45 tổ: a count, with nothing to check it against.",
        "count 19-21 \"49\" unit=tổ figure value=49|49@19-21|tổ | 49 tổ: một số liệu, không có gì để đối chiếu. | 49 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Tổng 7. Có 94, trong đó 45 và 49.", [
        "count 5-6 \"7\" unit=null figure value=7|7@5-6|null | 7: một số liệu, không có gì để đối chiếu. | 7: a count, with nothing to check it against.",
        "count 11-13 \"94\" unit=null figure value=94|94@11-13|null | 94: một số liệu, không có gì để đối chiếu. | 94: a count, with nothing to check it against.",
        "sum 11-32 \"94, trong đó 45 và 49\" unit=null consistent total=94|94@11-13|null parts=45|45@24-26|null 49|49@30-32|null sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 24-26 \"45\" unit=null figure value=45|45@24-26|null | 45: một số liệu, không có gì để đối chiếu. | 45: a count, with nothing to check it against.",
        "count 30-32 \"49\" unit=null figure value=49|49@30-32|null | 49: một số liệu, không có gì để đối chiếu. | 49: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94 trong đó 45 và 49", [
        "count 3-5 \"94\" unit=null figure value=94|94@3-5|null | 94: một số liệu, không có gì để đối chiếu. | 94: a count, with nothing to check it against.",
        "sum 3-23 \"94 trong đó 45 và 49\" unit=null consistent total=94|94@3-5|null parts=45|45@15-17|null 49|49@21-23|null sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 15-17 \"45\" unit=null figure value=45|45@15-17|null | 45: một số liệu, không có gì để đối chiếu. | 45: a count, with nothing to check it against.",
        "count 21-23 \"49\" unit=null figure value=49|49@21-23|null | 49: một số liệu, không có gì để đối chiếu. | 49: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94, trong đó 45. Có 49.", [
        "count 3-5 \"94\" unit=null figure value=94|94@3-5|null | 94: một số liệu, không có gì để đối chiếu. | 94: a count, with nothing to check it against.",
        "subset 3-18 \"94, trong đó 45\" unit=null consistent total=94|94@3-5|null part=45|45@16-18|null | Trong đó 45, không vượt tổng 94. | Of these, 45: within the total 94.",
        "count 16-18 \"45\" unit=null figure value=45|45@16-18|null | 45: một số liệu, không có gì để đối chiếu. | 45: a count, with nothing to check it against.",
        "count 23-25 \"49\" unit=null figure value=49|49@23-25|null | 49: một số liệu, không có gì để đối chiếu. | 49: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94 tổ, trong đó có nhiều.", [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ, trong đó 5 tổ.", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "subset 3-19 \"5 tổ, trong đó 5\" unit=tổ consistent total=5|5@3-4|tổ part=5|5@18-19|tổ | Trong đó 5 tổ, không vượt tổng 5 tổ. | Of these, 5 tổ: within the total 5 tổ.",
        "count 18-19 \"5\" unit=tổ figure value=5|5@18-19|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 5 tổ, trong đó 7 tổ.", [
        "count 3-4 \"5\" unit=tổ figure value=5|5@3-4|tổ | 5 tổ: một số liệu, không có gì để đối chiếu. | 5 tổ: a count, with nothing to check it against.",
        "subset 3-19 \"5 tổ, trong đó 7\" unit=tổ flagged total=5|5@3-4|tổ part=7|7@18-19|tổ !part-exceeds-total: Trong đó 7 tổ, lớn hơn tổng 5 tổ. / Of these, 7 tổ: more than the total 5 tổ. | Trong đó 7 tổ, lớn hơn tổng 5 tổ. | Of these, 7 tổ: more than the total 5 tổ.",
        "count 18-19 \"7\" unit=tổ figure value=7|7@18-19|tổ | 7 tổ: một số liệu, không có gì để đối chiếu. | 7 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 10 tổ, trong đó 3,3 tổ và 6,7 tổ.", [
        "count 3-5 \"10\" unit=tổ figure value=10|10@3-5|tổ | 10 tổ: một số liệu, không có gì để đối chiếu. | 10 tổ: a count, with nothing to check it against.",
        "sum 3-32 \"10 tổ, trong đó 3,3 tổ và 6,7\" unit=tổ consistent total=10|10@3-5|tổ parts=3.3|3,3@19-22|tổ 6.7|6,7@29-32|tổ sum=10 diff=0 tol=0 ok=true | 3,3 + 6,7 = 10, khớp với tổng 10. | 3.3 + 6.7 = 10, matching the total 10.",
        "count 19-22 \"3,3\" unit=tổ figure value=3.3|3,3@19-22|tổ | 3,3 tổ: một số liệu, không có gì để đối chiếu. | 3.3 tổ: a count, with nothing to check it against.",
        "count 29-32 \"6,7\" unit=tổ figure value=6.7|6,7@29-32|tổ | 6,7 tổ: một số liệu, không có gì để đối chiếu. | 6.7 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      // after "gồm" (consists of): two parts are the whole, and a mismatch is flagged
      ["Có 10 tổ, gồm 3,3 tổ và 6,6 tổ.", [
        "count 3-5 \"10\" unit=tổ figure value=10|10@3-5|tổ | 10 tổ: một số liệu, không có gì để đối chiếu. | 10 tổ: a count, with nothing to check it against.",
        "sum 3-27 \"10 tổ, gồm 3,3 tổ và 6,6\" unit=tổ flagged total=10|10@3-5|tổ parts=3.3|3,3@14-17|tổ 6.6|6,6@24-27|tổ sum=9.9 diff=-0.1 tol=0 ok=false !sum-mismatch: 3,3 + 6,6 = 9,9, không khớp với tổng 10 (lệch -0,1). / 3.3 + 6.6 = 9.9, not the total 10 (-0.1 off). | 3,3 + 6,6 = 9,9, không khớp với tổng 10 (lệch -0,1). | 3.3 + 6.6 = 9.9, not the total 10 (-0.1 off).",
        "count 14-17 \"3,3\" unit=tổ figure value=3.3|3,3@14-17|tổ | 3,3 tổ: một số liệu, không có gì để đối chiếu. | 3.3 tổ: a count, with nothing to check it against.",
        "count 24-27 \"6,6\" unit=tổ figure value=6.6|6,6@24-27|tổ | 6,6 tổ: một số liệu, không có gì để đối chiếu. | 6.6 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      [`Có 94 tổ, trong đó ${filler(56)} 45 tổ và 49 tổ`, [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "sum 3-142 \"94 tổ, trong đó x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x 45 tổ và 49\" unit=tổ consistent total=94|94@3-5|tổ parts=45|45@131-133|tổ 49|49@140-142|tổ sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 131-133 \"45\" unit=tổ figure value=45|45@131-133|tổ | 45 tổ: một số liệu, không có gì để đối chiếu. | 45 tổ: a count, with nothing to check it against.",
        "count 140-142 \"49\" unit=tổ figure value=49|49@140-142|tổ | 49 tổ: một số liệu, không có gì để đối chiếu. | 49 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      [`Có 94 tổ, trong đó ${filler(60)} 45 tổ`, [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "count 139-141 \"45\" unit=tổ figure value=45|45@139-141|tổ | 45 tổ: một số liệu, không có gì để đối chiếu. | 45 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      [`Có 94 tổ, trong đó ${filler(59)} 45 tổ`, [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "subset 3-139 \"94 tổ, trong đó x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x 45\" unit=tổ consistent total=94|94@3-5|tổ part=45|45@137-139|tổ | Trong đó 45 tổ, không vượt tổng 94 tổ. | Of these, 45 tổ: within the total 94 tổ.",
        "count 137-139 \"45\" unit=tổ figure value=45|45@137-139|tổ | 45 tổ: một số liệu, không có gì để đối chiếu. | 45 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Trong đó 45 và 49.", [
        "count 9-11 \"45\" unit=null figure value=45|45@9-11|null | 45: một số liệu, không có gì để đối chiếu. | 45: a count, with nothing to check it against.",
        "count 15-17 \"49\" unit=null figure value=49|49@15-17|null | 49: một số liệu, không có gì để đối chiếu. | 49: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
      ["Có 94 tổ; trong đó 45 tổ, 49 tổ.", [
        "count 3-5 \"94\" unit=tổ figure value=94|94@3-5|tổ | 94 tổ: một số liệu, không có gì để đối chiếu. | 94 tổ: a count, with nothing to check it against.",
        "sum 3-28 \"94 tổ; trong đó 45 tổ, 49\" unit=tổ consistent total=94|94@3-5|tổ parts=45|45@19-21|tổ 49|49@26-28|tổ sum=94 diff=0 tol=0 ok=true | 45 + 49 = 94, khớp với tổng 94. | 45 + 49 = 94, matching the total 94.",
        "count 19-21 \"45\" unit=tổ figure value=45|45@19-21|tổ | 45 tổ: một số liệu, không có gì để đối chiếu. | 45 tổ: a count, with nothing to check it against.",
        "count 26-28 \"49\" unit=tổ figure value=49|49@26-28|tổ | 49 tổ: một số liệu, không có gì để đối chiếu. | 49 tổ: a count, with nothing to check it against.",
        "modes half-up,half-down,half-even,up,down,ceil,floor",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it("the report-level rounding flag: pairs, no pair, claims listed in order", () => {
    const cases: [string, string[]][] = [
      ["199/200 tổ, vượt 0%; 1/8 tổ, đạt 13%; 1/3 tổ, đạt 33%.", [
        "ratio-percent 0-19 \"199/200 tổ, vượt 0%\" unit=tổ consistent a=199|199@0-3|tổ t=200|200@4-7|tổ r=0|0@17-18|null as=over modes=half-down,half-even,down,ceil computed=-1 !rounding-mismatch: (199 − 200)/200 = -0,5%; làm tròn nửa lên (half-up) đến hàng đơn vị là -1%, không phải 0% như đã in; chỉ cách làm tròn nửa xuống (half-down), nửa về số chẵn (half-even), về phía số 0 (down), lên (ceil) cho ra 0%. / (199 − 200)/200 = -0.5%; rounded half-up to a whole number this is -1%, not the printed 0%; only half-down, half-even, down, ceil rounding gives 0%. | (199 − 200)/200 = -0,5%; làm tròn nửa lên (half-up) đến hàng đơn vị là -1%, không phải 0% như đã in; chỉ cách làm tròn nửa xuống (half-down), nửa về số chẵn (half-even), về phía số 0 (down), lên (ceil) cho ra 0%. | (199 − 200)/200 = -0.5%; rounded half-up to a whole number this is -1%, not the printed 0%; only half-down, half-even, down, ceil rounding gives 0%.",
        "ratio-percent 21-36 \"1/8 tổ, đạt 13%\" unit=tổ consistent a=1|1@21-22|tổ t=8|8@23-24|tổ r=13|13@33-35|null as=attainment modes=half-up,up,ceil computed=13 | 1/8 = 12,5%; làm tròn nửa lên (half-up) đến hàng đơn vị là 13%, khớp với 13% đã in. | 1/8 = 12.5%; rounded half-up to a whole number this is 13%, as printed.",
        "ratio-percent 38-53 \"1/3 tổ, đạt 33%\" unit=tổ consistent a=1|1@38-39|tổ t=3|3@40-41|tổ r=33|33@50-52|null as=attainment modes=half-up,half-down,half-even,down,floor computed=33 | 1/3 = 33,333…%; làm tròn nửa lên (half-up) đến hàng đơn vị là 33%, khớp với 33% đã in. | 1/3 = 33.333…%; rounded half-up to a whole number this is 33%, as printed.",
        "FLAG mixed-rounding [0,1,2] Không có cách làm tròn nào cho ra cùng lúc mọi tỷ lệ đã in: báo cáo làm tròn không nhất quán. / No single rounding mode gives every printed percentage: the report rounds inconsistently.",
        "modes ",
      ]],
      ["16/15 tổ, vượt 6,6%; 14/13 tổ, vượt 7,7%; 32/30 tổ, vượt 6,6%.", [
        "ratio-percent 0-19 \"16/15 tổ, vượt 6,6%\" unit=tổ consistent a=16|16@0-2|tổ t=15|15@3-5|tổ r=6.6|6,6@15-18|null as=over modes=down,floor computed=6.7 !rounding-mismatch: (16 − 15)/15 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, không phải 6,6% như đã in; chỉ cách làm tròn về phía số 0 (down), xuống (floor) cho ra 6,6%. / (16 − 15)/15 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, not the printed 6.6%; only down, floor rounding gives 6.6%. | (16 − 15)/15 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, không phải 6,6% như đã in; chỉ cách làm tròn về phía số 0 (down), xuống (floor) cho ra 6,6%. | (16 − 15)/15 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, not the printed 6.6%; only down, floor rounding gives 6.6%.",
        "ratio-percent 21-40 \"14/13 tổ, vượt 7,7%\" unit=tổ consistent a=14|14@21-23|tổ t=13|13@24-26|tổ r=7.7|7,7@36-39|null as=over modes=half-up,half-down,half-even,up,ceil computed=7.7 | (14 − 13)/13 = 7,692…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 7,7%, khớp với 7,7% đã in. | (14 − 13)/13 = 7.692…%; rounded half-up to 1 decimal this is 7.7%, as printed.",
        "ratio-percent 42-61 \"32/30 tổ, vượt 6,6%\" unit=tổ consistent a=32|32@42-44|tổ t=30|30@45-47|tổ r=6.6|6,6@57-60|null as=over modes=down,floor computed=6.7 !rounding-mismatch: (32 − 30)/30 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, không phải 6,6% như đã in; chỉ cách làm tròn về phía số 0 (down), xuống (floor) cho ra 6,6%. / (32 − 30)/30 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, not the printed 6.6%; only down, floor rounding gives 6.6%. | (32 − 30)/30 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, không phải 6,6% như đã in; chỉ cách làm tròn về phía số 0 (down), xuống (floor) cho ra 6,6%. | (32 − 30)/30 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, not the printed 6.6%; only down, floor rounding gives 6.6%.",
        "FLAG mixed-rounding [0,1,2] Không có cách làm tròn nào cho ra cùng lúc 16/15 in thành \"vượt 6,6%\" (chỉ làm tròn về phía số 0 (down), xuống (floor)) và 14/13 in thành \"vượt 7,7%\" (chỉ làm tròn nửa lên (half-up), nửa xuống (half-down), nửa về số chẵn (half-even), ra xa số 0 (up), lên (ceil)): báo cáo làm tròn không nhất quán. / No single rounding mode gives both 16/15 printed as 6.6% over target (only down, floor) and 14/13 printed as 7.7% over target (only half-up, half-down, half-even, up, ceil): the report rounds inconsistently.",
        "modes ",
      ]],
      ["16/15 tổ, vượt 6,7%; 14/13 tổ, vượt 7,7%.", [
        "ratio-percent 0-19 \"16/15 tổ, vượt 6,7%\" unit=tổ consistent a=16|16@0-2|tổ t=15|15@3-5|tổ r=6.7|6,7@15-18|null as=over modes=half-up,half-down,half-even,up,ceil computed=6.7 | (16 − 15)/15 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, khớp với 6,7% đã in. | (16 − 15)/15 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, as printed.",
        "ratio-percent 21-40 \"14/13 tổ, vượt 7,7%\" unit=tổ consistent a=14|14@21-23|tổ t=13|13@24-26|tổ r=7.7|7,7@36-39|null as=over modes=half-up,half-down,half-even,up,ceil computed=7.7 | (14 − 13)/13 = 7,692…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 7,7%, khớp với 7,7% đã in. | (14 − 13)/13 = 7.692…%; rounded half-up to 1 decimal this is 7.7%, as printed.",
        "modes half-up,half-down,half-even,up,ceil",
      ]],
    ];
    for (const [text, expected] of cases) expect(lines(extractClaims(text)), text).toEqual(expected);
  });

  it('freezes every claim, its flags, explanation, parts and implied targets', () => {
    const r = extractClaims('Có 94 tổ, trong đó 45 tổ và 49 tổ. Có 103 đảng viên, đạt được 90%. Có 5 tổ, đạt 90%. 5/0 tổ, đạt 100%.');
    expect(r.claims.map((c) => c.kind)).toEqual(['count', 'sum', 'count', 'count', 'implied-target', 'implied-target', 'ratio']);
    expect(Object.isFrozen(r) && Object.isFrozen(r.claims) && Object.isFrozen(r.flags) && Object.isFrozen(r.commonModes)).toBe(true);
    for (const c of r.claims) {
      expect([c.kind, Object.isFrozen(c), Object.isFrozen(c.flags), Object.isFrozen(c.explanation)]).toEqual([c.kind, true, true, true]);
      for (const f of c.flags) expect(Object.isFrozen(f)).toBe(true);
      if (c.kind === 'sum') expect([Object.isFrozen(c.parts), ...c.parts.map((p) => Object.isFrozen(p)), Object.isFrozen(c.total)]).toEqual([true, true, true, true]);
      if (c.kind === 'implied-target') expect([c.impliedTargets, Object.isFrozen(c.impliedTargets)]).toEqual([c.impliedTargets, true]);
    }
    expect(r.claims.filter((c) => c.kind === 'implied-target').map((c) => (c as Extract<Claim, { kind: 'implied-target' }>).impliedTargets)).toEqual([[114, 115], []]);
  });

  it('a report flag lists its claims and is frozen', () => {
    const r = extractClaims('16/15 tổ, vượt 6,6%; 14/13 tổ, vượt 7,7%; 32/30 tổ, vượt 6,6%.');
    expect(r.flags.map((f) => [f.code, f.claims])).toEqual([['mixed-rounding', [0, 1, 2]]]);
    expect(Object.isFrozen(r.flags[0]) && Object.isFrozen(r.flags[0]?.claims)).toBe(true);
    expect(r.commonModes).toEqual([]);
  });
});
