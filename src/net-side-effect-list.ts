/** Importing this module defines <net-side-effect-list> (and nothing else). */
import { defineElement } from './base/define.js';
import { NetSideEffectList } from './elements/side-effect-list/side-effect-list.js';

defineElement(NetSideEffectList);

export { NetSideEffectList };
