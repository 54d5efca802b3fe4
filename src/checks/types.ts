// The shape every check has: metadata that documents it (docs/checks.md is generated from it) and one pure
// function from facts to an outcome. A check never reads files; it judges the Inventory the collectors built.
import type { Evidence, Inventory, Validation } from '../model.ts';

export type CategoryId =
  'code' | 'environment' | 'data' | 'models' | 'determinism' | 'documentation' | 'license' | 'responsible-ai';

export interface CheckMeta {
  id: string;
  category: CategoryId;
  /** default points out of 100 (config may override) */
  weight: number;
  title: string;
  /** what it detects and why it matters for reproducibility */
  description: string;
  /** when the check does not apply and leaves the denominator */
  skipWhen: string;
  /** what it corresponds to: Papers with Code checklist, NeurIPS checklist question, MOF component, Model Cards */
  mapsTo: string[];
  /** the default advice; outcomes give a more specific one built from the facts */
  fix: string;
  /** which facts it looks at */
  evidenceHint?: string;
}

export interface CheckInput {
  inventory: Inventory;
  validations: Validation[];
}

export type OutcomeStatus = 'pass' | 'partial' | 'fail' | 'skip';

export interface CheckOutcome {
  status: OutcomeStatus;
  /** 0..1, for partial */
  fraction?: number;
  /** one sentence a maintainer understands */
  summary: string;
  evidence: Evidence[];
  /** specific advice: the file to add or the line to change */
  fix?: string;
}

export interface Check {
  meta: CheckMeta;
  evaluate(input: CheckInput): CheckOutcome;
}

export const CATEGORIES: { id: CategoryId; title: string }[] = [
  { id: 'code', title: 'Code' },
  { id: 'environment', title: 'Environment' },
  { id: 'data', title: 'Data' },
  { id: 'models', title: 'Models' },
  { id: 'determinism', title: 'Determinism' },
  { id: 'documentation', title: 'Documentation' },
  { id: 'license', title: 'License' },
  { id: 'responsible-ai', title: 'Responsible AI' },
];
