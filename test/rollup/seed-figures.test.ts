import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admissionOutlook, attainment, memberPipeline, rollup, scorecard } from '../../src/index.js';

interface SeedCase { id: string; kind: string; total?: number; parts?: number[]; stages?: Record<string, number>; expect?: Record<string, unknown> }
const seeds = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-figures.json'), 'utf8')) as { cases: SeedCase[] };
const seed = (id: string): SeedCase => {
  const c = seeds.cases.find((x) => x.id === id);
  if (!c) throw new Error(`no seed case ${id}`);
  return c;
};

describe('seed figures: rollups, scorecards and pipelines', () => {
  it('bt-2023-scorecard: "Kết quả 6/6 chỉ tiêu chủ yếu đạt và vượt" (4 listed, 2 known only by status)', () => {
    const c = seed('bt-2023-scorecard');
    const s = scorecard([
      { label: 'tổ chức đảng', achieved: 3, target: 3 },
      { label: 'đảng viên mới', achieved: 103, target: 80 },
      { label: 'công đoàn cơ sở', achieved: 16, target: 15 },
      { label: 'Đoàn, Hội LHTN', achieved: 14, target: 13 },
      { label: 'chỉ tiêu 5 (không nêu số liệu)', status: 'met' },
      { label: 'chỉ tiêu 6 (không nêu số liệu)', status: 'met' },
    ]);
    expect([s.metOrExceeded, s.total]).toEqual([c.expect!.met, c.expect!.total]);
    expect(s.label).toBe('6/6');
    expect(s.explanation.vi).toBe('6/6 chỉ tiêu đạt và vượt (3 vượt, 3 đạt)');
    expect(s.distribution).toMatchObject({ min: '100', max: '128.75' });
  });

  it('bt-party-orgs-sum as a rollup: 10 + 63 = 73', () => {
    const c = seed('bt-party-orgs-sum');
    const r = rollup({ nodes: [
      { id: 'tinh', name: 'Toàn Đảng bộ tỉnh' },
      { id: 'khoi', name: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh', parent: 'tinh', indicators: { partyOrgs: { achieved: c.parts![0]! } } },
      { id: 'huyen', name: 'Các huyện, thị, thành ủy', parent: 'tinh', indicators: { partyOrgs: { achieved: c.parts![1]! } } },
    ] });
    const top = r.nodes[0]!.indicators.partyOrgs!;
    expect(top.achieved).toBe(String(c.total));
    expect(top.contributions.map((x) => Number(x.achieved))).toEqual(c.parts);
    expect(c.expect!.consistent).toBe(true);
  });

  it('nt-orgs-by-type as a rollup: 45 + 14 + 35 = 94', () => {
    const c = seed('nt-orgs-by-type');
    const types = ['hanh-chinh', 'su-nghiep', 'doanh-nghiep'];
    const r = rollup({ nodes: [
      { id: 'khoi', name: 'Đảng bộ Khối CQ-DN tỉnh Ninh Thuận' },
      ...types.map((id, i) => ({ id, parent: 'khoi', indicators: { grassrootsOrgs: { achieved: c.parts![i]! } } })),
    ] });
    expect(r.nodes[0]!.indicators.grassrootsOrgs!.achieved).toBe(String(c.total));
  });

  it('hp-kkt-since-2020: "thành lập mới 95 tổ chức công đoàn, đạt 100-275% chỉ tiêu" as a distribution over years', () => {
    seed('hp-kkt-since-2020');
    // The report gives only the total (95) and the range; these yearly figures are illustrative and
    // consistent with both: 20 + 11 + 22 + 21 + 21 = 95, attaining 100%, 275%, 110%, 105%, 105%.
    const years = [
      { label: '2020', achieved: 20, target: 20 },
      { label: '2021', achieved: 11, target: 4 },
      { label: '2022', achieved: 22, target: 20 },
      { label: '2023', achieved: 21, target: 20 },
      { label: '2024', achieved: 21, target: 20 },
    ];
    expect(years.reduce((s, y) => s + y.achieved, 0)).toBe(95);
    const s = scorecard(years);
    expect(s.distribution).toMatchObject({ min: '100', max: '275', minItem: 0, maxItem: 1, text: { vi: '100–275%', en: '100–275%' } });
    expect(s.label).toBe('5/5');
  });

  it('bd-bencat-pipeline: 32 past the course, 15 dossiers; against the assigned 20/50 still 30 to go', () => {
    const c = seed('bd-bencat-pipeline');
    const p = memberPipeline({ counts: c.stages! });
    expect(p.stages.find((s) => s.id === 'completedAwarenessCourse')!.count).toBe(32);
    expect(p.stages.find((s) => s.id === 'dossierInProgress')!.count).toBe(15);
    const o = admissionOutlook({ target: 50, admitted: 20, pipeline: { counts: c.stages! } });
    expect(o.stillNeeded).toBe(30);
    expect(attainment({ achieved: 20, target: 50 }).shortfall).toBe('30');
    expect(o).toMatchObject({ pastCourse: 15, maxPossible: 47, withinReach: null });
  });

  it('bd-vsip-pipeline: 78 + 30 = 108; 80 − 72 = 8 still needed; 2 + 14 = 16 past the course', () => {
    const c = seed('bd-vsip-pipeline');
    const sum = c.expect!.sumOfParts as { total: number; parts: number[]; consistent: boolean };
    const p = memberPipeline({ asOf: '2024-07-16', counts: c.stages! });
    expect(p.checks).toHaveLength(1);
    expect(p.checks[0]).toMatchObject({ id: 'sentToAwarenessCourse', total: sum.total, sum: sum.total, consistent: sum.consistent });
    expect(p.checks[0]!.parts.map((x) => x.count)).toEqual(sum.parts);
    const o = admissionOutlook({ target: 80, admitted: 72, pipeline: { asOf: '2024-07-16', counts: c.stages! } });
    expect(o.stillNeeded).toBe(8);
    expect(o.pastCourse).toBe(16);
    expect(o.stages.find((s) => s.id === 'backgroundCheck')!.atOrPast).toBe(16);
  });
});
