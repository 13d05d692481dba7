import { css } from 'lit';

export const wizardStyles = css`
  h2,
  h3 {
    font-weight: var(--pgp-legend-font-weight, 600);
    overflow-wrap: anywhere;
  }

  p,
  li,
  dd,
  dt,
  label,
  legend,
  a {
    overflow-wrap: anywhere;
  }

  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }

  .steps li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--pgp-color-muted, #595959);
  }

  .steps li.current {
    color: inherit;
    font-weight: var(--pgp-legend-font-weight, 600);
  }

  .steps li.completed {
    color: inherit;
  }

  .marker {
    display: inline-grid;
    place-items: center;
    min-width: 1.75em;
    height: 1.75em;
    border: var(--pgp-border-width, 1px) solid currentColor;
    border-radius: 50%;
    font-size: 0.875em;
  }

  .current .marker {
    border-color: var(--pgp-color-accent, #1a5fb4);
    background: var(--pgp-color-accent, #1a5fb4);
    color: var(--pgp-color-on-accent, #fff);
  }

  .step-link {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 1rem;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    background: var(--pgp-color-surface, transparent);
  }

  legend {
    padding: 0 0.25em;
    font-weight: var(--pgp-legend-font-weight, 600);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--pgp-option-gap, 0.75rem);
  }

  .hint {
    margin: 0;
    color: var(--pgp-color-muted, #595959);
  }

  input,
  select {
    width: 100%;
    max-width: 30em;
    min-height: 2.75rem;
    padding: 0.4em 0.5em;
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    font: inherit;
    color: inherit;
    background: Field;
  }

  [aria-invalid='true'] {
    border-color: var(--pgp-color-error, #b3261e);
    border-width: 2px;
  }

  .error {
    margin: 0;
    color: var(--pgp-color-error, #b3261e);
    font-weight: 600;
  }

  .error-summary {
    margin: 0 0 1rem;
    padding: var(--pgp-space, 1rem);
    border: 3px solid var(--pgp-color-error, #b3261e);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .error-summary h3 {
    margin-top: 0;
  }

  .error-summary a {
    color: var(--pgp-color-error, #b3261e);
    font-weight: 600;
  }

  .notice {
    margin: 0 0 1rem;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-inline-start-width: 6px;
    border-radius: var(--pgp-radius, 0.5rem);
    background: var(--pgp-color-surface, transparent);
  }

  .notice.warning {
    border-color: var(--pgp-color-error, #b3261e);
  }

  .notice p {
    margin-top: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1rem;
  }

  button {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    background: ButtonFace;
    color: ButtonText;
    font: inherit;
    cursor: pointer;
  }

  button.primary {
    border-color: var(--pgp-color-accent, #1a5fb4);
    background: var(--pgp-color-accent, #1a5fb4);
    color: var(--pgp-color-on-accent, #fff);
  }

  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
    padding-block-start: 1rem;
    border-top: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
  }

  .import {
    display: grid;
    gap: 0.25rem;
  }

  :is(input, select, button, a, [tabindex='-1']):focus-visible,
  .error-summary:focus,
  .notice:focus,
  h2:focus {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  .alert {
    padding: var(--pgp-space, 1rem);
    border: 2px solid var(--pgp-color-error, #b3261e);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .print-only {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .current .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* On paper only the plan summary is useful; the wizard's chrome is left out. */
  @media print {
    .steps,
    .notices,
    .toolbar,
    .actions,
    .error-summary,
    .step > p,
    .step > h3,
    .step > ul,
    #step-heading {
      display: none !important;
    }

    .print-only {
      display: block;
    }
  }
`;
