// The name of every titled property of the base plan schema, for messages. Keys are paths with
// `*` for each array index; test/validation/field-labels.test.ts checks that every titled
// property of schemas/plan.schema.json has an entry here.
import { msg } from '@lit/localize';

/** Returns the localized name of a base schema property, given its path with `*` for each array index. */
export function baseFieldLabel(path: string): string | undefined {
  switch (path) {
    case 'id':
      return msg('Plan ID', { id: 'field.id' });
    case 'schemaVersion':
      return msg('Plan format version', { id: 'field.schemaVersion' });
    case 'locale':
      return msg('Language of the plan', { id: 'field.locale' });
    case 'title':
      return msg('Plan title', { id: 'field.title' });
    case 'planTypes':
      return msg('Plan types', { id: 'field.planTypes' });
    case 'planTypes/*':
      return msg('Plan type', { id: 'field.planTypes.item' });
    case 'fiscalYear':
      return msg('Fiscal year', { id: 'field.fiscalYear' });
    case 'status':
      return msg('Plan status', { id: 'field.status' });
    case 'planStartDate':
      return msg('Plan start date', { id: 'field.planStartDate' });
    case 'planEndDate':
      return msg('Plan end date', { id: 'field.planEndDate' });
    case 'createdAt':
      return msg('Created', { id: 'field.createdAt' });
    case 'updatedAt':
      return msg('Last changed', { id: 'field.updatedAt' });
    case 'submittedAt':
      return msg('Submitted', { id: 'field.submittedAt' });
    case 'participant':
      return msg('Participant', { id: 'field.participant' });
    case 'participant/registryId':
      return msg('Registry ID', { id: 'field.participant.registryId' });
    case 'participant/name':
      return msg('Name', { id: 'field.participant.name' });
    case 'participant/name/first':
      return msg('First name', { id: 'field.participant.name.first' });
    case 'participant/name/middle':
      return msg('Middle name', { id: 'field.participant.name.middle' });
    case 'participant/name/last':
      return msg('Last name', { id: 'field.participant.name.last' });
    case 'participant/contact':
      return msg('Contact', { id: 'field.participant.contact' });
    case 'participant/contact/email':
      return msg('Email', { id: 'field.participant.contact.email' });
    case 'participant/contact/phone':
      return msg('Phone', { id: 'field.participant.contact.phone' });
    case 'participant/preferredLanguage':
      return msg('Preferred language', { id: 'field.participant.preferredLanguage' });
    case 'participant/role':
      return msg('Role', { id: 'field.participant.role' });
    case 'participant/settingType':
      return msg('Setting', { id: 'field.participant.settingType' });
    case 'participant/county':
      return msg('County', { id: 'field.participant.county' });
    case 'participant/currentPermit':
      return msg('Child Development Permit', { id: 'field.participant.currentPermit' });
    case 'participant/currentPermit/level':
      return msg('Permit level', { id: 'field.participant.currentPermit.level' });
    case 'participant/currentPermit/schoolAgeEmphasis':
      return msg('School-Age Emphasis', { id: 'field.participant.currentPermit.schoolAgeEmphasis' });
    case 'participant/currentPermit/documentNumber':
      return msg('Document number', { id: 'field.participant.currentPermit.documentNumber' });
    case 'participant/currentPermit/issueDate':
      return msg('Issue date', { id: 'field.participant.currentPermit.issueDate' });
    case 'participant/currentPermit/expirationDate':
      return msg('Expiration date', { id: 'field.participant.currentPermit.expirationDate' });
    case 'participant/currentLatticeLevel':
      return msg('Career Lattice level', { id: 'field.participant.currentLatticeLevel' });
    case 'advisor':
      return msg('Advisor', { id: 'field.advisor' });
    case 'advisor/name':
      return msg('Advisor\'s name', { id: 'field.advisor.name' });
    case 'advisor/name/first':
      return msg('First name', { id: 'field.advisor.name.first' });
    case 'advisor/name/middle':
      return msg('Middle name', { id: 'field.advisor.name.middle' });
    case 'advisor/name/last':
      return msg('Last name', { id: 'field.advisor.name.last' });
    case 'advisor/role':
      return msg('Advisor\'s role', { id: 'field.advisor.role' });
    case 'advisor/organization':
      return msg('Organization', { id: 'field.advisor.organization' });
    case 'advisor/contact':
      return msg('Advisor\'s contact', { id: 'field.advisor.contact' });
    case 'advisor/contact/email':
      return msg('Email', { id: 'field.advisor.contact.email' });
    case 'advisor/contact/phone':
      return msg('Phone', { id: 'field.advisor.contact.phone' });
    case 'advisor/qualification':
      return msg('Qualification', { id: 'field.advisor.qualification' });
    case 'advisor/eligibilityAttested':
      return msg('Advisor confirms eligibility', { id: 'field.advisor.eligibilityAttested' });
    case 'employer':
      return msg('Employer', { id: 'field.employer' });
    case 'employer/employerName':
      return msg('Employer', { id: 'field.employer.employerName' });
    case 'employer/siteName':
      return msg('Site', { id: 'field.employer.siteName' });
    case 'employer/requirement':
      return msg('Employer\'s request', { id: 'field.employer.requirement' });
    case 'employer/supervisor':
      return msg('Supervisor', { id: 'field.employer.supervisor' });
    case 'stipend':
      return msg('Stipend program', { id: 'field.stipend' });
    case 'stipend/programName':
      return msg('Stipend program', { id: 'field.stipend.programName' });
    case 'stipend/county':
      return msg('County', { id: 'field.stipend.county' });
    case 'stipend/administrator':
      return msg('Stipend administrator', { id: 'field.stipend.administrator' });
    case 'stipend/pathway':
      return msg('Stipend pathway', { id: 'field.stipend.pathway' });
    case 'stipend/targetUnits':
      return msg('Units planned', { id: 'field.stipend.targetUnits' });
    case 'stipend/targetHours':
      return msg('Hours planned', { id: 'field.stipend.targetHours' });
    case 'stipend/applicationId':
      return msg('Application ID', { id: 'field.stipend.applicationId' });
    case 'stipend/applicationWindow':
      return msg('Application window', { id: 'field.stipend.applicationWindow' });
    case 'stipend/applicationWindow/opens':
      return msg('Opens', { id: 'field.stipend.applicationWindow.opens' });
    case 'stipend/applicationWindow/closes':
      return msg('Closes', { id: 'field.stipend.applicationWindow.closes' });
    case 'qcc':
      return msg('Quality Counts California', { id: 'field.qcc' });
    case 'qcc/siteName':
      return msg('Site', { id: 'field.qcc.siteName' });
    case 'qcc/siteId':
      return msg('Site ID', { id: 'field.qcc.siteId' });
    case 'qcc/consortium':
      return msg('Consortium', { id: 'field.qcc.consortium' });
    case 'qcc/coachName':
      return msg('Coach', { id: 'field.qcc.coachName' });
    case 'qcc/lastRatingDate':
      return msg('Last rating date', { id: 'field.qcc.lastRatingDate' });
    case 'qcc/lastTier':
      return msg('Last tier', { id: 'field.qcc.lastTier' });
    case 'ctc':
      return msg('Child Development Permit plan', { id: 'field.ctc' });
    case 'ctc/action':
      return msg('Permit action', { id: 'field.ctc.action' });
    case 'ctc/permit':
      return msg('Child Development Permit', { id: 'field.ctc.permit' });
    case 'ctc/permit/level':
      return msg('Permit level', { id: 'field.ctc.permit.level' });
    case 'ctc/permit/schoolAgeEmphasis':
      return msg('School-Age Emphasis', { id: 'field.ctc.permit.schoolAgeEmphasis' });
    case 'ctc/permit/documentNumber':
      return msg('Document number', { id: 'field.ctc.permit.documentNumber' });
    case 'ctc/permit/issueDate':
      return msg('Issue date', { id: 'field.ctc.permit.issueDate' });
    case 'ctc/permit/expirationDate':
      return msg('Expiration date', { id: 'field.ctc.permit.expirationDate' });
    case 'ctc/targetLevel':
      return msg('Permit level sought', { id: 'field.ctc.targetLevel' });
    case 'ctc/cycleStart':
      return msg('Renewal cycle start', { id: 'field.ctc.cycleStart' });
    case 'ctc/cycleEnd':
      return msg('Renewal cycle end', { id: 'field.ctc.cycleEnd' });
    case 'ctc/requiredHours':
      return msg('Hours required', { id: 'field.ctc.requiredHours' });
    case 'ctc/requiredUnits':
      return msg('Units required', { id: 'field.ctc.requiredUnits' });
    case 'sharing':
      return msg('Sharing', { id: 'field.sharing' });
    case 'sharing/*/recipientType':
      return msg('Shared with', { id: 'field.sharing.recipientType' });
    case 'sharing/*/scope':
      return msg('Access', { id: 'field.sharing.scope' });
    case 'sharing/*/includeEvidence':
      return msg('Include documents', { id: 'field.sharing.includeEvidence' });
    case 'goals':
      return msg('Goals', { id: 'field.goals' });
    case 'goals/*':
      return msg('Goal', { id: 'field.goals.item' });
    case 'goals/*/appliesTo':
      return msg('Plan types this goal serves', { id: 'field.goals.appliesTo' });
    case 'goals/*/appliesTo/*':
      return msg('Plan type', { id: 'field.goals.appliesTo.item' });
    case 'goals/*/statement':
      return msg('Goal', { id: 'field.goals.statement' });
    case 'goals/*/qccFocusArea':
      return msg('Focus area', { id: 'field.goals.qccFocusArea' });
    case 'goals/*/qccElement':
      return msg('Quality element', { id: 'field.goals.qccElement' });
    case 'goals/*/smart':
      return msg('SMART goal', { id: 'field.goals.smart' });
    case 'goals/*/smart/specific':
      return msg('Specific', { id: 'field.goals.smart.specific' });
    case 'goals/*/smart/measurable':
      return msg('Measurable', { id: 'field.goals.smart.measurable' });
    case 'goals/*/smart/achievable':
      return msg('Achievable', { id: 'field.goals.smart.achievable' });
    case 'goals/*/smart/relevant':
      return msg('Relevant', { id: 'field.goals.smart.relevant' });
    case 'goals/*/smart/timeBound':
      return msg('Time-bound', { id: 'field.goals.smart.timeBound' });
    case 'goals/*/latticeTarget':
      return msg('Career Lattice level', { id: 'field.goals.latticeTarget' });
    case 'goals/*/permitTarget':
      return msg('Permit level sought', { id: 'field.goals.permitTarget' });
    case 'goals/*/actionSteps':
      return msg('Action steps', { id: 'field.goals.actionSteps' });
    case 'goals/*/actionSteps/*/text':
      return msg('Step', { id: 'field.goals.actionSteps.text' });
    case 'goals/*/actionSteps/*/responsible':
      return msg('Who', { id: 'field.goals.actionSteps.responsible' });
    case 'goals/*/actionSteps/*/dueDate':
      return msg('Due', { id: 'field.goals.actionSteps.dueDate' });
    case 'goals/*/actionSteps/*/done':
      return msg('Done', { id: 'field.goals.actionSteps.done' });
    case 'goals/*/startDate':
      return msg('Start date', { id: 'field.goals.startDate' });
    case 'goals/*/targetDate':
      return msg('Expected completion date', { id: 'field.goals.targetDate' });
    case 'goals/*/completedDate':
      return msg('Completed on', { id: 'field.goals.completedDate' });
    case 'goals/*/status':
      return msg('Goal status', { id: 'field.goals.status' });
    case 'goals/*/followUps':
      return msg('Follow-ups', { id: 'field.goals.followUps' });
    case 'goals/*/followUps/*/checkpoint':
      return msg('Checkpoint', { id: 'field.goals.followUps.checkpoint' });
    case 'goals/*/followUps/*/dueDate':
      return msg('Due', { id: 'field.goals.followUps.dueDate' });
    case 'goals/*/followUps/*/completedDate':
      return msg('Held on', { id: 'field.goals.followUps.completedDate' });
    case 'goals/*/followUps/*/progressStatus':
      return msg('Progress', { id: 'field.goals.followUps.progressStatus' });
    case 'goals/*/followUps/*/notes':
      return msg('Notes', { id: 'field.goals.followUps.notes' });
    case 'goals/*/followUps/*/reviewer':
      return msg('Reviewer', { id: 'field.goals.followUps.reviewer' });
    case 'goals/*/evidence':
      return msg('Documents', { id: 'field.goals.evidence' });
    case 'goals/*/evidence/*':
      return msg('Document', { id: 'field.goals.evidence.item' });
    case 'goals/*/evidence/*/kind':
      return msg('Kind of document', { id: 'field.goals.evidence.kind' });
    case 'goals/*/evidence/*/fileName':
      return msg('File name', { id: 'field.goals.evidence.fileName' });
    case 'goals/*/evidence/*/mediaType':
      return msg('File type', { id: 'field.goals.evidence.mediaType' });
    case 'goals/*/evidence/*/sizeBytes':
      return msg('File size', { id: 'field.goals.evidence.sizeBytes' });
    case 'goals/*/evidence/*/url':
      return msg('Link to the file', { id: 'field.goals.evidence.url' });
    case 'goals/*/evidence/*/verificationStatus':
      return msg('Checked', { id: 'field.goals.evidence.verificationStatus' });
    case 'goals/*/activities':
      return msg('Activities', { id: 'field.goals.activities' });
    case 'goals/*/activities/*':
      return msg('Activity', { id: 'field.goals.activities.item' });
    case 'goals/*/activities/*/type':
      return msg('Kind of activity', { id: 'field.goals.activities.type' });
    case 'goals/*/activities/*/title':
      return msg('Activity', { id: 'field.goals.activities.title' });
    case 'goals/*/activities/*/provider':
      return msg('Offered by', { id: 'field.goals.activities.provider' });
    case 'goals/*/activities/*/courseCode':
      return msg('Course code', { id: 'field.goals.activities.courseCode' });
    case 'goals/*/activities/*/description':
      return msg('Description', { id: 'field.goals.activities.description' });
    case 'goals/*/activities/*/deliveryLanguage':
      return msg('Language it is taught in', { id: 'field.goals.activities.deliveryLanguage' });
    case 'goals/*/activities/*/startDate':
      return msg('Start date', { id: 'field.goals.activities.startDate' });
    case 'goals/*/activities/*/plannedStartDate':
      return msg('Planned start', { id: 'field.goals.activities.plannedStartDate' });
    case 'goals/*/activities/*/targetDate':
      return msg('Planned finish', { id: 'field.goals.activities.targetDate' });
    case 'goals/*/activities/*/actualStartDate':
      return msg('Started on', { id: 'field.goals.activities.actualStartDate' });
    case 'goals/*/activities/*/completedDate':
      return msg('Finished on', { id: 'field.goals.activities.completedDate' });
    case 'goals/*/activities/*/status':
      return msg('Activity status', { id: 'field.goals.activities.status' });
    case 'goals/*/activities/*/credit':
      return msg('Credit', { id: 'field.goals.activities.credit' });
    case 'goals/*/activities/*/credit/unitType':
      return msg('Kind of credit', { id: 'field.goals.activities.credit.unitType' });
    case 'goals/*/activities/*/credit/amount':
      return msg('Amount', { id: 'field.goals.activities.credit.amount' });
    case 'goals/*/activities/*/credit/grade':
      return msg('Grade', { id: 'field.goals.activities.credit.grade' });
    case 'goals/*/activities/*/plannedHours':
      return msg('Planned hours', { id: 'field.goals.activities.plannedHours' });
    case 'goals/*/activities/*/completedHours':
      return msg('Hours completed', { id: 'field.goals.activities.completedHours' });
    case 'goals/*/activities/*/verifiedHours':
      return msg('Hours verified', { id: 'field.goals.activities.verifiedHours' });
    case 'goals/*/activities/*/verifiedBy':
      return msg('Verified by', { id: 'field.goals.activities.verifiedBy' });
    case 'goals/*/activities/*/verifiedAt':
      return msg('Verified', { id: 'field.goals.activities.verifiedAt' });
    case 'goals/*/activities/*/advisorInitialedAt':
      return msg('Advisor initialed', { id: 'field.goals.activities.advisorInitialedAt' });
    case 'goals/*/activities/*/funding':
      return msg('Paid for by', { id: 'field.goals.activities.funding' });
    case 'goals/*/activities/*/evidenceIds':
      return msg('Documents', { id: 'field.goals.activities.evidenceIds' });
    case 'goals/*/activities/*/evidence':
      return msg('Documents', { id: 'field.goals.activities.evidence' });
    case 'goals/*/activities/*/evidence/*':
      return msg('Document', { id: 'field.goals.activities.evidence.item' });
    case 'goals/*/activities/*/evidence/*/kind':
      return msg('Kind of document', { id: 'field.goals.activities.evidence.kind' });
    case 'goals/*/activities/*/evidence/*/fileName':
      return msg('File name', { id: 'field.goals.activities.evidence.fileName' });
    case 'goals/*/activities/*/evidence/*/mediaType':
      return msg('File type', { id: 'field.goals.activities.evidence.mediaType' });
    case 'goals/*/activities/*/evidence/*/sizeBytes':
      return msg('File size', { id: 'field.goals.activities.evidence.sizeBytes' });
    case 'goals/*/activities/*/evidence/*/url':
      return msg('Link to the file', { id: 'field.goals.activities.evidence.url' });
    case 'goals/*/activities/*/evidence/*/verificationStatus':
      return msg('Checked', { id: 'field.goals.activities.evidence.verificationStatus' });
    case 'activities':
      return msg('Activities not tied to a goal', { id: 'field.activities' });
    case 'activities/*':
      return msg('Activity', { id: 'field.activities.item' });
    case 'activities/*/type':
      return msg('Kind of activity', { id: 'field.activities.type' });
    case 'activities/*/title':
      return msg('Activity', { id: 'field.activities.title' });
    case 'activities/*/provider':
      return msg('Offered by', { id: 'field.activities.provider' });
    case 'activities/*/courseCode':
      return msg('Course code', { id: 'field.activities.courseCode' });
    case 'activities/*/description':
      return msg('Description', { id: 'field.activities.description' });
    case 'activities/*/deliveryLanguage':
      return msg('Language it is taught in', { id: 'field.activities.deliveryLanguage' });
    case 'activities/*/startDate':
      return msg('Start date', { id: 'field.activities.startDate' });
    case 'activities/*/plannedStartDate':
      return msg('Planned start', { id: 'field.activities.plannedStartDate' });
    case 'activities/*/targetDate':
      return msg('Planned finish', { id: 'field.activities.targetDate' });
    case 'activities/*/actualStartDate':
      return msg('Started on', { id: 'field.activities.actualStartDate' });
    case 'activities/*/completedDate':
      return msg('Finished on', { id: 'field.activities.completedDate' });
    case 'activities/*/status':
      return msg('Activity status', { id: 'field.activities.status' });
    case 'activities/*/credit':
      return msg('Credit', { id: 'field.activities.credit' });
    case 'activities/*/credit/unitType':
      return msg('Kind of credit', { id: 'field.activities.credit.unitType' });
    case 'activities/*/credit/amount':
      return msg('Amount', { id: 'field.activities.credit.amount' });
    case 'activities/*/credit/grade':
      return msg('Grade', { id: 'field.activities.credit.grade' });
    case 'activities/*/plannedHours':
      return msg('Planned hours', { id: 'field.activities.plannedHours' });
    case 'activities/*/completedHours':
      return msg('Hours completed', { id: 'field.activities.completedHours' });
    case 'activities/*/verifiedHours':
      return msg('Hours verified', { id: 'field.activities.verifiedHours' });
    case 'activities/*/verifiedBy':
      return msg('Verified by', { id: 'field.activities.verifiedBy' });
    case 'activities/*/verifiedAt':
      return msg('Verified', { id: 'field.activities.verifiedAt' });
    case 'activities/*/advisorInitialedAt':
      return msg('Advisor initialed', { id: 'field.activities.advisorInitialedAt' });
    case 'activities/*/funding':
      return msg('Paid for by', { id: 'field.activities.funding' });
    case 'activities/*/evidenceIds':
      return msg('Documents', { id: 'field.activities.evidenceIds' });
    case 'activities/*/evidence':
      return msg('Documents', { id: 'field.activities.evidence' });
    case 'activities/*/evidence/*':
      return msg('Document', { id: 'field.activities.evidence.item' });
    case 'activities/*/evidence/*/kind':
      return msg('Kind of document', { id: 'field.activities.evidence.kind' });
    case 'activities/*/evidence/*/fileName':
      return msg('File name', { id: 'field.activities.evidence.fileName' });
    case 'activities/*/evidence/*/mediaType':
      return msg('File type', { id: 'field.activities.evidence.mediaType' });
    case 'activities/*/evidence/*/sizeBytes':
      return msg('File size', { id: 'field.activities.evidence.sizeBytes' });
    case 'activities/*/evidence/*/url':
      return msg('Link to the file', { id: 'field.activities.evidence.url' });
    case 'activities/*/evidence/*/verificationStatus':
      return msg('Checked', { id: 'field.activities.evidence.verificationStatus' });
    case 'evidence':
      return msg('Documents', { id: 'field.evidence' });
    case 'evidence/*':
      return msg('Document', { id: 'field.evidence.item' });
    case 'evidence/*/kind':
      return msg('Kind of document', { id: 'field.evidence.kind' });
    case 'evidence/*/fileName':
      return msg('File name', { id: 'field.evidence.fileName' });
    case 'evidence/*/mediaType':
      return msg('File type', { id: 'field.evidence.mediaType' });
    case 'evidence/*/sizeBytes':
      return msg('File size', { id: 'field.evidence.sizeBytes' });
    case 'evidence/*/url':
      return msg('Link to the file', { id: 'field.evidence.url' });
    case 'evidence/*/verificationStatus':
      return msg('Checked', { id: 'field.evidence.verificationStatus' });
    case 'signatures':
      return msg('Signatures', { id: 'field.signatures' });
    case 'signatures/*':
      return msg('Signature', { id: 'field.signatures.item' });
    case 'signatures/*/role':
      return msg('Signed as', { id: 'field.signatures.role' });
    case 'signatures/*/purpose':
      return msg('Purpose', { id: 'field.signatures.purpose' });
    case 'signatures/*/formItemRef':
      return msg('Form item', { id: 'field.signatures.formItemRef' });
    case 'signatures/*/name':
      return msg('Typed name', { id: 'field.signatures.name' });
    case 'signatures/*/signedAt':
      return msg('Signed', { id: 'field.signatures.signedAt' });
    case 'signatures/*/method':
      return msg('How it was signed', { id: 'field.signatures.method' });
    default:
      return undefined;
  }
}
