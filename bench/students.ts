/**
 * Simulated students. Each one has a seeded plan (language, answers, which options a multi-select
 * toggles) and turns it into updates the way a Telegram client does: a button press is built from
 * the newest message the bot actually sent or edited in that chat, with that button's own
 * callback data. So a bot that stops offering the expected button makes the student stuck, and
 * the benchmark reports it instead of counting updates that no real client could send.
 */
import type { InlineKeyboardButton, Message, Update, User } from "grammy/types";
import { type Random, randomInt, seededRandom, shuffle } from "./prng.js";

/** What a button is for, as a student reads it; each bot under test has its own callback data. */
export type ButtonRole =
  | { kind: "language"; locale: string }
  | { kind: "start" }
  | { kind: "option" }
  | { kind: "done" }
  | { kind: "results" }
  | { kind: "other" };

/** Reads a bot's callback data: the only bot-specific part of a student. */
export interface Dialect {
  classify(data: string): ButtonRole;
}

/** What a student sees of a chat: the newest messages (oldest first) and the next message id. */
export interface ChatView {
  recent(chatId: number): readonly Message[];
  allocateMessageId(chatId: number): number;
}

/** The shape of one question: enough to plan answers without knowing the bot's wording. */
export interface QuestionShape {
  kind: "single" | "multi";
  options: number;
  min: number;
  max: number;
}

/**
 * Which update of the run this is, for cost-by-step figures: `q1`…`q8` answer a question (for a
 * multi-select, the Done press), `toggle` ticks an option of a multi-select.
 */
export type StepLabel = "/start" | "language" | "enter" | "toggle" | `q${number}`;

type Intent =
  | { kind: "command"; text: string; label: StepLabel }
  | { kind: "press"; want: "language"; locale: string; label: StepLabel }
  | { kind: "press"; want: "start" | "done"; label: StepLabel }
  | { kind: "press"; want: "option"; index: number; label: StepLabel };

export class StudentStuckError extends Error {
  override name = "StudentStuckError";
}

const LOCALES = ["kk", "ru", "en"] as const;
/** Real students tick a few options, not all seven languages. */
const MAX_TICKS = 3;
/** Follow-up questions a student answers after the planned ones before calling the bot stuck. */
const MAX_FOLLOW_UPS = 4;

export class Student {
  /** Index of the next intent to send. */
  next = 0;
  /** Position of each intent in the interleaved schedule (filled by the population). */
  readonly slots: number[] = [];
  /** Questions the bot asked beyond the planned ones (follow-ups that depend on the answers). */
  followUps = 0;

  constructor(
    readonly user: User,
    private readonly intents: Intent[],
    private readonly plannedQuestions: number,
    private readonly random: Random,
  ) {}

  get chatId(): number {
    return this.user.id;
  }

  get updateCount(): number {
    return this.intents.length;
  }

  get finished(): boolean {
    return this.next >= this.intents.length;
  }

  /** The label of the intent at `index` (the next one by default). */
  label(index = this.next): StepLabel {
    return (this.intents[index] as Intent).label;
  }

  /** Builds the next update from what the bot has shown so far, and moves on. */
  nextUpdate(updateId: number, view: ChatView, dialect: Dialect): Update {
    const intent = this.intents[this.next];
    if (intent === undefined) throw new StudentStuckError("no updates left");
    const update = this.build(intent, updateId, view, dialect);
    this.next++;
    return update;
  }

  /**
   * After the planned answers, a real student answers whatever else the bot asks (Bagdar asks
   * about work or age only when a funding route depends on it): when the newest message is a
   * question, this plans one more answer, right after the student's last slot in the schedule.
   */
  continueIfAsked(view: ChatView, dialect: Dialect): void {
    if (!this.finished || this.followUps >= MAX_FOLLOW_UPS) return;
    const roles = buttonsOf(view.recent(this.chatId).at(-1)).map(
      (b) => dialect.classify(b.callback_data).kind,
    );
    const options = roles.filter((kind) => kind === "option").length;
    if (roles.includes("results") || options === 0) return;
    this.followUps++;
    const label: StepLabel = `q${this.plannedQuestions + this.followUps}`;
    const index = randomInt(this.random, 0, options);
    const last = this.slots.at(-1) ?? 0;
    if (roles.includes("done")) {
      this.intents.push({ kind: "press", want: "option", index, label: "toggle" });
      this.slots.push(last + 0.001);
      this.intents.push({ kind: "press", want: "done", label });
      this.slots.push(last + 0.002);
    } else {
      this.intents.push({ kind: "press", want: "option", index, label });
      this.slots.push(last + 0.001);
    }
  }

  /**
   * Whether the bot has shown the results menu among its newest messages, i.e. the questionnaire
   * ended (Bagdar may ask something else, such as consent, after the results).
   */
  sawResults(view: ChatView, dialect: Dialect): boolean {
    return view
      .recent(this.chatId)
      .some((message) =>
        buttonsOf(message).some((b) => dialect.classify(b.callback_data).kind === "results"),
      );
  }

