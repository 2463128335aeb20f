/** What a line typed in the local chat means. */

export type ChatInput =
  | { kind: "quit" }
  | { kind: "nothing" }
  /** Press the n-th numbered button (from 1) of a message; default: the newest with buttons. */
  | { kind: "press"; button: number; messageId?: number }
  | { kind: "send"; text: string };

/**
 * Reads one typed line: `/quit` leaves, `3` presses button 3 of the newest keyboard, `m12.3`
 * presses button 3 of message #12 (to try stale buttons), `> 3` sends the text "3", anything
 * else (commands too) is sent as typed.
 */
export function parseChatInput(line: string): ChatInput {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "nothing" };
  if (trimmed === "/quit") return { kind: "quit" };
  if (/^\d+$/.test(trimmed)) return { kind: "press", button: Number(trimmed) };
  const older = /^m(\d+)\.(\d+)$/i.exec(trimmed);
  if (older !== null) {
    return { kind: "press", button: Number(older[2]), messageId: Number(older[1]) };
  }
  if (trimmed.startsWith(">")) {
    const text = trimmed.slice(1).trim();
    return text === "" ? { kind: "nothing" } : { kind: "send", text };
  }
  return { kind: "send", text: trimmed };
}
