// Goals arrays for the <pgp-goal-list> stories, in the shape of a plan's `goals`: activities inside
// their goal, evidence references on the goal or activity they document. Names of people, colleges
// and files are made up.

/** One goal of a plan, as plain JSON. */
export type Goal = Record<string, unknown>;

/** Two self-initiated goals with activities, action steps and evidence references. */
export const twoGoals: Goal[] = [
  {
    id: 'g-observation',
    statement: 'Use the DRDP observations of my group to plan small-group activities every week.',
    status: 'IN_PROGRESS',
    startDate: '2024-08-19',
    targetDate: '2025-06-13',
    actionSteps: [
      { id: 's-drdp-training', text: 'Finish the DRDP assessor training', dueDate: '2024-10-04', done: true },
      { id: 's-friday-notes', text: 'Share observation notes with my co-teacher every Friday', dueDate: '2025-01-31', done: false },
    ],
    evidence: [
      { id: 'e-drdp-certificate', fileName: 'drdp-assessor-certificate.pdf', mediaType: 'application/pdf', sizeBytes: 184320, url: 'evidence/drdp-assessor-certificate.pdf' },
    ],
    activities: [
      {
        id: 'a-drdp-training',
        type: 'CONFERENCE_WORKSHOP_TRAINING',
        title: 'DRDP (2015) assessor training',
        provider: 'Harbor County Office of Education',
        status: 'COMPLETED',
        startDate: '2024-09-07',
        completedDate: '2024-09-28',
        credit: { unitType: 'CLOCK_HOUR', amount: 12 },
        evidence: [{ id: 'e-drdp-sign-in', fileName: 'drdp-sign-in-sheet.jpg', mediaType: 'image/jpeg', sizeBytes: 402113, url: 'evidence/drdp-sign-in-sheet.jpg' }],
      },
      {
        id: 'a-cd-observation',
        type: 'COLLEGE_COURSE',
        title: 'CD 110 Observation and Assessment',
        provider: 'Harbor Community College',
        status: 'IN_PROGRESS',
        startDate: '2025-01-27',
        targetDate: '2025-05-23',
        credit: { unitType: 'SEMESTER_UNIT', amount: 3 },
      },
    ],
  },
  {
    id: 'g-teacher-permit',
    statement: 'Earn the Child Development Teacher Permit.',
    status: 'NOT_STARTED',
    startDate: '2025-01-06',
    targetDate: '2026-06-30',
    actionSteps: [{ id: 's-transcripts', text: 'Order my transcripts and count my ECE units with an advisor', dueDate: '2025-02-28', done: false }],
    activities: [
      {
        id: 'a-cd-curriculum',
        type: 'COLLEGE_COURSE',
        title: 'CD 125 Curriculum and Environments',
        provider: 'Harbor Community College',
        status: 'PLANNED',
        startDate: '2025-08-25',
        targetDate: '2025-12-12',
        credit: { unitType: 'SEMESTER_UNIT', amount: 3 },
      },
      {
        id: 'a-infant-course',
        type: 'COLLEGE_COURSE',
        title: 'CD 140 Infant and Toddler Care',
        provider: 'Valley Adult School',
        status: 'PLANNED',
        credit: { unitType: 'QUARTER_UNIT', amount: 4.5 },
      },
    ],
  },
];

