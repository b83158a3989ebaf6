// Reading real reports, measured: recall, precision and verdicts of extractClaims on the corpus of report
// sentences, the development part and the held-out parts (holdout, fresh3 to fresh7) (run this only at the end of a piece of work,
// so the held-out sentences stay a check rather than a target). `npm run bench:reading`.
import { extractClaims } from '../src/index.js';
import { loadCorpus, scoreCorpus, scoreLines } from '../test/claims/_corpus.js';

for (const part of ['dev', 'holdout', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7'] as const) {
  const corpus = loadCorpus(part);
  if (corpus === null) {
    console.log(`${part}: test/fixtures/report-sentences/${part}.json not found`);
    continue;
  }
  const score = scoreCorpus(corpus, (t) => extractClaims(t));
  console.log(scoreLines(part, score).join('\n'));
  if (process.argv.includes('--details')) for (const d of score.disagreements) console.log(`    ${d}`);
}
