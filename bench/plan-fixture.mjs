// Builds the benchmark plan: 100 goals of 5 activities each, with every field the goal list shows
// for a Child Development Permit plan filled in, so both pages render the same amount of content.
export const GOAL_COUNT = 100;
export const ACTIVITIES_PER_GOAL = 5;

const activityTypes = ['COLLEGE_COURSE', 'CONFERENCE_WORKSHOP_TRAINING', 'INDEPENDENT_STUDY', 'SYSTEMATIC_OBSERVATION', 'COACHING'];

export function buildBenchmarkGoals() {
  return Array.from({ length: GOAL_COUNT }, (_, goalIndex) => ({
    id: `goal-${goalIndex}`,
    statement: `Goal ${goalIndex + 1}: strengthen how I observe and document children's learning`,
    startDate: '2024-08-01',
    targetDate: '2025-06-30',
    status: 'IN_PROGRESS',
    actionSteps: [{ id: `step-${goalIndex}`, text: 'Meet my advisor to plan the activities', done: false }],
    activities: Array.from({ length: ACTIVITIES_PER_GOAL }, (_, activityIndex) => ({
      id: `activity-${goalIndex}-${activityIndex}`,
      type: activityTypes[activityIndex],
      title: `Activity ${activityIndex + 1} of goal ${goalIndex + 1}`,
      provider: 'Community college',
      startDate: '2024-09-01',
      targetDate: '2024-12-15',
      status: 'PLANNED',
      credit: { unitType: activityIndex === 0 ? 'SEMESTER_UNIT' : 'CLOCK_HOUR', amount: activityIndex === 0 ? 3 : 6 },
    })),
  }));
}
