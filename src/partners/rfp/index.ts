export { submitRfp, type RfpSubmitted } from './submit.js';
export { rfpExcerpt, type RfpExcerpt } from './excerpt.js';
export { openRfp, canOpenRfp, deleteRfp, type RfpFullView } from './open.js';
export { checkRfpProposal, type RfpProposal } from './proposal.js';
export type { RequestForProposal, RfpContact, RfpRecipient, RfpSubmission } from './schema.js';
