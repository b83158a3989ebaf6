// The English sentences of the rollup area's verdicts (scorecards, checks of totals, admission
// outlooks), written from their facts.
import { localize } from '../../core/_format.js';
import type { OutlookFacts, PipelineCheckFacts, RollupMessageTable, ScorecardFacts } from '../reasons.js';

const n = (x: number | string): string => localize(String(x), 'en');

const STAGES: RollupMessageTable['stages'] = {
  awaitingCourse: 'sent to the Party awareness course, not yet completed',
  completedAwarenessCourse: 'completed the Party awareness course (certificate issued)',
  dossierInProgress: 'admission dossier in preparation',
  backgroundCheck: 'background verification under way',
  proposedForAdmission: 'proposed to the superior committee for admission',
  probationary: 'admitted, probationary member',
  fullMember: 'full member',
  sentToAwarenessCourse: 'sent to the Party awareness course',
  admitted: 'admitted',
};

function scorecard(f: ScorecardFacts): string {
  const parts = [...(f.exceeded ? [`${n(f.exceeded)} exceeded`] : []), ...(f.met ? [`${n(f.met)} met`] : [])];
  return `${n(f.metOrExceeded)} of ${n(f.total)} targets met or exceeded${parts.length ? ` (${parts.join(', ')})` : ''}${f.notMet ? `; ${n(f.notMet)} not met` : ''}`;
}

const sum = (f: PipelineCheckFacts): string => `${f.parts.map((p) => n(p.count)).join(' + ')} = ${n(f.sum)}`;

function outlook(f: OutlookFacts, verdict: string): string {
  const need = `${n(f.stillNeeded)} more admissions are needed for the target of ${n(f.target)} (${n(f.admitted)} admitted).`;
  const procedure = f.pastCourse > 0
    ? ` ${n(f.pastCourse)} candidates are past the awareness course, in the admission procedure (${f.inProcedure.map((s) => `${n(s.count)} ${STAGES[s.id]}`).join(', ')}).`
    : '';
  return `${need}${procedure} ${verdict}`;
}

/** The English sentences of the rollup area. */
export const en: RollupMessageTable = {
  reasons: {
    'all-met': scorecard,
    'not-all-met': scorecard,
    consistent: (f) => `Consistent: ${sum(f)}, the number ${STAGES[f.id]} (${n(f.total)}).`,
    inconsistent: (f) => `Inconsistent: ${sum(f)}, not the number ${STAGES[f.id]} (${n(f.total)}), off by ${n(f.difference)}.`,
    'outlook-met': (f) => `The target of ${n(f.target)} is met (${n(f.admitted)} admitted).`,
    'within-reach': (f) => outlook(f, `Expected admissions ${n(f.expected)}: within reach.`),
    'out-of-reach': (f) => outlook(f, `Even if all ${n(f.maxPossible)} candidates were admitted in time it would not be enough: out of reach.`),
    short: (f) => outlook(f, `Expected admissions only ${n(f.expected)}: short of it.`),
    undecided: (f) => outlook(f, `No conversion rate for: ${f.unknownStages.map((id) => STAGES[id]).join('; ')}, so it cannot be decided yet.`),
  },
  stages: STAGES,
  span: (f) => (f.min === f.max ? `${n(f.min)}%` : `${n(f.min)}–${n(f.max)}%`),
};
