import { PgpWizard } from './pgp-wizard.js';
import '../pgp-type-picker/define.js';
import '../pgp-goal-list/define.js';
import '../pgp-plan-summary/define.js';

/** Tag name under which `PgpWizard` is registered. */
export const WIZARD_TAG = 'pgp-wizard';

let warnedConflict = false;

/**
 * Registers `<pgp-wizard>` and the elements it embeds. Does nothing when the tag is already defined
 * by this class, and warns once when another class already has the tag, leaving that definition in place.
 */
export function defineWizard(): void {
  const existing = customElements.get(WIZARD_TAG);

  if (existing === PgpWizard) {
    return;
  }

  if (existing) {
    if (!warnedConflict) {
      warnedConflict = true;
      console.warn(
        `pgp-elements: <${WIZARD_TAG}> is already defined by another class, so this copy of ` +
          'pgp-elements did not register it. Load pgp-elements once per page, or remove the other definition.',
      );
    }
    return;
  }

  customElements.define(WIZARD_TAG, PgpWizard);
}

defineWizard();

declare global {
  interface HTMLElementTagNameMap {
    [WIZARD_TAG]: PgpWizard;
  }
}
