/** Warn once per distinct message per page, so a hundred bad widgets do not flood the console. */
const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  try {
    console.warn(`[net-widgets] ${message}`);
  } catch {
    // A host page that replaced console.warn with something that throws: stay quiet.
  }
}
