export { evaluateChecks, rankFixes, gradeFor, pointsFor } from './score.ts';
export type { Evaluation, RankedFix, ScoreConfig } from './score.ts';
export { standards, pwcChecklist, mofClass } from './standards/index.ts';
