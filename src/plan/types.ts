/** The stable ids of the five kinds of Professional Growth Plan. */
export type PlanTypeId =
  | 'SELF_INITIATED'
  | 'EMPLOYER_RECOMMENDED_REQUIRED'
  | 'STIPEND_PROGRAM_REQUIREMENT'
  | 'QCC_QUALITY_IMPROVEMENT_PLAN'
  | 'CTC_PERMIT_UPGRADE_RENEWAL';

export const PLAN_TYPE_IDS: readonly PlanTypeId[] = [
  'SELF_INITIATED',
  'EMPLOYER_RECOMMENDED_REQUIRED',
  'STIPEND_PROGRAM_REQUIREMENT',
  'QCC_QUALITY_IMPROVEMENT_PLAN',
  'CTC_PERMIT_UPGRADE_RENEWAL',
];

export type PlanStatus =
  | 'DRAFT'
  | 'SUBMITTED_FOR_REVIEW'
  | 'RETURNED'
  | 'APPROVED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | 'VERIFIED'
  | 'ARCHIVED';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface PersonName {
  first?: string;
  middle?: string;
  last?: string;
  [key: string]: unknown;
}

export interface Contact {
  email?: string;
  phone?: string;
  [key: string]: unknown;
}

export interface Permit {
  level?: string;
  schoolAgeEmphasis?: boolean;
  documentNumber?: string;
  issueDate?: IsoDate;
  expirationDate?: IsoDate;
  [key: string]: unknown;
}

export interface Participant {
  /** CA ECE Workforce Registry ID: 9 digits starting with 100. */
  registryId?: string;
  name?: PersonName;
  contact?: Contact;
  preferredLanguage?: string;
  role?: string;
  settingType?: string;
  county?: string;
  currentPermit?: Permit;
  currentLatticeLevel?: string;
  [key: string]: unknown;
}

export interface Advisor {
  name?: PersonName;
  role?: string;
  organization?: string;
  contact?: Contact;
  qualification?: string;
  eligibilityAttested?: boolean;
  [key: string]: unknown;
}

export interface Employer {
  employerName?: string;
  siteName?: string;
  requirement?: 'RECOMMENDED' | 'REQUIRED';
  supervisor?: string;
  [key: string]: unknown;
}

export interface ActionStep {
  id?: string;
  text?: string;
  responsible?: string;
  dueDate?: IsoDate;
  done?: boolean;
  [key: string]: unknown;
}

export interface FollowUp {
  id?: string;
  checkpoint?: 'MONTH_6' | 'MONTH_12' | 'OTHER';
  dueDate?: IsoDate;
  completedDate?: IsoDate;
  progressStatus?: string;
  notes?: string;
  reviewer?: string;
  evidenceIds?: string[];
  [key: string]: unknown;
}

export interface Goal {
  id?: string;
  appliesTo?: string[];
  statement?: string;
  qccFocusArea?: string;
  qccElement?: string;
  smart?: { specific?: string; measurable?: string; achievable?: string; relevant?: string; timeBound?: string; [key: string]: unknown };
  latticeTarget?: string;
  permitTarget?: string;
  actionSteps?: ActionStep[];
  startDate?: IsoDate;
  targetDate?: IsoDate;
  completedDate?: IsoDate;
  status?: string;
  followUps?: FollowUp[];
  /** Documents for this goal. */
  evidence?: EvidenceReference[];
  /** The activities that work toward this goal; the hours and category rules count these. */
  activities?: Activity[];
  [key: string]: unknown;
}

export type CreditUnitType = 'SEMESTER_UNIT' | 'QUARTER_UNIT' | 'CLOCK_HOUR' | 'CEU';

export interface Activity {
  id?: string;
  goalIds?: string[];
  type?: string;
  title?: string;
  provider?: string;
  courseCode?: string;
  description?: string;
  deliveryLanguage?: string;
  startDate?: IsoDate;
  plannedStartDate?: IsoDate;
  targetDate?: IsoDate;
  actualStartDate?: IsoDate;
  completedDate?: IsoDate;
  status?: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  credit?: { unitType?: CreditUnitType; amount?: number; grade?: string; [key: string]: unknown };
  plannedHours?: number;
  completedHours?: number;
  verifiedHours?: number;
  evidenceIds?: string[];
  /** Documents for this activity. */
  evidence?: EvidenceReference[];
  [key: string]: unknown;
}

/** A reference to a stored document; the plan never holds file contents. */
export interface EvidenceReference {
  id: string;
  kind?: string;
  fileName?: string;
  mediaType?: string;
  sizeBytes?: number;
  sha256?: string;
  url?: string;
  uploadedAt?: string;
  verificationStatus?: string;
  [key: string]: unknown;
}

export interface Signature {
  role?: string;
  purpose?: string;
  formItemRef?: string;
  targetId?: string;
  name?: string;
  signedAt?: string;
  method?: string;
  [key: string]: unknown;
}

/** A plan as plain JSON. A draft need not be valid, and unknown properties are kept. */
export interface Plan {
  id?: string;
  schemaVersion?: string;
  locale?: string;
  title?: string;
  planTypes?: string[];
  /** The July-to-June year, such as `2024-2025`. */
  fiscalYear?: string;
  status?: PlanStatus | string;
  planStartDate?: IsoDate;
  planEndDate?: IsoDate;
  createdAt?: string;
  updatedAt?: string;
  submittedAt?: string;
  participant?: Participant;
  advisor?: Advisor;
  employer?: Employer;
  stipend?: Record<string, unknown>;
  qcc?: Record<string, unknown>;
  ctc?: Record<string, unknown>;
  sharing?: Record<string, unknown>[];
  goals?: Goal[];
  /** Activities not tied to a goal, as plans brought in from other records may have them. */
  activities?: Activity[];
  /** Documents for the whole plan; those for one goal or activity sit in its own `evidence`. */
  evidence?: EvidenceReference[];
  signatures?: Signature[];
  [key: string]: unknown;
}

/** A plan definition: a JSON Schema (draft 2020-12) that builds on the base plan schema. */
export type PlanDefinition = { $id?: string; title?: string; [key: string]: unknown };
