/** Importing this module defines <net-decision-checklist> (and nothing else). */
import { defineElement } from './base/define.js';
import { NetDecisionChecklist } from './elements/decision-checklist/decision-checklist.js';

defineElement(NetDecisionChecklist);

export { NetDecisionChecklist };
export type { ChecklistChangeDetail } from './elements/decision-checklist/decision-checklist.js';
