// The side-effect-free entry: classes, types and helpers. Importing it registers no element;
// import 'pgp-elements/define' (or one element's registration module) for that.
export { PgpTypePicker } from './elements/pgp-type-picker/pgp-type-picker.js';
export { PgpGoalList } from './elements/pgp-goal-list/pgp-goal-list.js';
export { PgpPlanSummary } from './elements/pgp-plan-summary/pgp-plan-summary.js';
export { PgpWizard } from './elements/pgp-wizard/pgp-wizard.js';
export { planSummaryPrintRules } from './elements/pgp-plan-summary/pgp-plan-summary.styles.js';

export {
  isSubmitRejection,
  PGP_CHANGE,
  PGP_DEFINITION_ERROR,
  PGP_DRAFT,
  PGP_EVIDENCE_REQUEST,
  PGP_INVALID,
  PGP_STEP_CHANGE,
  PGP_SUBMIT,
  PgpChangeEvent,
  PgpDefinitionErrorEvent,
  PgpDraftEvent,
  PgpEvidenceRequestEvent,
  PgpInvalidEvent,
  PgpStepChangeEvent,
  PgpSubmitEvent,
} from './events/index.js';
export type { EvidenceUpload, SubmitRejection, SubmitRejectionError, WizardStepId } from './events/index.js';

export { FormControlElement } from './form/index.js';
export type { ControlValidity } from './form/index.js';

export {
  activeLocale,
  allLocales,
  configureSharedLocalization,
  loadPackageTemplates,
  localeReady,
  sourceLocale,
  targetLocales,
} from './i18n/index.js';
export type { LocaleCode, SharedLocalizationConfig } from './i18n/index.js';

export {
  DefinitionError,
  definitionErrorMessage,
  fetchDefinition,
  readDefinition,
} from './plan/definition.js';
export type { DefinitionModel, DefinitionProblem, PlanTypeOption } from './plan/definition.js';
export type * from './plan/types.js';

export {
  errorMessage,
  errorsAt,
  loadValidator,
  registerValidator,
  validatePlan,
} from './validation/index.js';
export type {
  PlanError,
  PlanValidator,
  StandaloneValidateFunction,
  ValidationResult,
} from './validation/index.js';
