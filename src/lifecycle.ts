// Ctrl-C and SIGTERM at any moment: during start-up, whatever is half done is undone (password files,
// a half-initialised cluster, a started PostgreSQL, lock files) and the process says one line and exits;
// once a command waits in the foreground, the signal is handed to it for a graceful stop.

type Cleanup = () => void | Promise<void>;

const cleanups: Cleanup[] = [];
let foreground: ((signal: NodeJS.Signals) => void) | undefined;
let interrupted = false;

/** True once a signal arrived outside the foreground wait: errors after that are consequences, not causes. */
export function isInterrupted(): boolean {
  return interrupted;
}

/** Registers work to undo if the process is interrupted before it is done; returns the unregister function. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** Resolves with the signal that asks a foreground command to stop (Ctrl-C or SIGTERM). */
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    foreground = resolve;
  });
}

/**
 * The CLI's handlers: a graceful stop in the foreground, otherwise undo and exit 130 (SIGINT) / 143 (SIGTERM).
 *
 * Once an interrupt is being handled, only the handler ends the process: libraries that exit on their own when
 * a connection breaks (graphile-migrate's pool calls `process.exit(1)` when PostgreSQL goes away, which the
 * cleanup makes happen during a migration) would otherwise end it with 1 before the cleanups are done.
 */
export function installInterruptHandlers(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    if (interrupted) return undefined as never; // the handler below exits once the cleanups are done
    return exit(code);
  }) as typeof process.exit;
  const handle = (signal: NodeJS.Signals) => {
    if (foreground && !interrupted) {
      const resume = foreground;
      foreground = undefined;
      resume(signal);
      return;
    }
    if (interrupted) return;
    interrupted = true;
    void (async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          await cleanup();
        } catch {
          // Best effort: the next cleanup still runs.
        }
      }
      console.error(`\nStopped (${signal}); nothing was left running or half-written.`);
      exit(signal === 'SIGTERM' ? 143 : 130);
    })();
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
