// The control page: the same plan as plain inputs built with the DOM API, no library. It shows
// every field <pgp-goal-list> shows for a Child Development Permit plan, with the same choices in
// each list, so the difference between the two pages is what pgp-elements costs. The goal list's
// buttons (move, remove, add) and its totals have no counterpart here, so they count as its cost.
import { buildBenchmarkGoals } from '../plan-fixture.mjs';
import { afterNextFrame } from './frame.js';

const GOAL_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'MET', 'PARTIALLY_MET', 'NOT_MET', 'REVISED', 'DISCONTINUED'];
const PERMIT_LEVELS = ['ASSISTANT', 'ASSOCIATE_TEACHER', 'TEACHER', 'MASTER_TEACHER', 'SITE_SUPERVISOR', 'PROGRAM_DIRECTOR'];
const ACTIVITY_TYPES = [
  'COLLEGE_COURSE',
  'CONFERENCE_WORKSHOP_TRAINING',
  'SITE_LEADERSHIP_ROLE',
  'PROFESSIONAL_ORGANIZATION_LEADERSHIP',
  'PROFESSIONAL_GROWTH_ADVISOR_SERVICE',
  'EDUCATIONAL_RESEARCH',
  'SYSTEMATIC_OBSERVATION',
  'INDEPENDENT_STUDY',
  'BASIC_SKILLS',
  'CREATIVE_ENDEAVOR',
  'CPR_FIRST_AID_INSTRUCTION',
  'COACHING',
  'OTHER',
];
const ACTIVITY_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];
const UNIT_TYPES = ['CLOCK_HOUR', 'SEMESTER_UNIT', 'QUARTER_UNIT', 'CEU'];

function labelled(parent, labelText, control) {
  const label = document.createElement('label');
  label.textContent = labelText;
  label.append(control);
  parent.append(label);
  return control;
}

function input(type, value) {
  const element = document.createElement('input');
  element.type = type;
  element.value = value ?? '';
  return element;
}

function checkbox(checked) {
  const element = document.createElement('input');
  element.type = 'checkbox';
  element.checked = checked;
  return element;
}

// Like the goal list, each list starts with an empty choice.
function select(options, value) {
  const element = document.createElement('select');
  element.append(new Option('', '', false, value === undefined));
  for (const option of options) element.append(new Option(option, option, false, option === value));
  return element;
}

function evidence(parent) {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = 'Evidence';
  group.append(legend);
  labelled(group, 'Add a file', input('file'));
  parent.append(group);
}

function renderActivity(parent, activity) {
  const group = document.createElement('fieldset');
  labelled(group, 'Category', select(ACTIVITY_TYPES, activity.type));
  labelled(group, 'Title', input('text', activity.title));
  labelled(group, 'Provider', input('text', activity.provider));
  labelled(group, 'Status', select(ACTIVITY_STATUSES, activity.status));
  labelled(group, 'Start date', input('date', activity.startDate));
  labelled(group, 'Target date', input('date', activity.targetDate));
  labelled(group, 'Done', checkbox(activity.status === 'COMPLETED'));
  labelled(group, 'Amount', input('text', String(activity.credit.amount)));
  labelled(group, 'Unit', select(UNIT_TYPES, activity.credit.unitType));
  evidence(group);
  parent.append(group);
}

// With `?content-visibility` in its address, the page lets the browser skip goals far from the
// viewport as <pgp-goal-list> does, so the benchmark can also report the library's cost apart
// from that browser feature.
const skipOffscreenGoals = new URLSearchParams(location.search).has('content-visibility');

function renderGoal(goal, goalIndex) {
  const fieldset = document.createElement('fieldset');
  if (skipOffscreenGoals) {
    fieldset.style.contentVisibility = 'auto';
    fieldset.style.containIntrinsicBlockSize = 'auto 40em';
  }
  const legend = document.createElement('legend');
  legend.textContent = `Goal ${goalIndex + 1}`;
  fieldset.append(legend);

  const statement = document.createElement('textarea');
  statement.value = goal.statement;
  statement.dataset.field = 'statement';
  labelled(fieldset, 'Goal', statement);
  labelled(fieldset, 'Status', select(GOAL_STATUSES, goal.status));
  labelled(fieldset, 'Goal met', checkbox(goal.status === 'MET'));
  labelled(fieldset, 'Start date', input('date', goal.startDate));
  labelled(fieldset, 'Expected completion date', input('date', goal.targetDate));
  labelled(fieldset, 'Permit level sought', select(PERMIT_LEVELS, goal.permitTarget));

  for (const step of goal.actionSteps) {
    labelled(fieldset, 'Step', input('text', step.text));
    labelled(fieldset, 'Due date', input('date', step.dueDate));
    labelled(fieldset, 'Done', checkbox(step.done === true));
  }
  evidence(fieldset);

  for (const activity of goal.activities) renderActivity(fieldset, activity);
  return fieldset;
}

window.renderBenchmark = async () => {
  const goals = buildBenchmarkGoals();
  const start = performance.now();

  const form = document.createElement('form');
  goals.forEach((goal, index) => form.append(renderGoal(goal, index)));
  document.querySelector('main').append(form);
  document.documentElement.getBoundingClientRect();
  await afterNextFrame();

  return performance.now() - start;
};

window.lastStatementField = () => document.querySelectorAll('textarea[data-field="statement"]')[99];
