import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from './locale-match.js';
import { ensureLocalization } from './localization.js';

/**
 * Returns the `lang` in force for an element: its own, its nearest ancestor's (crossing shadow
 * roots), else the document's. Returns an empty string when none is set.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;

  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }

  return document.documentElement.lang;
}

type LangHost = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<LangHost>();

let langObserver: MutationObserver | undefined;

// The request waits for a microtask, so that a page whose module graph imports the elements and
// then calls configureLocalization() at its top level configures @lit/localize first.
function applyLocaleOf(host: LangHost): void {
  queueMicrotask(() => {
    if (!host.isConnected) return;
    void ensureLocalization().setLocale(resolveLocale(langOf(host)));
  });
}

// Subtree observation of the document sees `lang` changes on any light-DOM ancestor of a host.
// Changes inside another element's shadow root are not seen, so hosts nested in our own elements
// follow their outer element, which sets the same page-wide locale.
function observeLangChanges(): void {
  if (langObserver) return;

  langObserver = new MutationObserver((mutations) => {
    const changed = mutations.map((mutation) => mutation.target);
    const affected = [...connectedHosts].filter((host) => changed.some((target) => target.contains(host)));
    const last = affected.at(-1);
    if (last) applyLocaleOf(last);
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Makes the page's active locale follow the `lang` of the host element, its ancestors or the
 * document, when the host connects and whenever one of those `lang` attributes changes.
 *
 * NOTE: `@lit/localize` in runtime mode has one active locale per page. When elements with
 * different `lang` values share a page, the element connected last, or whose `lang` (or an
 * ancestor's) changed last, sets the locale for all of them.
 */
export class LangLocaleController implements ReactiveController {
  private readonly host: LangHost;

  constructor(host: LangHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.delete(this.host);
    connectedHosts.add(this.host);
    observeLangChanges();
    applyLocaleOf(this.host);
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
    if (connectedHosts.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }
}
