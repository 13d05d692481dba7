import type { Choice } from './goal-labels.js';

/** The options of one choice list in one language, built once and copied into each `<select>`. */
export interface OptionList {
  /** An empty first option, then one option per choice, labelled in the current language. */
  readonly options: DocumentFragment;
  /** Position of each value's option, the empty value's included. */
  readonly indexOfValue: ReadonlyMap<string, number>;
}

const optionListsByText = new Map<string, OptionList>();

/**
 * Builds the option lists of one render. Labels are read once per choice list and render, so a
 * plan of many rows calls `msg()` for each label once, and rows with the same labels share one
 * prepared list. A language change gives new labels and so new lists.
 */
export class OptionLists {
  private readonly lists = new Map<readonly Choice[], Map<string, OptionList>>();

  /** Returns the option list of `choices` with `emptyLabel` as the text of the empty first option. */
  of(choices: readonly Choice[], emptyLabel: string): OptionList {
    let byEmptyLabel = this.lists.get(choices);
    if (byEmptyLabel === undefined) {
      byEmptyLabel = new Map();
      this.lists.set(choices, byEmptyLabel);
    }
    let list = byEmptyLabel.get(emptyLabel);
    if (list === undefined) {
      list = sharedOptionList(choices, emptyLabel);
      byEmptyLabel.set(emptyLabel, list);
    }
    return list;
  }
}

function sharedOptionList(choices: readonly Choice[], emptyLabel: string): OptionList {
  const labels = choices.map((choice) => choice.label());
  const text = JSON.stringify([emptyLabel, choices.map((choice) => choice.value), labels]);
  let list = optionListsByText.get(text);
  if (list === undefined) {
    const options = document.createDocumentFragment();
    options.append(new Option(emptyLabel, ''));
    choices.forEach((choice, index) => options.append(new Option(labels[index], choice.value)));
    const indexOfValue = new Map(choices.map((choice, index) => [choice.value, index + 1]));
    indexOfValue.set('', 0);
    list = { options, indexOfValue };
    optionListsByText.set(text, list);
  }
  return list;
}

/**
 * The options of one `<select>`: a copy of an option list, with the stored value selected. The
 * empty option is selected when nothing or a non-text value is stored. A stored value the list
 * does not contain gets an extra option showing the value itself, so it stays selected and is
 * not replaced by a neighbouring choice. Copying prepared options costs far less than a template
 * per option, and the select keeps its options until the list changes.
 */
export class SelectOptions {
  private shownList: OptionList | undefined;

  private extraOption: HTMLOptionElement | undefined;

  constructor(private readonly select: HTMLSelectElement) {}

  /** Shows `list` in the select, with the option of `stored` selected. */
  show(list: OptionList, stored: unknown): void {
    const value = typeof stored === 'string' ? stored : '';
    const index = list.indexOfValue.get(value);

    if (list !== this.shownList) {
      // Selecting in the copy before it is inserted spares the select a second selection pass.
      const options = list.options.cloneNode(true) as DocumentFragment;
      if (index !== undefined) {
        (options.children[index] as HTMLOptionElement).selected = true;
      }
      this.extraOption = index === undefined ? appendExtraOption(options, value) : undefined;
      this.select.replaceChildren(options);
      this.shownList = list;
      return;
    }

    if (index === undefined && this.extraOption?.value !== value) {
      this.extraOption?.remove();
      this.extraOption = appendExtraOption(this.select, value);
    } else if (index !== undefined && this.extraOption) {
      this.extraOption.remove();
      this.extraOption = undefined;
    }
    if (this.select.value !== value) {
      this.select.value = value;
    }
  }
}

function appendExtraOption(parent: ParentNode, value: string): HTMLOptionElement {
  const option = new Option(value, value, false, true);
  parent.append(option);
  return option;
}
