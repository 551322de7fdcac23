/** Importing this module defines <net-therapy-card> (and nothing else). */
import { defineElement } from './base/define.js';
import { NetTherapyCard } from './elements/therapy-card/therapy-card.js';

defineElement(NetTherapyCard);

export { NetTherapyCard };
