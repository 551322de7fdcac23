import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Peptide receptor radionuclide therapy (PRRT): Lutathera.
 * Seeds: 000 (some targeted therapies attach to cancer cells to deliver radiation precisely),
 * 002 (a molecular targeted therapy for certain NETs; theranostics; FDA approval of Lutathera,
 * which attaches to cancer cells so radiation can damage them), 003 (also called targeted
 * radionuclide therapy or hormone-delivered radiotherapy; radionuclides joined to somatostatin
 * analogues; injected; fixes on the surface of NET cells; stops growth or destroys the tumor).
 * NCI Dictionary of Cancer Terms, "PRRT" (cited by seed 000): a radioactive substance linked to
 * a small protein binds to a receptor on some cancer cells and builds up in them.
 * Approval year and the US name of the active substance: CONTENT.md §3.
 * The seeds name no specific side effects of PRRT.
 */
export const prrt: Therapy = {
  id: 'prrt',
  status: 'approved',
  delivery: ['injection'],
  aims: ['slow-growth', 'shrink'],
  sources: ['seed-us-hospital', 'seed-ipsen-uk', 'seed-us-health', 'ref-nci-prrt', 'regional-facts'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Peptide receptor radionuclide therapy (PRRT)', { id: 'prrt.name' }),
    summary: msg(
      'PRRT is a kind of radiation treatment that is carried to the cancer cells by a medicine. The medicine attaches to the NET cells and gives them a targeted dose of radiation. This can stop the tumor from growing, or even destroy it.',
      { id: 'prrt.summary' },
    ),
    howItWorks: msg(
      'A radioactive substance is joined to a medicine that acts like a hormone (a somatostatin analog). Once injected, it attaches to parts of the cancer cell surface called receptors. It builds up in these cells, and the radiation helps kill them while reducing harm to healthy tissue.',
      { id: 'prrt.howItWorks' },
    ),
    whenUsed: [
      msg('To treat certain types of NETs.', { id: 'prrt.whenUsed.certain' }),
      msg('When the NET cells have the receptors that the medicine attaches to.', {
        id: 'prrt.whenUsed.receptors',
      }),
    ],
    howGiven: msg(
      'As an injection. Other names for it are targeted radionuclide therapy and hormone-delivered radiotherapy.',
      { id: 'prrt.howGiven' },
    ),
    examples: [
      {
        name: msg('Lutathera (lutetium Lu 177 dotatate)', { id: 'prrt.example.lutathera' }),
        description: msg('A radioactive drug that attaches to cancer cells, so that radiation can damage them.', {
          id: 'prrt.example.lutathera.desc',
        }),
        sources: ['seed-us-hospital', 'regional-facts'],
      },
    ],
    subtypes: [
      {
        name: msg('Theranostics', { id: 'prrt.subtype.theranostics' }),
        description: msg(
          'It pairs markers that help find cancer cells with a treatment that targets and destroys them.',
          { id: 'prrt.subtype.theranostics.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('A newer approach', { id: 'prrt.subtypesTitle' }),
    approval: msg(
      'In the US, the FDA approved Lutathera (lutetium Lu 177 dotatate) in 2018 to treat some types of neuroendocrine tumors.',
      { id: 'prrt.approval' },
    ),
  }),
  sideEffects: {
    sources: ['seed-us-hospital', 'seed-ipsen-uk'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Our sources do not list the side effects of PRRT. They depend on the treatment, and your care team will explain them. PRRT is designed to reduce harm to healthy tissue.',
        { id: 'prrt.se.intro' },
      ),
      items: [],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'prrt.se.urgent.worried',
        }),
      ],
    }),
  },
};
