/** Types generated for queries found in "sql/notes.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountMyNotes' parameters type */
export type ICountMyNotesParams = void;

/** 'CountMyNotes' return type */
export interface ICountMyNotesResult {
  notes: number | null;
}

/** 'CountMyNotes' query type */
export interface ICountMyNotesQuery {
  params: ICountMyNotesParams;
  result: ICountMyNotesResult;
}

const countMyNotesIR: any = {"usedParamSet":{},"params":[],"statement":"select count(*)::int as notes from app_public.notes"};

/**
 * Query generated from SQL:
 * ```
 * select count(*)::int as notes from app_public.notes
 * ```
 */
export const countMyNotes = new PreparedQuery<ICountMyNotesParams,ICountMyNotesResult>(countMyNotesIR);


