/** The bot's identity and token in every benchmark run: preset, so no `getMe` call is made. */
import { randomBytes } from "node:crypto";
import type { UserFromGetMe } from "grammy/types";

/**
 * Only the benchmark's stand-in Bot API ever sees it. Made at run time so the repository never
 * holds a string shaped like a real token.
 */
export const BENCH_TOKEN = `123456:bench-${randomBytes(16).toString("hex")}`;

export const BENCH_BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Bagdar",
  username: "bagdar_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
