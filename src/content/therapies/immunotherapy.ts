import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Immunotherapy: interferon, and approaches under development.
 * Seeds: 001 (helps the immune system fight cancer; more common in other cancers; NETRF funds
 * studies; the one treatment in use for NETs is cut off in the seed), 003 (interferon: made by
 * the immune system during illnesses such as flu; also called biologic therapy or immunotherapy;
 * used for some people with NETs, alone or often with somatostatin analogues; not suitable for
 * everyone; lab-made antibodies and adapted T-cells being developed), 004 (biological therapy,
 * also called biotherapy or biological response modifiers, is commonly used).
 * The seeds say nothing about how interferon is given, give it no brand name and name no
 * specific side effects of immunotherapy.
 */
export const immunotherapy: Therapy = {
  id: 'immunotherapy',
  status: 'standard',
  delivery: ['varies'],
  aims: ['slow-growth'],
  sources: ['seed-netrf', 'seed-ipsen-uk', 'seed-ccs'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Immunotherapy', { id: 'immuno.name' }),
    summary: msg(
      'Immunotherapy helps the body’s immune system fight cancer. It is used more often for other types of cancer than for NETs. Researchers are studying the part it can play in treating NETs.',
      { id: 'immuno.summary' },
    ),
    howItWorks: msg(
      'Interferon is a substance the immune system makes during an illness, such as the flu. As a medicine, it is used to treat some people with NETs. Newer approaches use the immune system to attack cancer cells and leave normal cells alone.',
      { id: 'immuno.howItWorks' },
    ),
    whenUsed: [
      msg('Interferon is sometimes used on its own to treat NETs.', { id: 'immuno.whenUsed.alone' }),
      msg('Interferon is often used together with somatostatin analogs.', {
        id: 'immuno.whenUsed.withSsa',
      }),
      msg('Interferon may not suit everyone with a NET.', { id: 'immuno.whenUsed.notEveryone' }),
    ],
    howGiven: msg(
      'It depends on the treatment. Interferon may be given on its own or together with somatostatin analogs. Other names for this kind of treatment are biological therapy, biotherapy and biological response modifiers.',
      { id: 'immuno.howGiven' },
    ),
    examples: [
      {
        name: msg('Interferon', { id: 'immuno.example.interferon' }),
        description: msg('Used to treat some people with NETs, often together with somatostatin analogs.', {
          id: 'immuno.example.interferon.desc',
        }),
        sources: ['seed-ipsen-uk'],
      },
    ],
    subtypes: [
      {
        name: msg('Lab-made antibodies (monoclonal antibodies)', { id: 'immuno.subtype.antibodies' }),
        description: msg(
          'They can recognize that a cell is a cancer cell and destroy it without harming normal cells.',
          { id: 'immuno.subtype.antibodies.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
      {
        name: msg('Changing your own immune cells (T-cell therapy)', { id: 'immuno.subtype.tcell' }),
        description: msg(
          'Some of your blood is taken and one kind of white blood cell (T-cells) is changed in a lab. The cells are put back into your body, where they attack the cancer cells.',
          { id: 'immuno.subtype.tcell.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
    ],
    subtypesTitle: msg('Other approaches being developed', { id: 'immuno.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-ipsen-uk'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Our sources do not list the side effects of immunotherapy for NETs. They depend on the treatment, and your care team will explain them.',
        { id: 'immuno.se.intro' },
      ),
      items: [],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'immuno.se.urgent.worried',
        }),
      ],
    }),
  },
};
