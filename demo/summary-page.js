// Page script of /plans/:id. It reads the plan from the JSON data block #plan-data, gives it to
// <pgp-plan-summary>, and then shows the summary in place of the server-rendered view. When the
// summary cannot load its definition, the server-rendered view stays.

const summary = document.getElementById('plan-summary');
const fallback = document.getElementById('plan-fallback');
const dataBlock = document.getElementById('plan-data');

let definitionFailed = false;

// The summary would still show the plan, with its built-in labels, but the server rendered its view
// with the definition, so that view is the better of the two then.
summary.addEventListener('pgp-definition-error', () => {
  definitionFailed = true;
  summary.hidden = true;
  fallback.hidden = false;
});

showSummary();

async function showSummary() {
  let plan;
  try {
    plan = JSON.parse(dataBlock.textContent);
  } catch {
    // The server wrote the block with JSON.stringify, so this only happens to a damaged page.
    return;
  }

  await customElements.whenDefined('pgp-plan-summary');
  if (definitionFailed) return;
  summary.plan = plan;
  summary.hidden = false;
  fallback.hidden = true;
}
