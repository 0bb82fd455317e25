/** How the CLI says problems: in the locale of CG_LANG or the POSIX locale, with its own wording (flags). */
import { formatProblems, localeFromEnv, renderProblem, type Problem, type RenderContext } from '../core/index.ts';

/** The CLI's render context: `CG_LANG`, else `LC_ALL`/`LC_MESSAGES`/`LANG` starting with `es`, else English. */
export function cliContext(env: Record<string, string | undefined> = process.env): RenderContext {
  return { locale: localeFromEnv(env), surface: 'cli' };
}

/** `error [code] file:line:column: path: message (expected ..., received ...)`, one per line. */
export function formatForCli(problems: readonly Problem[]): string {
  return formatProblems(problems, cliContext());
}

/** Problems as --json prints them: code and params kept, message rendered for the CLI. */
export function problemsForCli(problems: readonly Problem[]): Problem[] {
  const ctx = cliContext();
  return problems.map((p) => renderProblem(p, ctx));
}
