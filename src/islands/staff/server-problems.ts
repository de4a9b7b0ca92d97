// What the server said about a form that did not save, as the form's errors: each problem under the
// field it names, a refusal naming no field in the form's words, and an unreachable server as such.
// Every staff form turns PocketBase's answer into errors here, one way.
import { ClientResponseError } from 'pocketbase';
import type { FieldError } from '../ErrorSummary';

export interface ServerProblemWords {
  /** The form's field for a field the server names; a field the form lacks goes to `fallback`. */
  fieldId?: (field: string) => string | undefined;
  /** The field an error naming no field of the form stands at. */
  fallback: string;
  /** When the server could not be reached, or failed without saying why. */
  unreachable: string;
  /** A refusal that names no field, in the form's words (undefined: as unreachable). */
  refused?: (message: string, status: number) => string | undefined;
  /** The form's own words for a problem the server names by its code. */
  reword?: (field: string, code: string) => string | undefined;
}

export function serverProblems(error: unknown, words: ServerProblemWords): FieldError[] {
  if (!(error instanceof ClientResponseError) || error.status === 0)
    return [{ fieldId: words.fallback, message: words.unreachable }];
  const data = (error.response?.['data'] ?? {}) as Record<string, { code?: unknown; message?: unknown } | null>;
  const named = Object.entries(data).flatMap(([field, problem]) =>
    typeof problem?.message === 'string'
      ? [
          {
            fieldId: words.fieldId?.(field) ?? words.fallback,
            message: words.reword?.(field, String(problem.code ?? '')) ?? problem.message,
          },
        ]
      : [],
  );
  if (named.length > 0) return named;
  return [{ fieldId: words.fallback, message: words.refused?.(error.message, error.status) ?? words.unreachable }];
}
