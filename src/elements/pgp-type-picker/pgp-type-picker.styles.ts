import { css } from 'lit';

export const typePickerStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    background: var(--pgp-color-surface, transparent);
  }

  legend {
    padding: 0 0.25em;
    font-weight: var(--pgp-legend-font-weight, 600);
    overflow-wrap: anywhere;
  }

  .required-cue,
  .hint,
  .description,
  .required-by {
    color: var(--pgp-color-muted, #4a4a4a);
  }

  .required-cue {
    font-weight: normal;
  }

  .hint {
    margin: 0 0 0.75em;
  }

  .options {
    display: grid;
    gap: var(--pgp-option-gap, 0.75em);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5em;
    align-items: start;
  }

  .option > :not(input) {
    grid-column: 2;
    overflow-wrap: anywhere;
  }

  /* Browsers give inputs a smaller default font (13.333px), so em sizes follow the option's font
     only once the input inherits it. At a 16px font, the 1.5em default is 24px square, which is
     the minimum target size of WCAG 2.2 (2.5.8) and the height of the label's first line. */
  input[type='checkbox'] {
    grid-row: 1;
    width: var(--pgp-checkbox-size, 1.5em);
    height: var(--pgp-checkbox-size, 1.5em);
    margin: 0;
    font: inherit;
    accent-color: var(--pgp-color-accent, auto);
  }

  input[type='checkbox']:focus-visible {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  input[aria-invalid='true'] {
    outline: 2px solid var(--pgp-color-error, #b3261e);
    outline-offset: 1px;
  }

  input[aria-invalid='true']:focus-visible {
    outline-width: var(--pgp-focus-ring-width, 3px);
  }

  label {
    grid-row: 1;
    cursor: pointer;
  }

  :host([disabled]) label,
  input:disabled + label {
    cursor: default;
    opacity: 0.7;
  }

  .description,
  .required-by {
    margin: 0;
    font-size: 0.9375em;
  }

  .required-by {
    font-style: italic;
  }

  .errors:not(:empty) {
    margin-top: 0.75em;
  }

  .error,
  .alert {
    margin: 0;
    color: var(--pgp-color-error, #b3261e);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .alert {
    padding: 0.75em;
    border: 2px solid var(--pgp-color-error, #b3261e);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .loading {
    margin: 0;
    color: var(--pgp-color-muted, #4a4a4a);
  }

  .alert:focus-visible,
  .loading:focus-visible {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    input[aria-invalid='true'],
    .alert {
      outline-color: Mark;
      border-color: Mark;
    }

    input[type='checkbox']:focus-visible,
    .alert:focus-visible,
    .loading:focus-visible {
      outline-color: Highlight;
    }

    .error,
    .alert {
      color: CanvasText;
    }
  }
`;
