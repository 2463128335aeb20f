/**
 * One JSON document in one file, for the single-instance file store: read once, changed through
 * {@link JsonFile.update} one change at a time, and written with a rename so a crash never leaves
 * half a file behind.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export class JsonFile<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private cached: T | undefined;
  private writes = 0;

  constructor(
    private readonly path: string,
    private readonly empty: () => T,
  ) {}

  private async load(): Promise<T> {
    if (this.cached !== undefined) return this.cached;
    try {
      this.cached = JSON.parse(await readFile(this.path, "utf8")) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      this.cached = this.empty();
    }
    return this.cached;
  }

  /** The current document (do not change it: use `update`). */
  read(): Promise<T> {
    const result = this.queue.then(() => this.load());
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Applies `change` to the document and saves it; changes run one after another. */
  update<R>(change: (doc: T) => R): Promise<R> {
    const result = this.queue.then(async () => {
      const doc = structuredClone(await this.load());
      const value = change(doc);
      await mkdir(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.${this.writes++}.tmp`;
      await writeFile(temporary, JSON.stringify(doc), "utf8");
      await rename(temporary, this.path);
      this.cached = doc;
      return value;
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}
