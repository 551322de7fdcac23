// The checklist's public event detail, in a file of its own: the element and its storage both use it.

/** Detail of the `net-checklist-change` event. */
export interface ChecklistChangeDetail {
  /** Ids of the factors ticked as discussed, in the checklist's order. */
  discussed: string[];
  /** Ids of the priorities the reader marked, in the checklist's order. */
  priorities: string[];
  /** How many factors there are. */
  total: number;
  /** How many factors are ticked: `discussed.length`, kept because it is public since 0.1.0 (the React example reads it). */
  count: number;
}
