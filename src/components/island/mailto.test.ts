import { describe, expect, it } from 'vitest';
import { MAIL_SEPARATOR, mailto } from './mailto.ts';

describe('mailto', () => {
  it('carries only the subject when the person does not tick the summary', () => {
    expect(mailto('servicesocialdigne@carsat-sudest.fr', 'Demande d’accompagnement – service social', null)).toBe(
      'mailto:servicesocialdigne@carsat-sudest.fr?subject=Demande%20d%E2%80%99accompagnement%20%E2%80%93%20service%20social',
    );
  });

  it('adds the summary with CRLF line breaks and encoded accents when ticked', () => {
    const link = mailto('a@b.fr', 'Objet', { intro: 'Bonjour,', lines: ['Arrêt : oui'], reminder: 'N’écrivez que l’utile.' });
    expect(link).toBe('mailto:a@b.fr?subject=Objet&body=Bonjour%2C%0D%0A%0D%0A-%20Arr%C3%AAt%20%3A%20oui%0D%0A%0D%0AN%E2%80%99%C3%A9crivez%20que%20l%E2%80%99utile.');
    expect(decodeURIComponent(link.split('body=')[1] ?? '')).toBe('Bonjour,\r\n\r\n- Arrêt : oui\r\n\r\nN’écrivez que l’utile.');
  });
});

describe('mailto as the result builds it (locale texts, commune name)', async () => {
  const { ui } = (await import('../../i18n/locales/fr/ui.json', { with: { type: 'json' } })).default;
  it('subject only, exactly, when the summary is not ticked', () => {
    expect(ui.mail.subject).toBe('Demande d’accompagnement – service social');
    expect(mailto('servicesocialbdrest@carsat-sudest.fr', ui.mail.subject, null)).toBe(
      'mailto:servicesocialbdrest@carsat-sudest.fr?subject=Demande%20d%E2%80%99accompagnement%20%E2%80%93%20service%20social',
    );
  });

  it('the ticked summary: intro, answers, the commune name, the reminder; CRLF and UTF-8 percent-encoding', () => {
    const summary = {
      intro: ui.mail.intro,
      lines: ['Département : Corse-du-Sud (2A)', `${ui.mail.commune} : Porto-Vecchio`],
      reminder: ui.mail.reminder,
    };
    const link = mailto('servicesocialajaccio@carsat-sudest.fr', ui.mail.subject, summary);
    const [head, body = ''] = link.split('&body=');
    expect(head).toBe('mailto:servicesocialajaccio@carsat-sudest.fr?subject=Demande%20d%E2%80%99accompagnement%20%E2%80%93%20service%20social');
    expect(body).toBe(
      'Bonjour%2C%20je%20souhaite%20%C3%AAtre%20contact%C3%A9%20par%20le%20service%20social.%20Voici%20un%20r%C3%A9sum%C3%A9%20de%20ma%20situation%20%3A' +
        '%0D%0A%0D%0A-%20D%C3%A9partement%20%3A%20Corse-du-Sud%20(2A)%0D%0A-%20Commune%20%3A%20Porto-Vecchio%0D%0A%0D%0A' +
        encodeURIComponent(ui.mail.reminder),
    );
    expect(body).not.toMatch(/[^\x21-\x7e]/);
    expect(decodeURIComponent(body).split('\r\n')).toEqual([ui.mail.intro, '', '- Département : Corse-du-Sud (2A)', '- Commune : Porto-Vecchio', '', ui.mail.reminder]);
    expect(decodeURIComponent(body)).not.toMatch(/[^\r]\n/);
  });
});

describe('mailto when the page is not in French: French first, then the person’s language', async () => {
  const fr = (await import('../../i18n/locales/fr/ui.json', { with: { type: 'json' } })).default.ui;
  const ar = (await import('../../i18n/locales/ar/ui.json', { with: { type: 'json' } })).default.ui;

  it('writes the French summary, a separator, then the same summary and the reminder in Arabic', () => {
    const french = { intro: fr.mail.intro, lines: ['Département : Bouches-du-Rhône (13)'], reminder: null };
    const arabic = { intro: ar.mail.intro, lines: ['المقاطعة : Bouches-du-Rhône (13)'], reminder: ar.mail.reminder };
    const link = mailto('servicesocialbdrest@carsat-sudest.fr', fr.mail.subject, french, arabic);
    const [head, body = ''] = link.split('&body=');
    expect(head).toBe(`mailto:servicesocialbdrest@carsat-sudest.fr?subject=${encodeURIComponent(fr.mail.subject)}`);
    expect(body).not.toMatch(/[^\x21-\x7e]/);
    expect(decodeURIComponent(body).split('\r\n')).toEqual([
      fr.mail.intro,
      '',
      '- Département : Bouches-du-Rhône (13)',
      '',
      MAIL_SEPARATOR,
      '',
      ar.mail.intro,
      '',
      '- المقاطعة : Bouches-du-Rhône (13)',
      '',
      ar.mail.reminder,
    ]);
  });
});
