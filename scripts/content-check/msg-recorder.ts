/**
 * Stand-in for `@lit/localize` inside the content-check bundle only (never in the widgets).
 * It re-exports the real module but wraps `msg()` so that every string it returns carries its
 * message id between private-use marker characters. The checker reads the ids back out, so it
 * knows exactly which message a string came from, in every locale, and can tell a string that
 * did not go through `msg()` at all.
 */
import { msg as realMsg } from '@lit/localize';

export * from '@lit/localize';

export const MARK_START = '\uE000';
export const MARK_SEP = '\uE001';
export const MARK_END = '\uE002';

type MsgArgs = Parameters<typeof realMsg>;

export function msg(template: MsgArgs[0], options?: MsgArgs[1]): string {
  // Content strings are plain or str`` templates, so msg() returns a string (never an html`` result).
  const text = realMsg(template, options) as string;
  const id = options && typeof options.id === 'string' ? options.id : '';
  return `${MARK_START}${id}${MARK_SEP}${text}${MARK_END}`;
}
