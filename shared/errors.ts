/** Error codes every API call may answer with. The UI maps each to a translated sentence. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'no_workspace'
  | 'workspace_refused'
  | 'conflict'
  | 'forbidden'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** Field-level problems for invalid_input: path to the field and what is wrong with it. */
  issues?: { path: string; message: string }[];
}

export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown on both sides of the boundary so callers can tell a refused call from a bug. */
export class TerrainError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: { path: string; message: string }[] | undefined;
  constructor(code: ApiErrorCode, message: string, issues?: { path: string; message: string }[]) {
    super(message);
    this.name = 'TerrainError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): ApiErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
