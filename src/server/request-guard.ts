// A graphile-config plugin that guards every GraphQL request: operation limits before the spec's
// validation and before planning, introspection only when enabled, page sizes (required on every
// paginated field, checked again for variables),
// and a time budget for the whole request.
import { createHash } from 'node:crypto';
import type {} from 'postgraphile';
import type { ExecutionConfig } from 'postgraphile/grafserv';
import { SafeError } from 'postgraphile/grafast';
import { GraphQLError, parse, type DocumentNode, type ExecutionResult, type ValidationRule } from 'postgraphile/graphql';
import {
  analyzeDocument,
  checkPageSizeVariables,
  makePageSizeRequiredRule,
  type DocumentAnalysis,
  type OperationLimits,
  type VariablePage,
} from './operation-limits.ts';

export interface RequestGuardOptions {
  limits: OperationLimits;
  /** Whether `__schema` and `__type` may be queried. */
  introspection: boolean;
  /** Milliseconds a request may take, database work included; then it ends and its transaction rolls back. */
  requestTimeoutMs: number;
}

export const INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';

/** `__schema` and `__type` are refused; `__typename` is not introspection of the schema and stays allowed. */
const NoIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError('Introspection is disabled on this server.', { nodes: node, extensions: { code: INTROSPECTION_DISABLED } }),
      );
    }
  },
});

type ParseAndValidate = ExecutionConfig['parseAndValidate'];
type ParseAndValidateResult = ReturnType<ParseAndValidate>;

const CACHE_SIZE = 500;

/**
 * Wraps grafserv's parse-and-validate: a document over the limits is refused with the limit errors
 * before graphql-js's own validation (whose overlapping-fields rule is itself expensive on fan-out),
 * so neither validation nor planning ever sees it.
 */
function guardParseAndValidate(original: ParseAndValidate, limits: OperationLimits, analyses: WeakMap<DocumentNode, DocumentAnalysis>): ParseAndValidate {
  const cache = new Map<string, ParseAndValidateResult>();
  return (query) => {
    const key = query.length > 500 ? createHash('sha256').update(query).digest('base64') : query;
    const cached = cache.get(key);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return original(query); // syntax errors are reported by grafserv as usual
    }
    const analysis = analyzeDocument(document, limits);
    const result: ParseAndValidateResult = analysis.errors.length > 0 ? { errors: analysis.errors } : original(query);
    if (result.document) analyses.set(result.document, analysis);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
    return result;
  };
}

function requestTimeoutError(budgetMs: number): SafeError {
  return new SafeError(`The request took longer than its ${budgetMs} ms budget and was cancelled; its changes were rolled back.`, {
    code: REQUEST_TIMEOUT,
  });
}

type WithPgClient = (settings: Record<string, string> | null, callback: (client: unknown) => unknown) => Promise<unknown>;

/**
 * Bounds the database work of one request by what is left of its budget: every statement's timeout is
 * at most the remaining time, and nothing starts once it is spent. A cancelled statement fails its
 * transaction, which the adaptor rolls back.
 */
function withinBudget(original: WithPgClient, deadline: number, budgetMs: number): WithPgClient {
  return async (settings, callback) => {
    const remaining = Math.floor(deadline - Date.now());
    if (remaining <= 0) throw requestTimeoutError(budgetMs);
    const statementTimeout = Number(settings?.statement_timeout ?? Infinity);
    const limitedByBudget = remaining < statementTimeout;
    const bounded = limitedByBudget ? { ...settings, statement_timeout: String(remaining) } : settings;
    try {
      return await original(bounded, (client) => {
        // Waiting for a pooled connection can use up the budget: then nothing runs, and the transaction ends.
        if (Date.now() >= deadline) throw requestTimeoutError(budgetMs);
        return callback(client);
      });
    } catch (error) {
      if (limitedByBudget && (error as { code?: unknown })?.code === '57014') throw requestTimeoutError(budgetMs);
      throw error;
    }
  };
}

export function makeRequestGuardPlugin(options: RequestGuardOptions): GraphileConfig.Plugin {
  const { limits, requestTimeoutMs } = options;
  const analyses = new WeakMap<DocumentNode, DocumentAnalysis>();
  const guarded = new WeakMap<ParseAndValidate, ParseAndValidate>();
  const variablePages = new WeakMap<DocumentNode, VariablePage[]>();
  return {
    name: 'IdkitRequestGuardPlugin',
    version: '1.0.0',
    description: 'Operation limits before validation and planning, introspection switch, time budget per request',
    grafserv: {
      middleware: {
        setPreset(next, event) {
          if (!options.introspection) event.validationRules.push(NoIntrospection);
          event.validationRules.push(makePageSizeRequiredRule(limits, variablePages));
          const getExecutionConfig = event.getExecutionConfig;
          const withGuard = (config: ExecutionConfig): ExecutionConfig => {
            let parseAndValidate = guarded.get(config.parseAndValidate);
            if (!parseAndValidate) {
              parseAndValidate = guardParseAndValidate(config.parseAndValidate, limits, analyses);
              guarded.set(config.parseAndValidate, parseAndValidate);
            }
            return { ...config, parseAndValidate };
          };
          event.getExecutionConfig = function (ctx) {
            const config = getExecutionConfig.call(this, ctx);
            return config instanceof Promise ? config.then(withGuard) : withGuard(config as ExecutionConfig);
          };
          return next();
        },
      },
    },
    grafast: {
      middleware: {
        execute(next, event) {
          const { args } = event;
          const analysis = analyses.get(args.document) ?? analyzeDocument(args.document, limits);
          const pageError = checkPageSizeVariables(analysis, args.variableValues, limits, variablePages.get(args.document));
          if (pageError) return { errors: [pageError] } satisfies ExecutionResult;

          const deadline = Date.now() + requestTimeoutMs;
          const context = args.contextValue as Record<string, unknown>;
          if (typeof context.withPgClient === 'function') {
            context.withPgClient = withinBudget(context.withPgClient as WithPgClient, deadline, requestTimeoutMs);
          }
          const result = next();
          if (!(result instanceof Promise)) return result;
          // Work outside the database (or a wait for a connection) is bounded too: the client gets its
          // answer at the deadline, and whatever is still running can no longer reach the database.
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<ExecutionResult>((resolve) => {
            timer = setTimeout(() => {
              const error = requestTimeoutError(requestTimeoutMs);
              resolve({ errors: [new GraphQLError(error.message, { extensions: error.extensions })] });
            }, requestTimeoutMs);
          });
          return Promise.race([result, timeout]).finally(() => clearTimeout(timer));
        },
      },
    },
  };
}