  private build(intent: Intent, updateId: number, view: ChatView, dialect: Dialect): Update {
    const chat = { id: this.chatId, type: "private" as const, first_name: this.user.first_name };
    if (intent.kind === "command") {
      return {
        update_id: updateId,
        message: {
          message_id: view.allocateMessageId(this.chatId),
          from: this.user,
          chat,
          date: Math.floor(Date.now() / 1000),
          text: intent.text,
          entities: [{ type: "bot_command", offset: 0, length: intent.text.length }],
        },
      };
    }
    const { message, data } = this.findButton(intent, view, dialect);
    return {
      update_id: updateId,
      callback_query: {
        id: `${this.chatId}:${updateId}`,
        from: this.user,
        message,
        chat_instance: String(this.chatId),
        data,
      },
    } as Update;
  }

  /** The wanted button on the newest message that has one, as a person scrolling up finds it. */
  private findButton(
    intent: Extract<Intent, { kind: "press" }>,
    view: ChatView,
    dialect: Dialect,
  ): { message: Message; data: string } {
    const messages = view.recent(this.chatId);
    for (let m = messages.length - 1; m >= 0; m--) {
      const message = messages[m] as Message;
      const roles = buttonsOf(message).map((b) => ({
        data: b.callback_data,
        role: dialect.classify(b.callback_data),
      }));
      let found: string | undefined;
      if (intent.want === "option") {
        found = roles.filter((r) => r.role.kind === "option")[intent.index]?.data;
      } else if (intent.want === "language") {
        found = roles.find(
          (r) => r.role.kind === "language" && r.role.locale === intent.locale,
        )?.data;
      } else {
        found = roles.find((r) => r.role.kind === intent.want)?.data;
      }
      if (found !== undefined) return { message, data: found };
    }
    throw new StudentStuckError(
      `student ${this.chatId} wanted a "${intent.want}" button for ${intent.label}; the bot showed none`,
    );
  }
}

function buttonsOf(message: Message | undefined): { callback_data: string }[] {
  const rows: InlineKeyboardButton[][] = message?.reply_markup?.inline_keyboard ?? [];
  return rows
    .flat()
    .filter((b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b)
    .map((b) => ({ callback_data: b.callback_data }));
}

function planIntents(random: Random, questions: readonly QuestionShape[]): Intent[] {
  const intents: Intent[] = [
    { kind: "command", text: "/start", label: "/start" },
    {
      kind: "press",
      want: "language",
      locale: LOCALES[randomInt(random, 0, LOCALES.length)] as string,
      label: "language",
    },
    { kind: "press", want: "start", label: "enter" },
  ];
  questions.forEach((question, step) => {
    const label: StepLabel = `q${step + 1}`;
    if (question.kind === "single") {
      intents.push({
        kind: "press",
        want: "option",
        index: randomInt(random, 0, question.options),
        label,
      });
      return;
    }
    const most = Math.min(question.max, MAX_TICKS, question.options);
    const count = randomInt(random, Math.max(1, question.min), most + 1);
    const ticked = shuffle(
      random,
      Array.from({ length: question.options }, (_, i) => i),
    ).slice(0, count);
    for (const index of ticked)
      intents.push({ kind: "press", want: "option", index, label: "toggle" });
    intents.push({ kind: "press", want: "done", label });
  });
  return intents;
}

export interface PopulationOptions {
  count: number;
  seed: number;
  questions: readonly QuestionShape[];
  /** Telegram user id of the first student; later ones count up. */
  firstUserId: number;
  /**
   * `interleaved`: all students' updates shuffled together, each student's own order kept (the
   * load run). `sequential`: one student after another (the per-step cost run).
   */
  order: "interleaved" | "sequential";
}

/**
 * Creates the students and gives each of their updates a place in one schedule: a seeded shuffle
 * of every update of every student. Shuffling the multiset of student ids and reading a student's
 * n-th occurrence as its n-th update interleaves students at random while keeping each one's order.
 */
export function createPopulation(options: PopulationOptions): Student[] {
  const random = seededRandom(options.seed);
  const students = Array.from({ length: options.count }, (_, i) => {
    const id = options.firstUserId + i;
    const user: User = {
      id,
      is_bot: false,
      first_name: `Student ${i + 1}`,
      language_code: LOCALES[randomInt(random, 0, LOCALES.length)] as string,
    };
    return new Student(
      user,
      planIntents(random, options.questions),
      options.questions.length,
      seededRandom(options.seed ^ id),
    );
  });
  const schedule = students.flatMap((student, i) => Array<number>(student.updateCount).fill(i));
  if (options.order === "interleaved") shuffle(random, schedule);
  schedule.forEach((studentIndex, position) => {
    (students[studentIndex] as Student).slots.push(position);
  });
  return students;
}
