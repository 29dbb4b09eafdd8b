import { AppError, type ApiErrorCode } from '../../../../shared/api/result';

/**
 * Why a file was refused; the renderer words each one (errors:importProblem.<reason>), and the
 * summary command line prints it. Carried as the first issue of the AppError.
 */
export type ImportProblem =
  | 'too_large'
  | 'not_json'
  | 'truncated'
  | 'too_deep'
  | 'too_many_keys'
  | 'string_too_long'
  | 'forbidden_key'
  | 'wrong_format'
  | 'newer_version'
  | 'passphrase_required'
  | 'wrong_passphrase'
  | 'tampered'
  | 'invalid_content'
  | 'unknown_document'
  | 'kdf_too_costly'
  | 'kdf_invalid'
  | 'duplicate_id'
  | 'misplaced_record'
  | 'unsafe_text';

const problemCodes: Record<ImportProblem, ApiErrorCode> = {
  too_large: 'too_large',
  newer_version: 'unsupported_version',
  passphrase_required: 'wrong_passphrase',
  wrong_passphrase: 'wrong_passphrase',
  not_json: 'invalid_file',
  truncated: 'invalid_file',
  too_deep: 'invalid_file',
  too_many_keys: 'invalid_file',
  string_too_long: 'invalid_file',
  forbidden_key: 'invalid_file',
  wrong_format: 'invalid_file',
  tampered: 'invalid_file',
  invalid_content: 'invalid_file',
  unknown_document: 'invalid_file',
  kdf_too_costly: 'invalid_file',
  kdf_invalid: 'invalid_file',
  duplicate_id: 'invalid_file',
  misplaced_record: 'invalid_file',
  unsafe_text: 'invalid_file',
};

export function importProblem(problem: ImportProblem, detail?: string): AppError {
  return new AppError(problemCodes[problem], detail ?? problem, [{ path: ['file'], code: problem }]);
}
