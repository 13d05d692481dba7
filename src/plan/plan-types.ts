import { msg } from '@lit/localize';
import type { PlanTypeId } from './types.js';

export interface PlanTypeText {
  title: string;
  description: string;
}

/** Returns the localized title and description of a built-in plan type. */
export function planTypeText(id: PlanTypeId): PlanTypeText {
  switch (id) {
    case 'SELF_INITIATED':
      return {
        title: msg('Individual, self-initiated', { id: 'planType.SELF_INITIATED.title' }),
        description: msg('Goals you choose for yourself and keep for your own use.', {
          id: 'planType.SELF_INITIATED.description',
        }),
      };
    case 'EMPLOYER_RECOMMENDED_REQUIRED':
      return {
        title: msg('Employer recommended or required', { id: 'planType.EMPLOYER_RECOMMENDED_REQUIRED.title' }),
        description: msg("Goals that support your program's quality goals. You choose to share the plan with your employer.", {
          id: 'planType.EMPLOYER_RECOMMENDED_REQUIRED.description',
        }),
      };
    case 'STIPEND_PROGRAM_REQUIREMENT':
      return {
        title: msg('Stipend Program Requirement', { id: 'planType.STIPEND_PROGRAM_REQUIREMENT.title' }),
        description: msg("Your county's stipend program asks for this plan, so its staff can see how your stipend pathway fits your goals.", {
          id: 'planType.STIPEND_PROGRAM_REQUIREMENT.description',
        }),
      };
    case 'QCC_QUALITY_IMPROVEMENT_PLAN':
      return {
        title: msg('Quality Counts California Quality Improvement Plan (SMART goals)', { id: 'planType.QCC_QUALITY_IMPROVEMENT_PLAN.title' }),
        description: msg('Two or three yearly goals in the Quality Counts California focus areas, with action steps and follow-ups at 6 and 12 months.', {
          id: 'planType.QCC_QUALITY_IMPROVEMENT_PLAN.description',
        }),
      };
    case 'CTC_PERMIT_UPGRADE_RENEWAL':
      return {
        title: msg('Child Development Permit: obtain, renew or upgrade (CTC)', { id: 'planType.CTC_PERMIT_UPGRADE_RENEWAL.title' }),
        description: msg('The Commission on Teacher Credentialing plan you and your advisor keep for a permit, including the 105 hours of professional growth over five years.', {
          id: 'planType.CTC_PERMIT_UPGRADE_RENEWAL.description',
        }),
      };
  }
}
