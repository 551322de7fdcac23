// A TypeScript app using the package: element classes, tag-name map and event map are all typed.
import { setLocale, getLocale, type NetWidgetsApi } from 'net-treatment-widgets';
import 'net-treatment-widgets/therapy-card';
import 'net-treatment-widgets/side-effect-list';
import 'net-treatment-widgets/decision-checklist';
import 'net-treatment-widgets/treatment-comparison';

// HTMLElementTagNameMap: createElement and querySelector return the element classes.
const card = document.createElement('net-therapy-card');
card.therapy = 'prrt';
card.headingLevel = 3;
document.body.append(card);

const list = document.querySelector('net-side-effect-list');
if (list) list.therapy = 'chemotherapy';

const checklist = document.createElement('net-decision-checklist');
checklist.persist = null; // nothing stored on a shared computer
document.body.append(checklist);

const comparison = document.createElement('net-treatment-comparison');
comparison.therapies = 'surgery,somatostatin-analogues,prrt';
const contact = document.createElement('p');
contact.slot = 'contact';
contact.textContent = 'Call the NET nurse line on 555-0100.';
comparison.append(contact);
document.body.append(comparison);

// HTMLElementEventMap: the event's detail is typed.
checklist.addEventListener('net-checklist-change', (event) => {
  const { count, total, discussed } = event.detail;
  console.log(`${count} of ${total} discussed:`, discussed.join(', '));
});

const locale: string = setLocale('en-CA');
console.log(locale === getLocale());

const api: NetWidgetsApi | undefined = window.NetWidgets;
console.log(api?.version, api?.content.version, api?.content.nextReview);

// @ts-expect-error therapy is a string, not a number
card.therapy = 42;
