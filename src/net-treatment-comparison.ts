/** Importing this module defines <net-treatment-comparison> (and nothing else). */
import { defineElement } from './base/define.js';
import { NetTreatmentComparison } from './elements/treatment-comparison/treatment-comparison.js';

defineElement(NetTreatmentComparison);

export { NetTreatmentComparison };
