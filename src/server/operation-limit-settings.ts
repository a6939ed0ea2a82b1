// The per-operation limits as settings: plain data without a GraphQL import, because config.ts reads them in
// every idkit command, including those that run where postgraphile (an optional peer) is not installed.
export interface OperationLimits {
  /** Aliased fields per operation, counted in the expanded operation (a fragment spread 3 times counts 3 times). */
  maxAliases: number;
  /** Nesting of fields, through fragments. */
  maxDepth: number;
  /** Fields the operation selects once every fragment is expanded: what planning has to walk. */
  maxCost: number;
  /** Fields that check a password, code or token (bcrypt or lockout work); see SIGN_IN_FIELDS in operation-limits.ts. */
  maxSignIns: number;
  /** Largest `first` / `last` a connection may be asked for. */
  maxPageSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxAliases: 20,
  maxDepth: 15,
  maxCost: 500,
  maxSignIns: 1,
  maxPageSize: 100,
};
