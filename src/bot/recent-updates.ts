/**
 * The ids of the last updates that something happened to, in memory and bounded: Telegram
 * delivers a failed webhook update again and again (five times in 12 s while Redis is down), and
 * the student should be told once that it did not work, not once per delivery.
 */

/** Far more updates than can fail and come back within Telegram's redelivery window. */
const KEPT = 2000;

export class RecentUpdates {
  private readonly ids = new Set<number>();

  constructor(private readonly kept = KEPT) {}

  /** Remembers `updateId`; true if it was not remembered yet. */
  add(updateId: number): boolean {
    if (this.ids.has(updateId)) return false;
    this.ids.add(updateId);
    // A Set iterates in insertion order: the first id is the oldest.
    if (this.ids.size > this.kept) this.ids.delete(this.ids.values().next().value as number);
    return true;
  }
}
