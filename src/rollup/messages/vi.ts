// Câu tiếng Việt của các phán định tổng hợp (bảng chỉ tiêu, kiểm tra tổng, triển vọng kết nạp), viết từ
// dữ kiện của chúng; số viết theo lối Việt Nam (97,5; 1.549).
import { localize } from '../../core/_format.js';
import type { OutlookFacts, PipelineCheckFacts, RollupMessageTable, ScorecardFacts } from '../reasons.js';

const n = (x: number | string): string => localize(String(x), 'vi');

const STAGES: RollupMessageTable['stages'] = {
  awaitingCourse: 'đã được cử, đang chờ học lớp nhận thức về Đảng',
  completedAwarenessCourse: 'đã hoàn thành lớp nhận thức về Đảng, được cấp giấy chứng nhận',
  dossierInProgress: 'đang hoàn thiện hồ sơ kết nạp',
  backgroundCheck: 'đang thẩm tra lý lịch',
  proposedForAdmission: 'đã đề nghị cấp trên xem xét kết nạp',
  probationary: 'đã kết nạp, là đảng viên dự bị',
  fullMember: 'đã là đảng viên chính thức',
  sentToAwarenessCourse: 'được cử học lớp nhận thức về Đảng',
  admitted: 'đã kết nạp',
};

function scorecard(f: ScorecardFacts): string {
  const parts = [...(f.exceeded ? [`${n(f.exceeded)} vượt`] : []), ...(f.met ? [`${n(f.met)} đạt`] : [])];
  return `${n(f.metOrExceeded)}/${n(f.total)} chỉ tiêu đạt và vượt${parts.length ? ` (${parts.join(', ')})` : ''}${f.notMet ? `; ${n(f.notMet)} chỉ tiêu chưa đạt` : ''}`;
}

const sum = (f: PipelineCheckFacts): string => `${f.parts.map((p) => n(p.count)).join(' + ')} = ${n(f.sum)}`;

function outlook(f: OutlookFacts, verdict: string): string {
  const need = `Còn phải kết nạp thêm ${n(f.stillNeeded)} để đạt chỉ tiêu ${n(f.target)} (đã kết nạp ${n(f.admitted)}).`;
  const procedure = f.pastCourse > 0
    ? ` ${n(f.pastCourse)} quần chúng đã qua lớp nhận thức về Đảng và đang làm thủ tục kết nạp (${f.inProcedure.map((s) => `${n(s.count)} ${STAGES[s.id]}`).join(', ')}).`
    : '';
  return `${need}${procedure} ${verdict}`;
}

/** Bảng câu tiếng Việt của lĩnh vực tổng hợp. */
export const vi: RollupMessageTable = {
  reasons: {
    'all-met': scorecard,
    'not-all-met': scorecard,
    consistent: (f) => `Khớp: ${sum(f)}, đúng bằng tổng số ${STAGES[f.id]} (${n(f.total)}).`,
    inconsistent: (f) => `Không khớp: ${sum(f)}, khác tổng số ${STAGES[f.id]} (${n(f.total)}), chênh ${n(f.difference)}.`,
    'outlook-met': (f) => `Đã đạt chỉ tiêu ${n(f.target)} (đã kết nạp ${n(f.admitted)}).`,
    'within-reach': (f) => outlook(f, `Dự kiến kết nạp được ${n(f.expected)}: trong tầm với.`),
    'out-of-reach': (f) => outlook(f, `Kể cả khi cả ${n(f.maxPossible)} quần chúng kịp kết nạp vẫn chưa đủ: ngoài tầm với.`),
    short: (f) => outlook(f, `Dự kiến chỉ kết nạp được ${n(f.expected)}: chưa đủ.`),
    undecided: (f) => outlook(f, `Chưa có tỷ lệ chuyển tiếp cho: ${f.unknownStages.map((id) => STAGES[id]).join('; ')}, nên chưa kết luận được.`),
  },
  stages: STAGES,
  span: (f) => (f.min === f.max ? `${n(f.min)}%` : `${n(f.min)}–${n(f.max)}%`),
};
