// Trusted documents: the server runs only GraphQL documents of a committed allow-list, a folder of
// `<sha256 hex>.graphql` files. Serving is @grafserv/persisted's job; this module loads and checks the
// list, lets a client name a document by id (`documentId: "sha256:<hex>"`, Apollo's persistedQuery hash)
// or send its exact text, and gives a refusal a stable code.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PersistedPlugin } from '@grafserv/persisted';
import type {} from 'postgraphile';
import { SafeError } from 'postgraphile/grafast';
import type { ParsedGraphQLBody } from 'postgraphile/grafserv';
import { buildSchema, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'postgraphile/graphql';
import { analyzeDocument, makePageSizeRequiredRule, type OperationLimits } from './operation-limits.ts';

export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

const FILE_NAME = /^([0-9a-f]{64})\.graphql$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The id clients send as `documentId`. */
export const documentIdOf = (text: string) => `sha256:${sha256Hex(text)}`;

/** Every document of the folder by its hash; a file whose name is not the hash of its text is refused. */
export function loadTrustedDocuments(directory: string): Map<string, string> {
  const documents = new Map<string, string>();
  if (!fs.existsSync(directory)) return documents;
  for (const name of fs.readdirSync(directory).sort()) {
    const match = FILE_NAME.exec(name);
    if (!match) continue;
    const text = fs.readFileSync(path.join(directory, name), 'utf8');
    if (sha256Hex(text) !== match[1]) throw new Error(`${name}: the file name is not the SHA-256 of its text (edited by hand?)`);
    documents.set(match[1]!, text);
  }
  return documents;
}

function hashFromPayload(payload: ParsedGraphQLBody): string {
  const body = payload as ParsedGraphQLBody & { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
  if (typeof id === 'string') return id.replace(/^sha256:/, '');
  // The exact text of a trusted document is as good as its id. An empty hash finds nothing, and
  // @grafserv/persisted then refuses the request without logging its payload (which may hold passwords).
  return typeof body.query === 'string' ? sha256Hex(body.query) : '';
}

/** Rewrites @grafserv/persisted's refusal into one with our code; must run around it. */
const TrustedDocumentsErrorPlugin: GraphileConfig.Plugin = {
  name: 'IdkitTrustedDocumentsErrorPlugin',
  version: '1.0.0',
  before: ['PersistedPlugin'],
  grafserv: {
    middleware: {
      async processGraphQLRequestBody(next) {
        try {
          await next();
        } catch (error) {
          if (!(error instanceof SafeError)) throw error;
          throw new SafeError(
            'This server runs trusted documents only: send the documentId ("sha256:<hex>") of a document in its allow-list.',
            { statusCode: 400, code: TRUSTED_DOCUMENT_REQUIRED },
          );
        }
      },
    },
  },
};

/** The preset part that turns trusted-documents mode on, with the documents of `directory`. */
export function trustedDocumentsPreset(directory: string): GraphileConfig.Preset {
  const documents = loadTrustedDocuments(directory);
  return {
    plugins: [TrustedDocumentsErrorPlugin, PersistedPlugin],
    grafserv: {
      // An unknown hash gives undefined, which @grafserv/persisted refuses (its type only allows strings).
      persistedOperationsGetter: (hash: string) => documents.get(hash)!,
      hashFromPayload,
      allowUnpersistedOperation: false,
    },
  };
}

export interface DocumentProblem {
  file: string;
  problems: string[];
}

/** What is wrong with a document: syntax, validity against the schema, the operation limits (a page on every paginated field). */
export function documentProblems(text: string, schema: GraphQLSchema, limits: OperationLimits): string[] {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    return [error instanceof GraphQLError ? error.message : String(error)];
  }
  const limitErrors = analyzeDocument(document, limits).errors;
  if (limitErrors.length > 0) return limitErrors.map((error) => error.message);
  return validate(schema, document, [...specifiedRules, makePageSizeRequiredRule(limits, new WeakMap())]).map((error) => error.message);
}

/** The committed SDL (generated/schema.graphql) of this package, from src/ or from dist/src/. */
export function bundledSchemaPath(): string {
  const candidates = ['../../generated/schema.graphql', '../../../generated/schema.graphql'].map((relative) => path.resolve(import.meta.dirname, relative));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`generated/schema.graphql not found (looked at ${candidates.join(', ')})`);
  return found;
}

/** The ids of the folder's documents, by file name only. */
export function loadTrustedDocumentIds(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory).flatMap((name) => {
    const match = FILE_NAME.exec(name);
    return match ? [`sha256:${match[1]}`] : [];
  });
}

export function readSchema(sdlPath: string): GraphQLSchema {
  return buildSchema(fs.readFileSync(sdlPath, 'utf8'));
}

/**
 * Adds a document (after checking it) to the allow-list folder and returns its id. The stored text is
 * the file's text with its trailing white space trimmed, so the id does not depend on an editor's habit.
 */
export function addTrustedDocument(text: string, options: { directory: string; schema: GraphQLSchema; limits: OperationLimits }): { id: string; problems: string[] } {
  const stored = `${text.trimEnd()}\n`;
  const problems = documentProblems(stored, options.schema, options.limits);
  const id = documentIdOf(stored);
  if (problems.length === 0) {
    fs.mkdirSync(options.directory, { recursive: true });
    fs.writeFileSync(path.join(options.directory, `${sha256Hex(stored)}.graphql`), stored);
  }
  return { id, problems };
}

/** Every file of the allow-list: its name is its hash, and it is a valid document within the limits. */
export function checkTrustedDocuments(options: { directory: string; schema: GraphQLSchema; limits: OperationLimits }): DocumentProblem[] {
  const report: DocumentProblem[] = [];
  if (!fs.existsSync(options.directory)) return report;
  for (const file of fs.readdirSync(options.directory).sort()) {
    if (!file.endsWith('.graphql')) continue;
    const text = fs.readFileSync(path.join(options.directory, file), 'utf8');
    const match = FILE_NAME.exec(file);
    const problems = match && match[1] === sha256Hex(text) ? documentProblems(text, options.schema, options.limits) : ['the file name is not the SHA-256 of its text'];
    if (problems.length > 0) report.push({ file, problems });
  }
  return report;
}
