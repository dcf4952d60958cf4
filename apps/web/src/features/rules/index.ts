export { RuleCheckForm } from './components/rule-check-form';
export { RuleCheckResults } from './components/rule-check-results';
export { RuleEntryDetail } from './components/rule-entry-detail';
export { RuleCatalogue } from './components/rule-catalogue';
export { useRuleEntry, useRuleEntries, useRuleCheck } from './api/rules-api';
export { formatLegalBasis } from './lib/legal-basis';
export { CATALOGUE_PATH, REPORT_PATH, RULE_CHECK_PATH, rulePath } from './lib/paths';
