/**
 * Telegram's side of a webhook: POSTs updates, as JSON, to the URL the bot registered with
 * `setWebhook`, with the secret token header it asked for, and delivers an update again later
 * when the bot answers anything but 2xx (or cannot be reached), as Telegram does.
 *
 * Several instances behind a load balancer register one URL; `via` plays the load balancer and
 * sends a request to one instance's origin, keeping the registered path.
 *
 * @example
 * const sender = new WebhookSender(fake);
 * await sender.deliver(fake.sendText(student, "/start", { queue: false }), { via: instanceA });
 */
import type { Update } from "grammy/types";
import type { FakeBotApi } from "../../../src/chat/fake-bot-api.js";

export interface WebhookRequestOptions {
  /** The instance to send to (`http://127.0.0.1:PORT`); default: the registered URL's origin. */
  via?: string;
  /**
   * The secret header to send instead of the registered one (a forged request); `null` sends
   * none.
   */
  secret?: string | null;
}

export interface WebhookDelivery {
  /** HTTP status of every attempt in order; 0 for an attempt that got no answer. */
  attempts: number[];
}

export interface WebhookSenderOptions {
  /** Wait before the first redelivery; doubles after each. Telegram waits longer. Default 50 ms. */
  retryDelayMs?: number;
  /** Attempts before the update is given up (the delivery then rejects). Default 8. */
  maxAttempts?: number;
}

const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

export class WebhookSender {
  private readonly retryDelayMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly fake: FakeBotApi,
    options: WebhookSenderOptions = {},
  ) {
    this.retryDelayMs = options.retryDelayMs ?? 50;
    this.maxAttempts = options.maxAttempts ?? 8;
  }

  /** One POST of `update`; resolves with the HTTP status (0 when nothing answered). */
  async post(update: Update, options: WebhookRequestOptions = {}): Promise<number> {
    const webhook = this.fake.webhook();
    if (webhook === undefined) {
      throw new Error("WebhookSender: the bot has not called setWebhook (or deleted it)");
    }
    const target = new URL(webhook.url);
    const url = options.via === undefined ? target : new URL(target.pathname, options.via);
    const secret = options.secret === undefined ? webhook.secretToken : options.secret;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret === undefined || secret === null ? {} : { [SECRET_HEADER]: secret }),
        },
        body: JSON.stringify(update),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  /**
   * Delivers `update` as Telegram does: types the bot did not subscribe to are dropped (resolves
   * with no attempts); a non-2xx answer or a refused connection is retried after a growing delay.
   * Rejects when every attempt failed.
   */
  async deliver(update: Update, options: WebhookRequestOptions = {}): Promise<WebhookDelivery> {
    const allowed = this.fake.webhook()?.allowedUpdates ?? [];
    const type = Object.keys(update).find((key) => key !== "update_id") ?? "";
    if (allowed.length > 0 && !allowed.includes(type)) return { attempts: [] };

    const attempts: number[] = [];
    let delay = this.retryDelayMs;
    while (attempts.length < this.maxAttempts) {
      const status = await this.post(update, options);
      attempts.push(status);
      if (status >= 200 && status < 300) return { attempts };
      // Telegram's own back-off: the bot is left alone for a while before the update comes back.
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
    throw new Error(
      `WebhookSender: update ${update.update_id} was refused ${attempts.length} times (${attempts.join(", ")})`,
    );
  }
}
