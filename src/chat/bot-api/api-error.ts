/** Bot API failures in the exact JSON shape Telegram answers with. */
import type { ResponseParameters } from "grammy/types";

export interface ApiErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
}

/** Thrown inside the fake's method handlers; becomes the HTTP answer. */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  constructor(readonly body: ApiErrorBody) {
    super(body.description);
  }
}

/** A 400 with Telegram's "Bad Request: " prefix, e.g. `badRequest("message is too long")`. */
export function badRequest(what: string): ApiFailure {
  return new ApiFailure({ ok: false, error_code: 400, description: `Bad Request: ${what}` });
}

export function forbidden(what: string): ApiFailure {
  return new ApiFailure({ ok: false, error_code: 403, description: `Forbidden: ${what}` });
}

export function conflict(what: string): ApiFailure {
  return new ApiFailure({ ok: false, error_code: 409, description: `Conflict: ${what}` });
}

export const NOT_FOUND: ApiErrorBody = { ok: false, error_code: 404, description: "Not Found" };

export const UNAUTHORIZED: ApiErrorBody = {
  ok: false,
  error_code: 401,
  description: "Unauthorized",
};

/** Telegram's flood-control answer; grammY's auto-retry reads `parameters.retry_after`. */
export function tooManyRequests(retryAfterSeconds: number): ApiErrorBody {
  return {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  };
}
