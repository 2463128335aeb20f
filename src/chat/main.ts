/**
 * `npm run chat`: talk to the real Bagdar bot in the terminal, with no token and no network.
 * Loading the bot, its knowledge and its storage takes a moment, so the first thing printed says
 * that the chat is starting; everything else is in `chat-app.ts`, loaded after that line.
 *
 * Environment: CHAT_LANG (the student's app language, default from LANG), DATA_DIR, REDIS_URL,
 * LOG_LEVEL (default warn; logs go to stderr), REMINDER_CLOCK_SPEEDUP and CHAT_DEMO_DEADLINE_DAYS
 * (trying deadline reminders, see reminder-demo.ts). Tenge amounts use the stored exchange rates
 * (knowledge/rates.yaml): the chat never reads the National Bank's feed. Works with piped input too:
 *   printf '1\n/help\n/quit\n' | npm run chat
 */
process.stdout.write("Starting Bagdar's local chat…\n");

try {
  const { runLocalChat } = await import("./chat-app.js");
  await runLocalChat();
  // Anything still holding the event loop open (a stdin TTY handle) must not keep us here.
  setTimeout(() => process.exit(0), 2000).unref();
} catch (error) {
  const { describeFailure } = await import("./chat-failure.js");
  console.error(describeFailure(error));
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 2000).unref();
}
