/** Warn once per distinct message per page, so a hundred bad widgets do not flood the console. */
const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[net-widgets] ${message}`);
}
