/**
 * The repository's knowledge base, the one every bot process under test loads, read once per test
 * file: plans need it to know which follow-up questions the bot will ask, and expectations to
 * compute the results.
 */
import { fileURLToPath } from "node:url";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Knowledge } from "../../../src/knowledge/schema.js";

const REPO_KNOWLEDGE = fileURLToPath(new URL("../../../knowledge", import.meta.url));

export const KNOWLEDGE: Knowledge = await loadKnowledgeOrThrow(REPO_KNOWLEDGE);
