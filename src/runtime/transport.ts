/** What main.ts needs from a transport: a way to stop it once in-flight updates are done. */
export interface Transport {
  mode: "polling" | "webhook";
  /** Stops taking updates and resolves when the ones in flight are handled. */
  stop(): Promise<void>;
}

/** The update types Bagdar handles; Telegram sends no others. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;
