// Sample plans for the <pgp-wizard> stories: one per shipped definition, with that program's plan
// types and its details filled in, plus the very long and the very large plans.
import type { Plan } from '../src/index.js';
import { ctcGoals, longTextGoals, manyGoals, qccGoals, twoGoals } from './goal-plans.js';

const participant = {
  registryId: '100123456',
  name: { first: 'Ana', last: 'Reyes' },
  contact: { email: 'ana@example.org', phone: '(213) 555-0142' },
};

/** Returns a self-initiated plan that the employer also asked for, under the registry's general definition. */
export function registryGeneralPlan(): Plan {
  return {
    planTypes: ['SELF_INITIATED', 'EMPLOYER_RECOMMENDED_REQUIRED'],
    fiscalYear: '2024-2025',
    participant,
    employer: { employerName: 'Harbor Children\'s Center', siteName: 'Harbor Children\'s Center, Main Street', supervisor: 'Lena Okafor', requirement: 'RECOMMENDED' },
    goals: twoGoals,
  };
}

/** Returns a stipend plan for Workforce Pathways LA, the program's required type, with a self-initiated plan. */
export function workforcePathwaysLaPlan(): Plan {
  return {
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant,
    stipend: { programName: 'Workforce Pathways LA', county: 'Los Angeles', pathway: 'PROFESSIONAL_DEVELOPMENT_HOURS' },
    goals: twoGoals,
  };
}

/** Returns a Quality Improvement Plan for a Quality Counts California site with a coach. */
export function qccPlan(): Plan {
  return {
    planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'],
    fiscalYear: '2024-2025',
    participant,
    qcc: { siteName: 'Harbor Children\'s Center', coachName: 'Marisol Vega' },
    goals: qccGoals,
  };
}

/** Returns a Child Development Permit renewal plan kept with a professional growth advisor. */
export function ctcPermitRenewalPlan(): Plan {
  return {
    planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
    fiscalYear: '2024-2025',
    participant,
    advisor: { name: { first: 'Grace', last: 'Lin' }, contact: { email: 'grace.lin@example.org' } },
    ctc: { action: 'RENEWAL', permit: { level: 'TEACHER', documentNumber: '210045678', issueDate: '2023-07-01' } },
    goals: ctcGoals,
  };
}

/** Returns a complete self-initiated plan whose names, goal statement and activity titles are very long. */
export function longTextPlan(): Plan {
  return {
    planTypes: ['SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant: {
      registryId: '100987654',
      name: { first: 'Maria Guadalupe Esperanza Concepción', last: 'Villaseñor-Castellanos de la Fuente y Montenegro' },
      contact: { email: 'maria.guadalupe.villasenor.castellanos.delafuente@infant-toddler-family-partnership.example.org' },
    },
    goals: longTextGoals,
  };
}

/** Returns a complete self-initiated plan of 100 goals with 5 activities each, the size the performance budget uses. */
export function hundredGoalsPlan(): Plan {
  return {
    planTypes: ['SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant,
    goals: manyGoals(100, 5),
  };
}
