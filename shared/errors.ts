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

/**
 * A finer, machine-readable cause for some errors, so the UI can react rather than only show the message:
 * ask for a passphrase, ask again, offer to open read-only, point to a backup.
 */
export type ApiErrorReason =
  /** The workspace is encrypted and no passphrase was given: ask for one. */
  | 'passphrase_required'
  /** The passphrase does not open this workspace (or this backup): ask again. */
  | 'wrong_passphrase'
  /** Another Terrain (app, web host or command line) has the file open. */
  | 'already_open'
  /** Written by a newer Terrain: update the app. */
  | 'newer_schema'
  /** Not a Terrain workspace at all (text, another app's database, a folder, a missing file). */
  | 'not_a_workspace'
  /** The workspace is open read-only: the write was refused. */
  | 'read_only'
  /** SQLite reports the file damaged. */
  | 'damaged';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** Field-level problems for invalid_input: path to the field and what is wrong with it. */
  issues?: { path: string; message: string }[];
  /** Set for the errors the UI can act on; see ApiErrorReason. */
  reason?: ApiErrorReason;
}

export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown on both sides of the boundary so callers can tell a refused call from a bug. */
export class TerrainError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: { path: string; message: string }[] | undefined;
  readonly reason: ApiErrorReason | undefined;
  constructor(
    code: ApiErrorCode,
    message: string,
    issues?: { path: string; message: string }[],
    reason?: ApiErrorReason,
  ) {
    super(message);
    this.name = 'TerrainError';
    this.code = code;
    this.issues = issues;
    this.reason = reason;
  }

  /** Rebuilds the error an envelope carries (the API clients use it), reason included. */
  static fromBody(body: ApiErrorBody): TerrainError {
    return new TerrainError(body.code, body.message, body.issues, body.reason);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.reason) body.reason = this.reason;
    return body;
  }
}

/** A refusal with a reason the UI can act on. */
export function refusal(code: ApiErrorCode, reason: ApiErrorReason, message: string): TerrainError {
  return new TerrainError(code, message, undefined, reason);
}
