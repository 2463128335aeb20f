/**
 * The server side of `getUpdates`: updates wait here until the bot confirms them with a higher
 * `offset`; a long poll waits for the next update, its `timeout`, or its abort signal, so a polling
 * bot costs no CPU while nothing happens.
 */
import type { Update } from "grammy/types";
import { conflict } from "./api-error.js";

export interface PollRequest {
  offset: number;
  limit: number;
  timeoutSeconds: number;
  /** Update types to deliver; undefined keeps the previous choice, [] means all. */
  allowedUpdates: string[] | undefined;
}

/** The smallest part of an AbortSignal we rely on; grammY passes a polyfilled one. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

interface WaitingPoll {
  limit: number;
  resolve(updates: Update[]): void;
  reject(error: Error): void;
}

export function abortError(): Error {
  const error = new Error("This operation was aborted");
  error.name = "AbortError";
  return error;
}

export class UpdateQueue {
  private unconfirmed: Update[] = [];
  private allowedUpdates: string[] = [];
  private waiting: WaitingPoll | undefined;

  /** @param onChange called whenever a poll starts or ends waiting (idle detection). */
  constructor(private readonly onChange: () => void = () => {}) {}

  /** True while a `getUpdates` call is waiting for updates. */
  get isWaiting(): boolean {
    return this.waiting !== undefined;
  }

  /** Updates not yet confirmed by the bot (delivered or not). */
  get size(): number {
    return this.unconfirmed.length;
  }

  push(update: Update): void {
    this.unconfirmed.push(update);
    const waiting = this.waiting;
    if (waiting === undefined) return;
    const ready = this.deliverable(waiting.limit);
    if (ready.length > 0) waiting.resolve(ready);
  }

  /** Forgets every pending update, as `drop_pending_updates` does. */
  clear(): void {
    this.unconfirmed = [];
  }

  /** Answers one `getUpdates` call. */
  poll(request: PollRequest, signal?: AbortSignalLike): Promise<Update[]> {
    if (request.allowedUpdates !== undefined) this.allowedUpdates = request.allowedUpdates;
    if (request.offset > 0) {
      this.unconfirmed = this.unconfirmed.filter((u) => u.update_id >= request.offset);
    } else if (request.offset < 0) {
      this.unconfirmed = this.unconfirmed.slice(request.offset);
    }
    // Telegram ends the older of two concurrent polls: two bot instances on one token.
    this.waiting?.reject(
      conflict(
        "terminated by other getUpdates request; make sure that only one bot instance is running",
      ),
    );

    const ready = this.deliverable(request.limit);
    if (ready.length > 0 || request.timeoutSeconds <= 0) return Promise.resolve(ready);
    if (signal?.aborted) return Promise.reject(abortError());

    return new Promise<Update[]>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (this.waiting === poll) this.waiting = undefined;
        this.onChange();
      };
      const poll: WaitingPoll = {
        limit: request.limit,
        resolve: (updates) => {
          finish();
          resolve(updates);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const onAbort = () => poll.reject(abortError());
      const timer = setTimeout(() => poll.resolve([]), request.timeoutSeconds * 1000);
      signal?.addEventListener("abort", onAbort);
      this.waiting = poll;
      this.onChange();
    });
  }

  private deliverable(limit: number): Update[] {
    const allowed = this.allowedUpdates;
    if (allowed.length > 0) {
      // Telegram drops updates of types the bot did not ask for; they are never delivered.
      this.unconfirmed = this.unconfirmed.filter((update) =>
        Object.keys(update).some((key) => key !== "update_id" && allowed.includes(key)),
      );
    }
    return structuredClone(this.unconfirmed.slice(0, limit));
  }
}
