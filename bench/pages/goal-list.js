// The measured page: <pgp-goal-list> from the script-tag bundle, holding the benchmark plan with
// every goal expanded.
import { buildBenchmarkGoals } from '../plan-fixture.mjs';
import { afterNextFrame } from './frame.js';

async function definitionFrom(url) {
  const response = await fetch(url);
  return response.json();
}

// Waits until the element and every element inside its shadow tree have finished updating.
async function settled(root) {
  for (let pass = 0; pass < 5; pass += 1) {
    const pending = [];
    const visit = (node) => {
      if (node.updateComplete) pending.push(node.updateComplete);
      const tree = node.shadowRoot ?? node;
      for (const child of tree.querySelectorAll('*')) {
        if (child.updateComplete) pending.push(child.updateComplete);
        if (child.shadowRoot) visit(child);
      }
    };
    visit(root);
    const results = await Promise.all(pending);
    if (results.every((done) => done === true)) return;
  }
}

window.renderBenchmark = async () => {
  await customElements.whenDefined('pgp-goal-list');
  const definition = await definitionFrom(document.body.dataset.definition);
  const goals = buildBenchmarkGoals();

  const start = performance.now();

  const goalList = document.createElement('pgp-goal-list');
  goalList.definition = definition;
  goalList.planTypes = JSON.parse(document.body.dataset.planTypes);
  goalList.value = goals;
  document.querySelector('main').append(goalList);
  await settled(goalList);
  document.documentElement.getBoundingClientRect();
  await afterNextFrame();

  return performance.now() - start;
};

window.settledGoalList = () => settled(document.querySelector('pgp-goal-list'));

function deepQuery(root, selector) {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    const inner = deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

window.lastStatementField = () => deepQuery(document, '[data-pointer="/goals/99/statement"]');
