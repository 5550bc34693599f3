import "server-only";
import { logger } from "../logger";
import { workProviders } from "./providers";
import type { WorkItem, WorkProvider } from "./types";

/**
 * Asks every register's provider and joins the answers. One register's failure is logged and its
 * items left out, so a broken register cannot take the header bell, "Mitt arbete" or the other
 * registers' reminders down with it.
 */
export async function collectWork(ask: (provider: WorkProvider) => Promise<WorkItem[]>): Promise<WorkItem[]> {
  return (await askEveryProvider(ask, [])).flat();
}

/** Every provider's answer in provider order; a failing provider is logged and answers `failed`. */
export async function askEveryProvider<T>(ask: (provider: WorkProvider) => Promise<T>, failed: T): Promise<T[]> {
  const answers = await Promise.allSettled(workProviders.map(ask));
  return answers.map((answer, i) => {
    if (answer.status === "fulfilled") return answer.value;
    logger.error("work: a provider failed", { kinds: workProviders[i].kinds, error: answer.reason instanceof Error ? answer.reason.message : String(answer.reason) });
    return failed;
  });
}
