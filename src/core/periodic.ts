/**
 * Background work in a server process: run now, then again `intervalMs` after
 * each run ends — never two runs at once in one process (several processes
 * coordinate through the database). A run that throws is reported and the
 * schedule goes on. `stop()` cancels the next run and waits for the current.
 */
export interface Periodic {
  stop(): Promise<void>;
}

export function startPeriodic(
  run: (stopped: () => boolean) => Promise<void>,
  intervalMs: number,
  onError: (error: unknown) => void,
): Periodic {
  if (!Number.isInteger(intervalMs) || intervalMs < 1)
    throw new RangeError(`intervalMs must be ≥ 1: ${intervalMs}`);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const isStopped = () => stopped;
  const tick = (): void => {
    timer = undefined;
    running = run(isStopped)
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          timer.unref();
        }
      });
  };
  timer = setTimeout(tick, 0);
  timer.unref();
  return {
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
