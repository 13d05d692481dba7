export { FormControlElement, VALID } from './form-control.js';
export type { ControlValidity } from './form-control.js';
export { formDataFor, listToState, stateToList, splitList } from './form-value.js';
