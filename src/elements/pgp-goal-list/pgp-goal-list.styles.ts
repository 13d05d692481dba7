import { css } from 'lit';

export const goalListStyles = css`
  [hidden] {
    display: none !important;
  }

  h2,
  h3,
  h4,
  legend {
    margin: 0;
    font-size: 1em;
    font-weight: var(--pgp-legend-font-weight, 600);
    overflow-wrap: anywhere;
  }

  h2 {
    font-size: 1.25em;
    margin-bottom: 0.5em;
  }

  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .goals,
  .sub-list {
    display: grid;
    gap: var(--pgp-option-gap, 0.75em);
  }

  .goal {
    min-width: 0;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    background: var(--pgp-color-surface, transparent);
    /* The browser skips style, layout and paint of goals far from the viewport, so a plan of
       many goals renders and takes keystrokes at the cost of the few goals in view. The size
       is a placeholder for a goal not shown yet, and a goal that was shown keeps its last size. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40em;
  }

  .goal-body,
  .activity,
  .sub-row {
    display: grid;
    gap: var(--pgp-option-gap, 0.75em);
    min-width: 0;
  }

  .goal-body {
    margin-top: 0.75em;
  }

  .activity,
  .sub-row {
    padding-top: 0.75em;
    border-top: 1px solid var(--pgp-color-border, #767676);
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0.75em;
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
    display: grid;
    gap: var(--pgp-option-gap, 0.75em);
  }

  .row-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }

  .row-title:focus-visible {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--pgp-option-gap, 0.75em);
    align-items: start;
  }

  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  .field.check {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    column-gap: 0.5em;
    align-self: end;
  }

  .field.check .errors {
    grid-column: 1 / -1;
  }

  label {
    overflow-wrap: anywhere;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-width: 0;
    max-width: 100%;
    padding: 0.375em 0.5em;
    border: 1px solid var(--pgp-color-border, #767676);
    border-radius: calc(var(--pgp-radius, 0.5rem) / 2);
    font: inherit;
    color: inherit;
    background: Field;
  }

  input[type='file'] {
    padding: 0.25em;
  }

  textarea {
    resize: vertical;
  }

  input[type='checkbox'] {
    width: var(--pgp-checkbox-size, 1.25em);
    height: var(--pgp-checkbox-size, 1.25em);
    margin: 0;
    accent-color: var(--pgp-color-accent, auto);
  }

  button {
    padding: 0.375em 0.75em;
    border: 1px solid var(--pgp-color-border, #767676);
    border-radius: calc(var(--pgp-radius, 0.5rem) / 2);
    font: inherit;
    color: inherit;
    background: ButtonFace;
    cursor: pointer;
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
  }

  button[aria-disabled='true'],
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .disclosure {
    border: none;
    background: none;
    padding: 0.25em 0;
    font-weight: inherit;
  }

  .disclosure::before {
    content: '▸ ';
  }

  .disclosure[aria-expanded='true']::before {
    content: '▾ ';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .list-actions {
    margin-bottom: 0.75em;
  }

  .add {
    justify-self: start;
    margin-top: 0.75em;
  }

  :is(input, select, textarea, button):focus-visible {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  [aria-invalid='true'] {
    border-color: var(--pgp-color-error, #b3261e);
    outline: 2px solid var(--pgp-color-error, #b3261e);
    outline-offset: 1px;
  }

  [aria-invalid='true']:focus-visible {
    outline-width: var(--pgp-focus-ring-width, 3px);
  }

  .hint,
  .summary,
  .hours,
  .required-cue {
    margin: 0;
    color: var(--pgp-color-muted, #4a4a4a);
    overflow-wrap: anywhere;
  }

  .required-cue {
    font-weight: normal;
  }

  .references li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    overflow-wrap: anywhere;
  }

  .upload-status:empty {
    display: none;
  }

  .pending {
    margin: 0;
  }

  .totals {
    margin-top: 1em;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .totals-list {
    margin: 0.5em 0;
    display: grid;
    gap: 0.25em;
  }

  .target-status {
    margin: 0;
    font-weight: 600;
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
    [aria-invalid='true'],
    .alert {
      outline-color: Mark;
      border-color: Mark;
    }

    :is(input, select, textarea, button, .row-title):focus-visible {
      outline-color: Highlight;
    }

    .error,
    .alert {
      color: CanvasText;
    }

    button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
