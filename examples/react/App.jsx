// React 19 renders custom elements natively: a prop that exists on the element (headingLevel,
// therapy, persist) is set as a property, and `on<event-name>` adds an event listener.
import { useState } from 'react';
import 'net-treatment-widgets/therapy-card';
import 'net-treatment-widgets/decision-checklist';

export function App() {
  const [therapy, setTherapy] = useState('somatostatin-analogues');
  const [progress, setProgress] = useState(null);

  return (
    <main>
      <h1>Your treatment</h1>
      <label>
        Treatment{' '}
        <select id="therapy" value={therapy} onChange={(e) => setTherapy(e.target.value)}>
          <option value="somatostatin-analogues">Somatostatin analogues</option>
          <option value="prrt">PRRT</option>
          <option value="surgery">Surgery</option>
        </select>
      </label>

      <net-therapy-card therapy={therapy} headingLevel={2} />

      <h2>Before your appointment</h2>
      <net-decision-checklist headingLevel={3} onnet-checklist-change={(event) => setProgress(event.detail)} />
      <p id="progress" aria-live="polite">
        {progress ? `${progress.count} of ${progress.total} discussed` : 'Nothing ticked yet'}
      </p>
    </main>
  );
}
