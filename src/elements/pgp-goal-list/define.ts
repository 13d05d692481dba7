import { PgpGoalList } from './pgp-goal-list.js';

/** Tag name under which `PgpGoalList` is registered. */
export const GOAL_LIST_TAG = 'pgp-goal-list';

let warnedConflict = false;

/**
 * Registers `<pgp-goal-list>`. Does nothing when the tag is already defined by this class, and
 * warns once when another class already has the tag, leaving that definition in place.
 */
export function defineGoalList(): void {
  const existing = customElements.get(GOAL_LIST_TAG);

  if (existing === PgpGoalList) {
    return;
  }

  if (existing) {
    if (!warnedConflict) {
      warnedConflict = true;
      console.warn(
        `pgp-elements: <${GOAL_LIST_TAG}> is already defined by another class, so this copy of ` +
          'pgp-elements did not register it. Load pgp-elements once per page, or remove the other definition.',
      );
    }
    return;
  }

  customElements.define(GOAL_LIST_TAG, PgpGoalList);
}

defineGoalList();

declare global {
  interface HTMLElementTagNameMap {
    [GOAL_LIST_TAG]: PgpGoalList;
  }
}
