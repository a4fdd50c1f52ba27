/**
 * What is wrong in a file the build reads (content, flow and rules, personas, partners, the borne's settings):
 * one line per problem, `<file>: <path>: <what is wrong> ("<id>")`, and the one error that lists them.
 * Build time, scripts and tests only.
 */
import type { z } from 'zod';

/** Every problem found, one per line: `src/content/<file>.json: <path>: <what is wrong>`. */
export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid content (${problems.length} problems):\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

type Path = readonly PropertyKey[];

/** `dispositifs` + [3, 'url'] → `dispositifs[3].url`; an empty path is `(root)`. */
export function formatPath(path: Path, start = ''): string {
  let out = start;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** ` ("essai_encadre")`: the id, code or e-mail of the innermost item on `path` in `raw`, so that an editor finds it by name. */
export function itemAt(raw: unknown, path: Path): string {
  let node: unknown = raw;
  let found: string | undefined;
  for (const key of path) {
    if (!isObject(node) && !Array.isArray(node)) break;
    node = (node as Record<PropertyKey, unknown>)[key as keyof typeof node];
    if (isObject(node)) {
      const name = [node['id'], node['code'], node['email']].find((v) => typeof v === 'string');
      if (typeof name === 'string') found = name;
    }
  }
  return found === undefined ? '' : ` ("${found}")`;
}

/**
 * The problems of a failed zod parse: `<file>: <path>: <message>`, then the item's id when `raw` (the value
 * parsed) gives one. `start` begins every path (the list's name, for a file that is a list: `dispositifs[3]`).
 * A message that already begins with its path (« inactivitySeconds must be… ») is not preceded by it.
 */
export function formatIssues(file: string, error: z.ZodError, raw?: unknown, start = ''): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path, start);
    const where = issue.message.startsWith(path) ? '' : `${path}: `;
    return `${file}: ${where}${issue.message}${raw === undefined ? '' : itemAt(raw, issue.path)}`;
  });
}
