// The control page: the same plan as plain inputs built with the DOM API, no library. The
// difference between this page and the goal-list page is what pgp-elements costs.
import { buildBenchmarkGoals } from '../plan-fixture.mjs';

function labelled(parent, labelText, control) {
  const label = document.createElement('label');
  label.textContent = labelText;
  label.append(control);
  parent.append(label);
  return control;
}

function textInput(value) {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = value ?? '';
  return input;
}

function dateInput(value) {
  const input = document.createElement('input');
  input.type = 'date';
  input.value = value ?? '';
  return input;
}

function select(options, value) {
  const element = document.createElement('select');
  for (const option of options) element.append(new Option(option, option, false, option === value));
  return element;
}

function renderGoal(goal, goalIndex) {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = `Goal ${goalIndex + 1}`;
  fieldset.append(legend);

  const statement = document.createElement('textarea');
  statement.value = goal.statement;
  statement.dataset.field = 'statement';
  labelled(fieldset, 'Goal', statement);
  labelled(fieldset, 'Start date', dateInput(goal.startDate));
  labelled(fieldset, 'Expected completion date', dateInput(goal.targetDate));
  labelled(fieldset, 'Status', select(['NOT_STARTED', 'IN_PROGRESS', 'MET'], goal.status));

  for (const activity of goal.activities) {
    const group = document.createElement('fieldset');
    labelled(group, 'Category', select(['COLLEGE_COURSE', 'CONFERENCE_WORKSHOP_TRAINING', 'INDEPENDENT_STUDY', 'SYSTEMATIC_OBSERVATION', 'COACHING'], activity.type));
    labelled(group, 'Title', textInput(activity.title));
    labelled(group, 'Provider', textInput(activity.provider));
    labelled(group, 'Start date', dateInput(activity.startDate));
    labelled(group, 'Target date', dateInput(activity.targetDate));
    labelled(group, 'Status', select(['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'], activity.status));
    labelled(group, 'Amount', textInput(String(activity.credit.amount)));
    labelled(group, 'Unit', select(['CLOCK_HOUR', 'SEMESTER_UNIT', 'QUARTER_UNIT', 'CEU'], activity.credit.unitType));
    fieldset.append(group);
  }
  return fieldset;
}

window.renderBenchmark = async () => {
  const goals = buildBenchmarkGoals();
  const start = performance.now();

  const form = document.createElement('form');
  goals.forEach((goal, index) => form.append(renderGoal(goal, index)));
  document.querySelector('main').append(form);
  document.documentElement.getBoundingClientRect();

  return performance.now() - start;
};

window.lastStatementField = () => document.querySelectorAll('textarea[data-field="statement"]')[99];
