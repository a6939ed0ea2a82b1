// What one GraphQL document may ask for, measured on its syntax tree before anything is validated or
// planned: aliases, depth and cost with every fragment spread expanded, sign-in fields, page sizes.
// Each fragment is measured once and its figures multiplied by its uses, so the check takes time linear
// in the document's length however large its expansion is. (Libraries such as graphql-armor ship these
// limits as graphql-js validation rules, which run in the same pass as the spec's own rules, including
// the overlapping-fields check that is itself costly on fan-out; refusing before validation needs a
// check of the syntax tree, which is this module.)
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'postgraphile/graphql';
import type { OperationLimits } from './operation-limit-settings.ts';

export { DEFAULT_LIMITS, type OperationLimits } from './operation-limit-settings.ts';

/**
 * Fields that cost a password hash or count towards a lockout. Matched by name, wherever they appear,
 * including names the schema does not have yet (`reauthenticate`). `changePassword` checks the old
 * password with bcrypt and counts towards the lockout like a sign-in.
 */
export const SIGN_IN_FIELDS: ReadonlySet<string> = new Set([
  'authenticate',
  'completeMfaLogin',
  'reauthenticate',
  'resetPassword',
  'verifyEmail',
  'registerUser',
  'changePassword',
]);

/** Stable codes in `extensions.code` of a refused operation; the README lists them. */
export const LIMIT_CODES = {
  aliases: 'TOO_MANY_ALIASES',
  depth: 'OPERATION_TOO_DEEP',
  cost: 'OPERATION_TOO_COSTLY',
  signIns: 'TOO_MANY_SIGN_INS',
  pageSize: 'PAGE_TOO_LARGE',
  pageSizeRequired: 'PAGE_SIZE_REQUIRED',
} as const;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

interface Measure {
  aliases: number;
  depth: number;
  cost: number;
  signIns: number;
}

export interface DocumentAnalysis {
  /** Limits the document breaks, as errors ready to send. */
  errors: GraphQLError[];
  /** Variables used as `first` / `last`: their values are checked once the request's variables are known. */
  pageSizeVariables: ReadonlySet<string>;
}

function limitError(code: string, message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit } });
}

export function analyzeDocument(document: DocumentNode, limits: OperationLimits): DocumentAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();
  const pageSizeVariables = new Set<string>();
  const oversizedPages: string[] = [];

  const checkPageArgument = (field: string, name: string, value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) pageSizeVariables.add(value.name.value);
    else if (value.kind === Kind.INT && Number(value.value) > limits.maxPageSize) oversizedPages.push(`${field}(${name}: ${value.value})`);
  };

  const measureFragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are the spec validation's to report; they add nothing here.
    if (!fragment || inProgress.has(name)) return { aliases: 0, depth: 0, cost: 0, signIns: 0 };
    inProgress.add(name);
    const measure = measureSelections(fragment.selectionSet);
    inProgress.delete(name);
    measured.set(name, measure);
    return measure;
  };

  const measureSelections = (selectionSet: SelectionSetNode): Measure => {
    const total: Measure = { aliases: 0, depth: 0, cost: 0, signIns: 0 };
    const add = (part: Measure, ownDepth: number) => {
      total.aliases += part.aliases;
      total.cost += part.cost;
      total.signIns += part.signIns;
      total.depth = Math.max(total.depth, part.depth + ownDepth);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        for (const argument of selection.arguments ?? []) {
          if (PAGE_ARGUMENTS.has(argument.name.value)) checkPageArgument(name, argument.name.value, argument.value);
        }
        const inner = selection.selectionSet ? measureSelections(selection.selectionSet) : { aliases: 0, depth: 0, cost: 0, signIns: 0 };
        add(
          {
            aliases: inner.aliases + (selection.alias ? 1 : 0),
            cost: inner.cost + 1,
            signIns: inner.signIns + (SIGN_IN_FIELDS.has(name) ? 1 : 0),
            depth: inner.depth,
          },
          1,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(measureSelections(selection.selectionSet), 0);
      } else {
        add(measureFragment(selection.name.value), 0);
      }
    }
    return total;
  };

  const errors: GraphQLError[] = [];
  const worst: Measure = { aliases: 0, depth: 0, cost: 0, signIns: 0 };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const measure = measureSelections(definition.selectionSet);
    for (const key of ['aliases', 'depth', 'cost', 'signIns'] as const) worst[key] = Math.max(worst[key], measure[key]);
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      if (pageSizeVariables.has(name) && variable.defaultValue) checkPageArgument(`$${name}`, 'default', variable.defaultValue);
    }
  }
  if (worst.aliases > limits.maxAliases) {
    errors.push(limitError(LIMIT_CODES.aliases, `The operation uses ${worst.aliases} aliases once fragments are expanded; at most ${limits.maxAliases} are allowed.`, limits.maxAliases));
  }
  if (worst.depth > limits.maxDepth) {
    errors.push(limitError(LIMIT_CODES.depth, `The operation nests fields ${worst.depth} deep; at most ${limits.maxDepth} levels are allowed.`, limits.maxDepth));
  }
  if (worst.cost > limits.maxCost) {
    errors.push(limitError(LIMIT_CODES.cost, `The operation selects ${worst.cost} fields once fragments are expanded; at most ${limits.maxCost} are allowed.`, limits.maxCost));
  }
  if (worst.signIns > limits.maxSignIns) {
    errors.push(
      limitError(
        LIMIT_CODES.signIns,
        `The operation asks for ${worst.signIns} sign-in fields (${[...SIGN_IN_FIELDS].join(', ')}); at most ${limits.maxSignIns} per request.`,
        limits.maxSignIns,
      ),
    );
  }
  if (oversizedPages.length > 0) {
    errors.push(limitError(LIMIT_CODES.pageSize, `Pages are limited to ${limits.maxPageSize} rows: ${oversizedPages.slice(0, 5).join(', ')}.`, limits.maxPageSize));
  }
  return { errors, pageSizeVariables };
}

