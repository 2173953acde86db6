/**
 * Runs a task for the latest request only. While it runs, further requests are coalesced into
 * one more run when it ends: typing fires one search at a time, a debounce without a delay. The
 * task is told when a newer request has come, so it can stop drawing stale results.
 */
export function latestOnly(task: (isStale: () => boolean) => Promise<void>): () => void {
  let running = false;
  let pending = false;
  const run = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await task(() => pending);
      } while (pending);
    } finally {
      running = false;
    }
  };
  return () => void run();
}
