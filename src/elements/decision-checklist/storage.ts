/**
 * Remembering the checklist in localStorage, only when the host opts in with `persist`.
 *
 * Every access is guarded: reading `window.localStorage` itself throws a SecurityError in
 * sandboxed frames and some privacy modes, `setItem` throws QuotaExceededError when storage is
 * full, and stored JSON may be corrupt or from another version. In all those cases the checklist
 * keeps working in memory and says nothing: there is nothing the reader could do about it.
 */

/** Namespaced and versioned: a new shape of stored state gets a new version, never a migration guess. */
import type { ChecklistChangeDetail } from './types.js';

export const STORAGE_PREFIX = 'net-widgets:decision-checklist:v1';

/** What is stored: the event detail's two id lists. */
export type ChecklistState = Pick<ChecklistChangeDetail, 'discussed' | 'priorities'>;

/**
 * The key for a `persist` attribute value: the bare prefix for `persist` / `persist=""`, or the
 * prefix plus the value (`persist="clinic-a"` → `…:v1:clinic-a`) so two checklists on one site do
 * not share state. The value is only ever used as a key string.
 */
export function storageKey(persist: string): string {
  const name = persist.trim().slice(0, 64);
  return name ? `${STORAGE_PREFIX}:${name}` : STORAGE_PREFIX;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keep only known ids, once each, in the catalogue's order. */
function known(value: unknown, ids: readonly string[]): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const given = new Set(value.filter((v): v is string => typeof v === 'string'));
  return ids.filter((id) => given.has(id));
}

/**
 * The stored state, or undefined when there is none, storage is unavailable, or what is stored is
 * not a state this version wrote (corrupt JSON, wrong shape). Unknown ids are dropped.
 */
export function readState(
  key: string,
  factorIds: readonly string[],
  priorityIds: readonly string[],
): ChecklistState | undefined {
  let raw: string | null;
  try {
    raw = storage()?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const discussed = known(record['discussed'], factorIds);
  const chosen = known(record['priorities'], priorityIds);
  if (!discussed || !chosen) return undefined;
  return { discussed, priorities: chosen };
}

/** Store the state; false when storage is unavailable or refuses (quota, sandbox). */
export function writeState(key: string, state: ChecklistState): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify({ discussed: state.discussed, priorities: state.priorities }));
    return true;
  } catch {
    return false;
  }
}

/** Forget the stored state (after "Clear all"). */
export function clearState(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* storage unavailable: nothing was stored either */
  }
}
