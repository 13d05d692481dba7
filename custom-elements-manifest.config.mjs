// Configuration of `cem analyze`, which writes custom-elements.json from the elements' JSDoc
// (`@fires`, `@csspart`, `@cssprop`, `@attr` and the one-line property docs). Run it through
// `npm run manifest`; test/node/manifest.test.js fails when the committed file is out of date.
import { readFileSync } from 'node:fs';

// Every typed event class, exported from src/events/index.ts and named after its event.
const typedEventClasses = new Set(readFileSync('src/events/index.ts', 'utf8').match(/\bPgp[A-Za-z]+Event\b/g));

/** Converts an event name (`pgp-step-change`) to the name of its typed class (`PgpStepChangeEvent`). */
function classNameOfEvent(eventName) {
  return eventName.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase()) + 'Event';
}

/** Converts a typed event class name (`PgpStepChangeEvent`) to its event name (`pgp-step-change`). */
function eventNameOfClass(className) {
  return className
    .replace(/Event$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Replaces a tag name that is a constant (`customElements.define(WIZARD_TAG, …)`) with the string
 * the constant holds, because the analyzer (0.11) records the identifier.
 */
function tagNamesFromConstants() {
  return {
    name: 'pgp-tag-names-from-constants',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const literal = /^'([a-z][a-z0-9]*-[a-z0-9-]+)'$/.exec(declaration.default ?? '');
          if (declaration.kind === 'variable' && literal) constants.set(declaration.name, literal[1]);
        }
      }

      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (constants.has(declaration.tagName)) declaration.tagName = constants.get(declaration.tagName);
        }
        for (const moduleExport of module.exports ?? []) {
          const isDefinition = moduleExport.kind === 'custom-element-definition';
          if (isDefinition && constants.has(moduleExport.name)) moduleExport.name = constants.get(moduleExport.name);
        }
      }
    },
  };
}

/**
 * Corrects what the analyzer (0.11) infers from `dispatchEvent(new PgpStepChangeEvent(from, to))`:
 * it takes the constructor's first argument (`from`) as the event name. Each typed event class is
 * named after its event, so the inferred entry's type goes to the documented `@fires` entry of
 * that name. An event without a `@fires` entry stays listed, under its real name and without a
 * description. A documented `pgp-*` event dispatched from a controller, which the analyzer does not
 * see, gets the type of its class too.
 */
function typedEventsByClassName() {
  return {
    name: 'pgp-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = mergeTypedEvents(declaration.events);
        }
      }
    },
  };
}

function mergeTypedEvents(events) {
  const documented = new Map(events.filter((event) => event.description).map((event) => [event.name, event]));
  const merged = [];

  for (const event of events) {
    const className = event.type?.text ?? '';
    const isTypedClass = /^Pgp[A-Za-z]+Event$/.test(className);
    if (!isTypedClass) {
      if (!merged.includes(event)) merged.push(event);
      continue;
    }

    const name = eventNameOfClass(className);
    const entry = documented.get(name);
    if (entry) {
      entry.type = { text: className };
      if (!merged.includes(entry)) merged.push(entry);
    } else if (!merged.some((kept) => kept.name === name)) {
      merged.push({ name, type: { text: className } });
    }
  }

  for (const event of merged) {
    const className = classNameOfEvent(event.name ?? '');
    if (!event.type && typedEventClasses.has(className)) event.type = { text: className };
  }

  return merged;
}

/**
 * Drops attributes that the analyzer (0.11) lists for internal reactive state
 * (`errorsShown: { state: true }` in a static `properties` block): such a field has no attribute.
 */
function noAttributesForInternalState() {
  return {
    name: 'pgp-no-attributes-for-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hiddenFields = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !hiddenFields.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

/**
 * Sorts the modules by path. The analyzer lists them in the order the file system returns them,
 * which differs between checkouts, and the committed manifest must not depend on it.
 */
function modulesInPathOrder() {
  return {
    name: 'pgp-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((left, right) => {
        if (left.path === right.path) return 0;
        return left.path < right.path ? -1 : 1;
      });
    },
  };
}

export default {
  // src/form contains the base class of the form controls: without it the manifest would miss the
  // `name`, `disabled`, `required` and `readonly` members that the controls inherit.
  globs: ['src/elements/**/*.ts', 'src/form/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [tagNamesFromConstants(), typedEventsByClassName(), noAttributesForInternalState(), modulesInPathOrder()],
};
