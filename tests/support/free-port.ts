/** A TCP port nobody listens on right now, for processes that need a port number up front. */
import { createServer } from "node:net";

/**
 * Asks the OS for a free port on 127.0.0.1 and releases it. Another process could take it before
 * ours binds it; on a test machine that race is rare enough, and a bind failure is loud.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("the OS gave no port")),
      );
    });
  });
}
