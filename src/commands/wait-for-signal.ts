// Foreground commands stay up until Ctrl-C (SIGINT) or SIGTERM; src/lifecycle.ts routes the signal here.
export { waitForShutdownSignal } from '../lifecycle.ts';
