/** What the local chat prints when it cannot go on: the reason alone when it is the user's to fix. */
import { KnowledgeError } from "../knowledge/load.js";
import { StorageUnavailableError } from "../storage/index.js";

export function describeFailure(error: unknown): string {
  if (error instanceof KnowledgeError || error instanceof StorageUnavailableError) {
    return error.message;
  }
  return `The local chat stopped: ${error instanceof Error ? error.stack : String(error)}`;
}
