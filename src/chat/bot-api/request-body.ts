/**
 * Reads a `fetch(url, init)` call aimed at the Bot API into method and payload, whether grammY
 * sent JSON or, for file uploads, a multipart/form-data stream.
 */

export interface ApiRequest {
  token: string;
  method: string;
  payload: Record<string, unknown>;
}

/** What an uploaded file becomes in a recorded payload (the bytes are not kept). */
export interface UploadedFile {
  upload: true;
  filename: string;
  size: number;
}

const API_PATH = /\/bot([^/]+)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/;

/** Returns undefined when the URL is not `<apiRoot>/bot<token>/<method>`. */
export async function readApiRequest(
  input: string | URL | Request,
  init: RequestInit | undefined,
): Promise<ApiRequest | undefined> {
  const url = new URL(
    typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
  );
  const match = API_PATH.exec(url.pathname);
  if (match === null) return undefined;
  const [, token = "", method = ""] = match;

  const request = input instanceof Request ? input : undefined;
  const headers = new Headers(init?.headers ?? request?.headers);
  const contentType = headers.get("content-type") ?? "";
  const body = init?.body ?? (request ? await request.arrayBuffer() : undefined);

  const payload: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) payload[key] = coerceFormValue(key, value);
  if (typeof FormData !== "undefined" && body instanceof FormData) {
    Object.assign(payload, await readFormData(body));
  } else {
    const bytes = await readBytes(body);
    if (contentType.startsWith("multipart/form-data")) {
      const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
      if (boundary === undefined) throw new TypeError("multipart request without a boundary");
      Object.assign(payload, parseMultipart(bytes, boundary));
    } else if (bytes.length > 0) {
      const text = bytes.toString("utf8");
      if (contentType.startsWith("application/x-www-form-urlencoded")) {
        for (const [key, value] of new URLSearchParams(text)) {
          payload[key] = coerceFormValue(key, value);
        }
      } else {
        Object.assign(payload, JSON.parse(text) as Record<string, unknown>);
      }
    }
  }
  return { token, method, payload };
}

async function readBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString(), "utf8");
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer());
  // grammY on Node sends uploads as a Node Readable, which is async-iterable.
  if (typeof body === "object" && Symbol.asyncIterator in body) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
  if (typeof body === "object" && "getReader" in body) {
    return Buffer.from(await new Response(body as ReadableStream).arrayBuffer());
  }
  throw new TypeError("the fake Bot API cannot read this request body");
}

function parseMultipart(bytes: Buffer, boundary: string): Record<string, unknown> {
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let at = bytes.indexOf(delimiter);
  while (at !== -1) {
    at += delimiter.length;
    if (bytes.subarray(at, at + 2).toString() === "--") break;
    if (bytes.subarray(at, at + 2).toString() === "\r\n") at += 2;
    const end = bytes.indexOf(nextDelimiter, at);
    if (end === -1) break;
    const part = bytes.subarray(at, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(head);
    if (name !== undefined) {
      if (filename !== null) {
        files.set(name, {
          upload: true,
          filename: (filename[1] ?? filename[2] ?? "").trim(),
          size: content.length,
        });
      } else {
        fields.set(name, content.toString("utf8"));
      }
    }
    at = end + 2;
  }

  const payload: Record<string, unknown> = {};
  for (const [key, value] of fields) payload[key] = coerceFormValue(key, value);
  const used = new Set<string>();
  const resolved = resolveAttachments(payload, files, used) as Record<string, unknown>;
  // An upload nobody references with attach:// is a field in its own right (plain forms).
  for (const [key, file] of files) if (!used.has(key)) resolved[key] = file;
  return resolved;
}

async function readFormData(form: FormData): Promise<Record<string, unknown>> {
  const payload: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") {
      payload[key] = coerceFormValue(key, value);
    } else {
      const file: UploadedFile = { upload: true, filename: value.name, size: value.size };
      files.set(key, file);
      payload[key] = file;
    }
  }
  return resolveAttachments(payload, files, new Set()) as Record<string, unknown>;
}

function resolveAttachments(
  value: unknown,
  files: Map<string, UploadedFile>,
  used: Set<string>,
): unknown {
  if (typeof value === "string" && value.startsWith("attach://")) {
    const id = value.slice("attach://".length);
    used.add(id);
    return files.get(id) ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveAttachments(item, files, used));
  if (typeof value === "object" && value !== null && !("upload" in value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveAttachments(item, files, used)]),
    );
  }
  return value;
}

/** Texts stay texts even when they look like numbers ("42" as a caption is not 42). */
const TEXT_FIELDS = new Set(["text", "caption", "parse_mode", "description", "short_description"]);

/**
 * A form field's value as the JSON payload would have had it: grammY stringifies objects and
 * sends numbers and booleans as their text.
 */
function coerceFormValue(key: string, value: string): unknown {
  if (TEXT_FIELDS.has(key)) return value;
  if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  if (value.startsWith("{") || value.startsWith("[")) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
