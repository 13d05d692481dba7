import { css } from 'lit';

/** Host rules every element shares: block layout, the `--pgp-*` text tokens, border-box sizing. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--pgp-color-text, CanvasText);
    font-family: var(--pgp-font-family, inherit);
    font-size: var(--pgp-font-size, 1rem);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
