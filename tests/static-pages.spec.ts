import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers/axe.ts';
import { localizedPages } from './helpers/pages.ts';
import { readFileSync } from 'node:fs';
import { content } from '../src/domain/content.ts';
import { isOfficialUrl } from '../src/domain/schemas.ts';
import { localePath, locales, type Locale } from '../src/i18n/routes.ts';

/** Every page of helpers/pages.ts in every locale of src/i18n/routes.ts (fr at the root, /falc/, /en/, /ar/, /es/). */
for (const { path, locale, lang, dir } of localizedPages) {
  test.describe(`page ${path}`, () => {
    test(`answers 200, is lang="${lang}" dir="${dir}", has one h1, the urgent-help link, a skip link, no axe violation`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response, `no response for ${path}`).not.toBeNull();
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);

      await expect.soft(page.locator('html'), `<html lang="${lang}">`).toHaveAttribute('lang', lang);
      await expect.soft(page.locator('html'), `<html dir="${dir}">`).toHaveAttribute('dir', dir);
      await expect.soft(page.locator('h1'), 'exactly one h1').toHaveCount(1);
      const urgent = localePath(locale, '/aide-urgente/');
      await expect.soft(page.locator(`header a[href="${urgent}"]:not([hreflang])`), `header link to ${urgent}`).toBeVisible();
      // The language switcher: one link per locale, the current one marked.
      await expect.soft(page.locator('header a[hreflang][aria-current]'), 'current language marked').toHaveCount(1);

      // Skip link: the first element reached with Tab is a same-page link whose target exists.
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLAnchorElement)) return { ok: false, what: el?.outerHTML.slice(0, 120) ?? 'nothing' };
        const href = el.getAttribute('href') ?? '';
        const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        return { ok: target !== null, what: el.outerHTML.slice(0, 120) };
      });
      expect.soft(first.ok, `first focusable element should be a skip link to an existing id, got: ${first.what}`).toBe(true);

      await expectNoA11yViolations(page, path);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of localizedPages) {
    test(`${path} shows its h1`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);
      // Exactly one heading is shown (the questionnaire keeps its inert form hidden without JavaScript).
      await expect(page.locator('h1:visible')).toHaveCount(1);
    });
  }

  test('/questionnaire/ explains itself and links to /dispositifs/ and /contacts/', async ({ page }) => {
    const response = await page.goto('/questionnaire/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('noscript a[href="/dispositifs/"]').first()).toBeVisible();
    await expect(page.locator('noscript a[href="/contacts/"]').first()).toBeVisible();
    // No form that cannot work, and no « loading » note that would never end.
    await expect(page.locator('#questionnaire')).toBeHidden();
    await expect(page.locator('.pending-note')).toHaveCSS('display', 'none');
  });
});

test('every internal link on the static pages answers 200', async ({ page }) => {
  test.setTimeout(300_000);
  // link (without #fragment) -> pages it was found on
  const links = new Map<string, Set<string>>();
  for (const { path } of localizedPages) {
    const response = await page.goto(path);
    if (response?.status() !== 200) continue; // reported by the per-page test
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (href.startsWith('//')) continue; // protocol-relative: not internal
      const link = href.split('#')[0] ?? href;
      if (!links.has(link)) links.set(link, new Set());
      links.get(link)?.add(path);
    }
  }
  expect(links.size, 'no internal link found on any page').toBeGreaterThan(0);

  const broken: string[] = [];
  for (const [link, foundOn] of links) {
    const response = await page.request.get(link, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${link} → ${response.status()} (on ${[...foundOn].join(', ')})`);
    }
  }
  expect(broken, `broken internal links:\n${broken.join('\n')}`).toEqual([]);
});

/**
 * A link shown as the place to act goes to an official public-service page (OFFICIAL_HOSTS of
 * src/domain/schemas.ts); other pages appear only inside « Sources ». A dispositif with no known official page
 * has no « Page officielle » link at all.
 */
test.describe('official links', () => {
  const officialLabel = (locale: Locale): string =>
    (JSON.parse(readFileSync(`src/i18n/locales/${locale}/pages.json`, 'utf8')) as { common: { officialPage: string } }).common.officialPage;

  for (const locale of locales) {
    for (const page of ['/dispositifs/', '/axes/pdp/', '/axes/sps/'] as const) {
      const path = localePath(locale, page);
      test(`${path}: every external link outside « Sources » goes to an official host`, async ({ page: tab }) => {
        await tab.goto(path);
        const hrefs = await tab.locator('main a[rel~="external"]').evaluateAll((links) =>
          links.filter((a) => !a.closest('details.sources')).map((a) => a.getAttribute('href') ?? ''),
        );
        expect(hrefs.length).toBeGreaterThan(0);
        expect(hrefs.filter((href) => !isOfficialUrl(href))).toEqual([]);
      });
    }

    test(`${localePath(locale, '/dispositifs/')}: a « Page officielle » link for each dispositif with an official page, and none for the others`, async ({ page }) => {
      await page.goto(localePath(locale, '/dispositifs/'));
      const label = officialLabel(locale);
      for (const d of content.dispositifs) {
        const links = page.locator(`section[id="${d.id}"] a[rel~="external"]`).filter({ hasText: label });
        if (d.url) await expect(links, d.id).toHaveAttribute('href', d.url);
        else await expect(links, d.id).toHaveCount(0);
      }
    });
  }
});
