// Registers every pgp-elements tag. Each registration module skips a tag that this copy of the
// library already defined and warns once when another class holds the tag.
import './elements/pgp-type-picker/define.js';
import './elements/pgp-goal-list/define.js';
import './elements/pgp-plan-summary/define.js';
import './elements/pgp-wizard/define.js';

export * from './index.js';
