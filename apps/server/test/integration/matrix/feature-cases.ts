import type { FeatureCases } from './matrix-types';
import { followUpCases } from './follow-up.cases';
import { monitoringCases } from './monitoring.cases';
import { appealsCases } from './appeals.cases';
import { outreachCases } from './outreach.cases';
import { registryCases } from './registry.cases';
import { caseDocumentsCases } from './case-documents.cases';

// Each feature keeps its routes' matrix entries in its own file (one file per feature owner).
export const FEATURE_CASES: FeatureCases[] = [
  registryCases,
  appealsCases,
  outreachCases,
  monitoringCases,
  followUpCases,
  caseDocumentsCases,
];