/** Two Quality Improvement Plan goals with focus areas, SMART parts and 6- and 12-month follow-ups. */
export const qccGoals: Goal[] = [
  {
    id: 'g-interactions',
    statement: 'Ask more open-ended questions during meals and small-group time.',
    status: 'IN_PROGRESS',
    qccFocusArea: 'TEACHERS_AND_TEACHING',
    qccElement: 'EFFECTIVE_TEACHER_CHILD_INTERACTIONS',
    smart: {
      specific: 'Ask at least three open-ended questions at each lunch and small-group time.',
      measurable: 'My coach counts my questions in a monthly 20-minute observation.',
      achievable: 'I meet my coach twice a month and practice with a question card.',
      relevant: 'Our last CLASS observation scored Concept Development lowest.',
      timeBound: 'By the 12-month follow-up in September 2025.',
    },
    startDate: '2024-09-03',
    targetDate: '2025-08-29',
    actionSteps: [
      { id: 's-question-card', text: 'Make a card of question starters for the lunch tables', dueDate: '2024-09-20', done: true },
      { id: 's-coach-visits', text: 'Schedule two coaching visits a month', dueDate: '2024-10-01', done: true },
    ],
    followUps: [
      { id: 'f-interactions-6', checkpoint: 'MONTH_6', dueDate: '2025-03-03', completedDate: '2025-03-05', progressStatus: 'ON_TRACK', notes: 'Averaging four questions per lunch.' },
      { id: 'f-interactions-12', checkpoint: 'MONTH_12', dueDate: '2025-09-03' },
    ],
    activities: [
      {
        id: 'a-class-coaching',
        type: 'COACHING',
        title: 'CLASS-based coaching sessions',
        provider: 'Harbor Quality Counts consortium',
        status: 'IN_PROGRESS',
        startDate: '2024-09-10',
        credit: { unitType: 'CLOCK_HOUR', amount: 10 },
      },
    ],
  },
  {
    id: 'g-environment',
    statement: 'Rearrange the classroom so children can reach the art and book areas on their own.',
    status: 'NOT_STARTED',
    qccFocusArea: 'PROGRAM_AND_ENVIRONMENT',
    qccElement: 'PROGRAM_ENVIRONMENT',
    smart: {
      specific: 'Move the art shelf and the book basket to child height.',
      measurable: 'The next ECERS-3 observation scores Space and Furnishings at 5 or above.',
      achievable: 'The site budget covers two new low shelves.',
      relevant: 'Children now ask an adult for every art material.',
      timeBound: 'Before the winter break in December 2024.',
    },
    startDate: '2024-10-01',
    targetDate: '2024-12-20',
    actionSteps: [{ id: 's-order-shelves', text: 'Order two low shelves', dueDate: '2024-10-15', done: false }],
    followUps: [
      { id: 'f-environment-6', checkpoint: 'MONTH_6', dueDate: '2025-04-01' },
      { id: 'f-environment-12', checkpoint: 'MONTH_12', dueDate: '2025-10-01' },
    ],
    activities: [],
  },
];

/**
 * Permit renewal goals: 57 clock hours completed and 87 planned of the 105 a renewal needs,
 * in four categories.
 */
export const ctcGoals: Goal[] = [
  {
    id: 'g-master-teacher',
    statement: 'Renew my permit and move up to the Master Teacher Permit.',
    status: 'IN_PROGRESS',
    permitTarget: 'MASTER_TEACHER',
    startDate: '2023-07-01',
    targetDate: '2028-06-30',
    actionSteps: [{ id: 's-advisor', text: 'Meet my professional growth advisor to sign the plan', dueDate: '2023-08-15', done: true }],
    activities: [
      {
        id: 'a-adult-supervision',
        type: 'COLLEGE_COURSE',
        title: 'CD 220 Adult Supervision and Mentoring',
        provider: 'Harbor Community College',
        status: 'COMPLETED',
        startDate: '2023-08-28',
        completedDate: '2023-12-15',
        credit: { unitType: 'SEMESTER_UNIT', amount: 3 },
      },
      {
        id: 'a-conference',
        type: 'CONFERENCE_WORKSHOP_TRAINING',
        title: 'State early education conference',
        provider: 'California early education association',
        status: 'COMPLETED',
        startDate: '2024-03-14',
        completedDate: '2024-03-16',
        credit: { unitType: 'CLOCK_HOUR', amount: 12 },
      },
      {
        id: 'a-mentor-lead',
        type: 'SITE_LEADERSHIP_ROLE',
        title: 'Lead the site mentor group',
        status: 'IN_PROGRESS',
        startDate: '2024-08-19',
        credit: { unitType: 'CLOCK_HOUR', amount: 20 },
      },
    ],
  },
  {
    id: 'g-research',
    statement: 'Study how our family-style meals support language.',
    status: 'NOT_STARTED',
    permitTarget: 'MASTER_TEACHER',
    activities: [
      {
        id: 'a-meal-study',
        type: 'EDUCATIONAL_RESEARCH',
        title: 'Family-style meals and language: a classroom study',
        status: 'PLANNED',
        credit: { unitType: 'CEU', amount: 1 },
      },
    ],
  },
];

/**
 * The permit renewal goals at the end of the cycle: every activity completed, plus a second
 * course, for 117 completed clock hours of the 105 a renewal needs.
 */
export const ctcGoalsCompleted: Goal[] = ctcGoals.map((goal, goalIndex) => ({
  ...goal,
  status: 'MET',
  completedDate: '2025-06-13',
  activities: [
    ...(goal.activities as Goal[]).map((activity) => ({ ...activity, status: 'COMPLETED', completedDate: activity.completedDate ?? '2025-04-25' })),
    ...(goalIndex === 0
      ? [{ id: 'a-leadership-course', type: 'COLLEGE_COURSE', title: 'CD 230 Leadership in Early Education', provider: 'Harbor Community College', status: 'COMPLETED', completedDate: '2025-05-22', credit: { unitType: 'SEMESTER_UNIT', amount: 2 } }]
      : []),
  ],
}));

