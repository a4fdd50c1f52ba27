/** The BAL e-mail link: a prefilled subject and, only if the person ticks it, a summary of the answers. Pure. */

export interface MailSummary {
  /** Lines "Question : réponse". */
  readonly lines: readonly string[];
  readonly intro: string;
  readonly reminder: string;
}

/** RFC 6068: percent-encoded UTF-8, line breaks as CRLF. */
export function mailto(email: string, subject: string, summary: MailSummary | null): string {
  const params = [`subject=${encodeURIComponent(subject)}`];
  if (summary) {
    const body = [summary.intro, '', ...summary.lines.map((line) => `- ${line}`), '', summary.reminder].join('\r\n');
    params.push(`body=${encodeURIComponent(body)}`);
  }
  return `mailto:${email}?${params.join('&')}`;
}
