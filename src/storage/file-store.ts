/**
 * A small JSON-file key-value store used when no Redis is configured.
 *
 * Why not `@grammyjs/storage-file`: it writes files in place, so a crash in the middle of a write
 * leaves a half-written JSON file that then fails to parse on every update for that chat. Here a
 * write goes to a temporary file that is renamed over the old one (atomic on POSIX), and every
 * value carries an expiry so inactive students' data does not stay forever.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { KeyValueStore } from "./types.js";

interface Envelope<T> {
  expiresAt: number | null;
  value: T;
}

export class FileStore<T> implements KeyValueStore<T> {
  private readonly ready: Promise<unknown>;
  private writeCounter = 0;

  /**
   * @param dir folder for this store's files (created if missing)
   * @param ttlSeconds how long a value lives after its last write; undefined keeps it
   */
  constructor(
    private readonly dir: string,
    private readonly ttlSeconds?: number,
    private readonly now: () => number = Date.now,
  ) {
    this.ready = mkdir(dir, { recursive: true });
  }

  private fileFor(key: string): string {
    // Hashing keeps any key (negative chat ids, prefixes with colons) a safe file name.
    const name = createHash("sha256").update(key).digest("hex").slice(0, 32);
    return join(this.dir, `${name}.json`);
  }

  async read(key: string): Promise<T | undefined> {
    await this.ready;
    let raw: string;
    try {
      raw = await readFile(this.fileFor(key), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    const envelope = JSON.parse(raw) as Envelope<T> & { key?: string };
    if (envelope.expiresAt !== null && envelope.expiresAt <= this.now()) {
      await this.delete(key);
      return undefined;
    }
    return envelope.value;
  }

  async write(key: string, value: T): Promise<void> {
    await this.ready;
    const envelope = {
      key,
      expiresAt: this.ttlSeconds === undefined ? null : this.now() + this.ttlSeconds * 1000,
      value,
    };
    const target = this.fileFor(key);
    const temporary = `${target}.${process.pid}.${this.writeCounter++}.tmp`;
    await writeFile(temporary, JSON.stringify(envelope), "utf8");
    await rename(temporary, target);
  }

  async delete(key: string): Promise<void> {
    await this.ready;
    await rm(this.fileFor(key), { force: true });
  }

  /** Every key currently stored (expired ones included until they are next read). */
  async keys(): Promise<string[]> {
    await this.ready;
    const names = (await readdir(this.dir)).filter((n) => n.endsWith(".json"));
    const keys: string[] = [];
    for (const name of names) {
      try {
        const parsed = JSON.parse(await readFile(join(this.dir, name), "utf8")) as { key?: string };
        if (typeof parsed.key === "string") keys.push(parsed.key);
      } catch {
        // A file removed between readdir and readFile is simply not listed.
      }
    }
    return keys;
  }
}
