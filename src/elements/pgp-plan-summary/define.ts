import { PgpPlanSummary } from './pgp-plan-summary.js';

/** Tag name under which `PgpPlanSummary` is registered. */
export const PLAN_SUMMARY_TAG = 'pgp-plan-summary';

let warnedConflict = false;

/**
 * Registers `<pgp-plan-summary>`. Does nothing when the tag is already defined by this class, and
 * warns once when another class already has the tag, leaving that definition in place.
 */
export function definePlanSummary(): void {
  const existing = customElements.get(PLAN_SUMMARY_TAG);

  if (existing === PgpPlanSummary) {
    return;
  }

  if (existing) {
    if (!warnedConflict) {
      warnedConflict = true;
      console.warn(
        `pgp-elements: <${PLAN_SUMMARY_TAG}> is already defined by another class, so this copy of ` +
          'pgp-elements did not register it. Load pgp-elements once per page, or remove the other definition.',
      );
    }
    return;
  }

  customElements.define(PLAN_SUMMARY_TAG, PgpPlanSummary);
}

definePlanSummary();

declare global {
  interface HTMLElementTagNameMap {
    [PLAN_SUMMARY_TAG]: PgpPlanSummary;
  }
}
