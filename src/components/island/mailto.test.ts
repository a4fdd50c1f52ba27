import { describe, expect, it } from 'vitest';
import { mailto } from './mailto.ts';

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
