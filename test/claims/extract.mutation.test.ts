import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { lines } from './_claimLines.js';

// Crafted report sentences aimed at the mutants left by a mutation run over src/claims/_extract.ts.
// Each case pins the whole extraction: every claim (kind, span and text, unit, verdict, figures with
// their offsets, flags and both explanations), the report flags and the common modes.

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
      ["Có 94, trong đó 45 chi bộ và 49 chi bộ.", [
        "count 3-5 \"94\" unit=null figure value=94|94@3-5|null | 94: một số liệu, không có gì để đối chiếu. | 94: a count, with nothing to check it against.",
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
