import { html as litHtml } from 'lit';
import type { TemplateResult } from 'lit';

const compactStringsOf = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, without the whitespace that only indents the template source: a run of spaces
 * that contains a line break and lies between a tag and another tag or a child binding. Each such
 * run would otherwise become a text node in every copy of the template, and a plan of 100 goals
 * contains tens of thousands of them for the browser to clone, insert and skip.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compactStringsOf.get(strings);
  if (compact === undefined) {
    compact = compactTemplateStrings(strings);
    compactStringsOf.set(strings, compact);
  }
  return litHtml(compact, ...values);
}

const INDENT_BETWEEN_TAGS = />\s*\n\s*</g;
const INDENT_AFTER_TAG = />\s*\n\s*$/;
const INDENT_BEFORE_TAG = /^\s*\n\s*</;
const INDENT_ONLY = /^\s*\n\s*$/;

/** Returns the template strings with indentation removed; inside a tag nothing is changed. */
export function compactTemplateStrings(strings: readonly string[]): TemplateStringsArray {
  const scanner = new TagScanner();
  const compact = strings.map((segment) => {
    const startsInText = scanner.inText;
    scanner.scan(segment);
    if (startsInText && scanner.inText && INDENT_ONLY.test(segment)) {
      return '';
    }

    let result = segment.replace(INDENT_BETWEEN_TAGS, '><');
    if (startsInText) {
      result = result.replace(INDENT_BEFORE_TAG, '<');
    }
    if (scanner.inText) {
      result = result.replace(INDENT_AFTER_TAG, '>');
    }
    return result;
  });

  // Lit accepts only arrays shaped like a template literal's strings, as its own static
  // templates build them: the array doubles as its `raw` list.
  return Object.assign(compact, { raw: compact }) as unknown as TemplateStringsArray;
}

/** Tracks whether the template source read so far ends inside a tag or in text. */
class TagScanner {
  private tagOpen = false;

  private quote: string | null = null;

  get inText(): boolean {
    return !this.tagOpen;
  }

  scan(segment: string): void {
    for (const character of segment) {
      if (this.quote !== null) {
        if (character === this.quote) this.quote = null;
      } else if (this.tagOpen) {
        if (character === '"' || character === "'") this.quote = character;
        else if (character === '>') this.tagOpen = false;
      } else if (character === '<') {
        this.tagOpen = true;
      }
    }
  }
}
