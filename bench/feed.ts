/**
 * Feeds the simulated students' updates to a bot through its own `getUpdates`, the way Telegram
 * feeds the runner in production, and learns from the bot when each update is handled.
 *
 * Order: updates go out in schedule order (a seeded interleaving of all students), except that a
 * student whose previous update is still being handled waits — a real client only presses a
 * button after the bot has shown it — so the next ready student in the schedule goes first.
 */
import type { Update } from "grammy/types";
import type { UpdateSource } from "./fake-telegram.js";
import {
  type ChatView,
  type Dialect,
  type StepLabel,
  type Student,
  StudentStuckError,
} from "./students.js";

/** One handled update, with the times the figures are made from (ms, `performance.now()`). */
export interface UpdateRecord {
  student: Student;
  label: StepLabel;
  /** The index of this update in the student's run (0 = /start). */
  index: number;
  handedOutAt: number;
  startedAt: number;
  finishedAt: number;
  /** CPU time of the handling in µs; only measured when one update is in flight at a time. */
  cpuMicros?: number;
  failed: boolean;
}

export interface FeedOptions {
  students: Student[];
  view: ChatView;
  dialect: Dialect;
  /** At most this many updates handed out and not yet handled (the runner bounds it too). */
  maxInFlight: number;
  firstUpdateId: number;
  /** Runs after each handled update, before the student may send the next one (e.g. measuring). */
  afterEach?: (record: UpdateRecord) => Promise<void>;
}

interface Handling {
  student: Student;
  label: StepLabel;
  index: number;
  handedOutAt: number;
}

/** Anything with grammY's `handleUpdate`, which is what the runner's sink calls. */
export interface HandlesUpdates {
  handleUpdate(update: Update, ...rest: never[]): Promise<void>;
}

export class UpdateFeed implements UpdateSource {
  readonly records: UpdateRecord[] = [];
  /** Students whose bot stopped offering the button they needed, with what they wanted. */
  readonly stuck: string[] = [];
  /** Students who got to the end but were not shown results. */
  readonly unfinished: number[] = [];
  completed = 0;
  readonly done: Promise<void>;

  private readonly ready = new StudentHeap();
  private readonly inFlight = new Map<number, Handling>();
  private nextUpdateId: number;
  private settled = 0;
  private wake: (() => void) | undefined;
  private resolveDone!: () => void;

  constructor(private readonly options: FeedOptions) {
    this.nextUpdateId = options.firstUpdateId;
    for (const student of options.students) this.ready.push(student);
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
  }

  /** Times every `handleUpdate` of the bot and reports it back here; call once per bot. */
  watch(bot: HandlesUpdates, measureCpu: boolean): void {
    const handle = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update: Update, ...rest: never[]) => {
      const startedAt = performance.now();
      const cpu = measureCpu ? process.cpuUsage() : undefined;
      let failed = false;
      try {
        await handle(update, ...rest);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        const finishedAt = performance.now();
        const used = cpu === undefined ? undefined : process.cpuUsage(cpu);
        void this.handled(update.update_id, {
          startedAt,
          finishedAt,
          failed,
          ...(used === undefined ? {} : { cpuMicros: used.user + used.system }),
        });
      }
    };
  }

  async take(limit: number, signal?: AbortSignal): Promise<Update[]> {
    for (;;) {
      const room = Math.min(limit, this.options.maxInFlight - this.inFlight.size);
      const updates: Update[] = [];
      while (updates.length < room && this.ready.size > 0) {
        const student = this.ready.pop() as Student;
        const update = this.handOut(student);
        if (update !== undefined) updates.push(update);
      }
      if (updates.length > 0) return updates;
      await new Promise<void>((resolve, reject) => {
        const abort = () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }));
        if (signal?.aborted) return abort();
        signal?.addEventListener("abort", abort, { once: true });
        this.wake = () => {
          signal?.removeEventListener("abort", abort);
          resolve();
        };
      });
    }
  }

  private handOut(student: Student): Update | undefined {
    const index = student.next;
    const label = student.label();
    const updateId = this.nextUpdateId++;
    try {
      const update = student.nextUpdate(updateId, this.options.view, this.options.dialect);
      this.inFlight.set(updateId, { student, label, index, handedOutAt: performance.now() });
      return update;
    } catch (error) {
      if (!(error instanceof StudentStuckError)) throw error;
      this.stuck.push(error.message);
      this.settle();
      return undefined;
    }
  }

  private async handled(
    updateId: number,
    times: Pick<UpdateRecord, "startedAt" | "finishedAt" | "cpuMicros" | "failed">,
  ): Promise<void> {
    const handling = this.inFlight.get(updateId);
    if (handling === undefined) return;
    const record: UpdateRecord = { ...handling, ...times };
    this.records.push(record);
    const { student } = handling;
    student.continueIfAsked(this.options.view, this.options.dialect);
    await this.options.afterEach?.(record);
    this.inFlight.delete(updateId);
    if (!student.finished) {
      this.ready.push(student);
    } else {
      if (student.sawResults(this.options.view, this.options.dialect)) this.completed++;
      else this.unfinished.push(student.chatId);
      this.settle();
    }
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private settle(): void {
    this.settled++;
    if (this.settled === this.options.students.length) this.resolveDone();
  }
}

/** Ready students, earliest next schedule slot first. */
class StudentHeap {
  private readonly items: Student[] = [];

  get size(): number {
    return this.items.length;
  }

  private key(i: number): number {
    const student = this.items[i] as Student;
    return student.slots[student.next] ?? Number.POSITIVE_INFINITY;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b] as Student, this.items[a] as Student];
  }

  push(student: Student): void {
    this.items.push(student);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(parent) <= this.key(i)) break;
      this.swap(parent, i);
      i = parent;
    }
  }

  pop(): Student | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.items.length && this.key(left) < this.key(smallest)) smallest = left;
        if (right < this.items.length && this.key(right) < this.key(smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }
}