/**
 * A paginated field (one the schema gives `first` / `last`) that the document bounds only through variables:
 * whether it is bounded is known once the request's variables are.
 */
export interface VariablePage {
  field: string;
  /** Variables given as its `first` / `last`; `defaulted` ones have an integer default in the operation. */
  variables: { name: string; defaulted: boolean }[];
}

/**
 * Every paginated field must be asked for a page: `first` or `last`, as GitHub's API requires. A connection
 * without either would return every row, so the maximum page size would bound nothing. (A silent default page
 * would hide truncation from the client; a refusal names the field.) Schema-aware, so it runs with the
 * spec's validation; fields bounded only by variables are recorded in `variablePages` for the execute check.
 */
export function makePageSizeRequiredRule(limits: OperationLimits, variablePages: WeakMap<DocumentNode, VariablePage[]>): ValidationRule {
  return (context) => {
    const document = context.getDocument();
    const integerDefaults = new Set<string>();
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue?.kind === Kind.INT) integerDefaults.add(variable.variable.name.value);
      }
    }
    const pages: VariablePage[] = [];
    variablePages.set(document, pages);
    return {
      Field(node) {
        const definition = context.getFieldDef();
        if (!definition || !definition.args.some((argument) => PAGE_ARGUMENTS.has(argument.name))) return;
        const given = (node.arguments ?? []).filter((argument) => PAGE_ARGUMENTS.has(argument.name.value));
        if (given.some((argument) => argument.value.kind === Kind.INT)) return;
        const variables = given.flatMap((argument) =>
          argument.value.kind === Kind.VARIABLE ? [{ name: argument.value.name.value, defaulted: integerDefaults.has(argument.value.name.value) }] : [],
        );
        if (variables.length > 0) {
          pages.push({ field: node.name.value, variables });
          return;
        }
        context.reportError(
          new GraphQLError(`${node.name.value} returns pages: ask for one with first or last (at most ${limits.maxPageSize}).`, {
            nodes: node,
            extensions: { code: LIMIT_CODES.pageSizeRequired, limit: limits.maxPageSize },
          }),
        );
      },
    };
  };
}

/** The page-size checks for values that arrive as variables: none above the maximum, none left unbounded. */
export function checkPageSizeVariables(
  analysis: DocumentAnalysis,
  variables: Record<string, unknown> | null | undefined,
  limits: OperationLimits,
  variablePages: readonly VariablePage[] = [],
): GraphQLError | undefined {
  const oversized = [...analysis.pageSizeVariables].filter((name) => {
    const value = variables?.[name];
    return typeof value === 'number' && value > limits.maxPageSize;
  });
  if (oversized.length > 0) {
    return limitError(LIMIT_CODES.pageSize, `Pages are limited to ${limits.maxPageSize} rows: $${oversized.join(', $')}.`, limits.maxPageSize);
  }
  const unbounded = variablePages.filter((page) =>
    page.variables.every(({ name, defaulted }) => {
      const value = variables?.[name];
      return !(typeof value === 'number' || (value === undefined && defaulted));
    }),
  );
  if (unbounded.length === 0) return undefined;
  const fields = [...new Set(unbounded.map((page) => page.field))].join(', ');
  return limitError(LIMIT_CODES.pageSizeRequired, `${fields} returns pages: give first or last a number (at most ${limits.maxPageSize}).`, limits.maxPageSize);
}
