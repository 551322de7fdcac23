/**
 * The widgets' only way to the console: every line starts with `[net-widgets]`, and a host page
 * whose console throws (it has been seen: replaced by a logger that throws) never breaks a widget.
 */
function write(level: 'warn' | 'error', [message, ...rest]: [string, ...unknown[]]): void {
  try {
    console[level](`[net-widgets] ${message}`, ...rest);
  } catch {
    // A host page that replaced the console with something that throws: stay quiet.
  }
}

export function warn(message: string, ...rest: unknown[]): void {
  write('warn', [message, ...rest]);
}

export function error(message: string, ...rest: unknown[]): void {
  write('error', [message, ...rest]);
}

/** Warn once per distinct message per page, so a hundred bad widgets do not flood the console. */
const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  warn(message);
}
