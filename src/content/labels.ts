/**
 * Localized names for the catalogue's enumerations. Kept with the content (not in an element)
 * because several elements show them.
 */
import { msg } from '@lit/localize';
import type { Aim, Delivery, Frequency, SideEffectText, TherapyStatus } from './types.js';

export function statusLabel(status: TherapyStatus): string {
  switch (status) {
    case 'standard':
      return msg('Established treatment', { id: 'label.status.standard' });
    case 'approved':
      return msg('Approved treatment', { id: 'label.status.approved' });
    case 'studied':
      return msg('Being studied in research', { id: 'label.status.studied' });
  }
}

export function deliveryLabel(delivery: Delivery): string {
  switch (delivery) {
    case 'monitoring':
      return msg('Check-ups and scans', { id: 'label.delivery.monitoring' });
    case 'operation':
      return msg('Operation', { id: 'label.delivery.operation' });
    case 'injection':
      return msg('Injection', { id: 'label.delivery.injection' });
    case 'tablet':
      return msg('Tablet or capsule', { id: 'label.delivery.tablet' });
    case 'drip':
      return msg('Into a vein (IV)', { id: 'label.delivery.drip' });
    case 'procedure':
      return msg('Procedure in hospital', { id: 'label.delivery.procedure' });
    case 'radiation':
      return msg('Radiation treatment', { id: 'label.delivery.radiation' });
    case 'varies':
      return msg('Depends on the treatment', { id: 'label.delivery.varies' });
  }
}

export function aimLabel(aim: Aim): string {
  switch (aim) {
    case 'remove':
      return msg('Remove the tumor', { id: 'label.aim.remove' });
    case 'shrink':
      return msg('Shrink the tumor', { id: 'label.aim.shrink' });
    case 'slow-growth':
      return msg('Slow or stop growth', { id: 'label.aim.slowGrowth' });
    case 'slow':
      return msg('Slow growth', { id: 'label.aim.slow' });
    case 'control-symptoms':
      return msg('Control symptoms', { id: 'label.aim.controlSymptoms' });
    case 'watch':
      return msg('Watch for changes', { id: 'label.aim.watch' });
    case 'relieve':
      return msg('Relieve problems the tumor causes', { id: 'label.aim.relieve' });
    case 'test-new':
      return msg('Test new treatments', { id: 'label.aim.testNew' });
  }
}

export function frequencyHeading(frequency: Frequency | undefined): string {
  switch (frequency) {
    case undefined:
      return msg('Other possible side effects', { id: 'label.frequency.other' });
    case 'common':
      return msg('Common side effects', { id: 'label.frequency.common' });
    case 'less-common':
      return msg('Less common side effects', { id: 'label.frequency.lessCommon' });
  }
}

/**
 * Side effects in groups: common, then less common, then those whose frequency the source does not
 * give (one group without a heading when no item has a frequency). Order within a group is kept.
 */
export function byFrequency(
  items: readonly SideEffectText[],
): { frequency: Frequency | undefined; items: SideEffectText[] }[] {
  const groups = (['common', 'less-common', undefined] as const).map((frequency) => ({
    frequency,
    items: items.filter((i) => i.frequency === frequency),
  }));
  return groups.filter((g) => g.items.length > 0);
}

/** What a cell or a field says when no source does (IPDAS: say so, never drop the section). */
export function notInSources(): string {
  return msg('Our sources do not say.', { id: 'label.notInSources' });
}
