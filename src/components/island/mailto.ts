/** The BAL e-mail link: a prefilled subject and, only if the person ticks it, a summary of the answers. Pure. */

export interface MailSummary {
  /** Lines "Question : réponse". */
  readonly lines: readonly string[];
  readonly intro: string;
  /** Advice to the writer, at the end of the block (none in the French block of a bilingual e-mail). */
  readonly reminder: string | null;
}

/** Between the French summary and the same summary in the person's language. */
export const MAIL_SEPARATOR = '——';

function block(summary: MailSummary): string[] {
  const lines = [summary.intro, '', ...summary.lines.map((line) => `- ${line}`)];
  return summary.reminder === null ? lines : [...lines, '', summary.reminder];
}

/**
 * RFC 6068: percent-encoded UTF-8, line breaks as CRLF. `translation`: the same summary in the person's
 * language, after the French one (the e-mail goes to a French caisse).
 */
export function mailto(email: string, subject: string, summary: MailSummary | null, translation: MailSummary | null = null): string {
  const params = [`subject=${encodeURIComponent(subject)}`];
  if (summary) {
    const lines = translation ? [...block(summary), '', MAIL_SEPARATOR, '', ...block(translation)] : block(summary);
    params.push(`body=${encodeURIComponent(lines.join('\r\n'))}`);
  }
  return `mailto:${email}?${params.join('&')}`;
}