/**
 * One Quality Improvement Plan goal with problems the QCC definition reports: no focus area or
 * element, two SMART parts empty, no action step, and an expected completion date before the start.
 */
export const incompleteQccGoal: Goal[] = [
  {
    id: 'g-screenings',
    statement: 'Screen every child with the ASQ within 45 days of enrollment.',
    status: 'NOT_STARTED',
    smart: { specific: 'Screen every new child with the ASQ-3 and ASQ:SE-2.', measurable: '', achievable: '', relevant: 'Three children waited months for a referral last year.', timeBound: 'Within 45 days of each enrollment.' },
    startDate: '2025-02-03',
    targetDate: '2024-12-20',
    actionSteps: [],
    activities: [],
  },
];

/** One goal with one activity whose credit amount is still empty. */
export const goalWithEmptyAmount: Goal[] = [
  {
    id: 'g-first-aid',
    statement: 'Keep my pediatric first aid and CPR current.',
    status: 'IN_PROGRESS',
    activities: [{ id: 'a-first-aid', type: 'CPR_FIRST_AID_INSTRUCTION', title: 'Pediatric first aid and CPR', status: 'PLANNED', credit: { unitType: 'CLOCK_HOUR' } }],
  },
];

/** One goal with one activity and no evidence yet, for the evidence upload stories. */
export const goalWithoutEvidence: Goal[] = [
  {
    id: 'g-literacy',
    statement: 'Bring more storytelling into circle time.',
    status: 'IN_PROGRESS',
    activities: [{ id: 'a-storytelling', type: 'CONFERENCE_WORKSHOP_TRAINING', title: 'Storytelling with young children', status: 'COMPLETED', completedDate: '2024-11-16', credit: { unitType: 'CLOCK_HOUR', amount: 6 } }],
  },
];

const LONG_STATEMENT =
  'Build a family partnership practice for the infant and toddler room that meets families in their home language, ' +
  'including a monthly family night with interpreters in Spanish and Cantonese, a shared photo journal that goes home ' +
  'every Friday, home visits for every newly enrolled family within the first three weeks, and a short written summary ' +
  'of each child\'s developmental progress that families can take to their pediatrician, so that by the end of the ' +
  'program year every family has at least four documented conversations with the lead teacher about their child.';

const UNBROKEN_FILE_NAME = 'Certificate_of_Completion_Infant_Toddler_Family_Partnership_Series_Modules_1-12_Fall_2024_signed_by_the_instructor_and_the_site_director.pdf';

/** A goal whose statement, step, activity title, provider and file name are all very long. */
export const longTextGoals: Goal[] = [
  {
    id: 'g-family-partnership',
    statement: LONG_STATEMENT,
    status: 'IN_PROGRESS',
    startDate: '2024-08-19',
    targetDate: '2025-06-13',
    actionSteps: [
      {
        id: 's-interpreters',
        text: 'Ask the family resource center for Spanish and Cantonese interpreters for every family night from September through May, and confirm each date two weeks ahead',
        dueDate: '2024-09-06',
        done: false,
      },
    ],
    evidence: [{ id: 'e-long-name', fileName: UNBROKEN_FILE_NAME, mediaType: 'application/pdf', sizeBytes: 1048576, url: `evidence/${UNBROKEN_FILE_NAME}` }],
    activities: [
      {
        id: 'a-family-series',
        type: 'CONFERENCE_WORKSHOP_TRAINING',
        title: 'Partnering with Families of Infants and Toddlers in Their Home Language: Foundations, Cultural Humility and Communication Series',
        provider: 'Northern, Central Valley and Sierra Foothill Counties Early Learning Professional Development Partnership',
        status: 'COMPLETED',
        completedDate: '2024-12-13',
        credit: { unitType: 'CLOCK_HOUR', amount: 24 },
      },
    ],
  },
];

/** Returns a plan of `goalCount` goals with `activityCount` planned college courses each. */
export function manyGoals(goalCount: number, activityCount: number): Goal[] {
  return Array.from({ length: goalCount }, (_goal, goalIndex) => ({
    id: `g-${goalIndex + 1}`,
    statement: `Goal ${goalIndex + 1}: complete ${activityCount} courses toward the Teacher Permit.`,
    status: 'IN_PROGRESS',
    startDate: '2024-08-19',
    targetDate: '2026-06-30',
    activities: Array.from({ length: activityCount }, (_activity, activityIndex) => ({
      id: `g-${goalIndex + 1}-a-${activityIndex + 1}`,
      type: 'COLLEGE_COURSE',
      title: `Course ${activityIndex + 1} of goal ${goalIndex + 1}`,
      status: 'PLANNED',
      credit: { unitType: 'SEMESTER_UNIT', amount: 3 },
    })),
  }));
}
