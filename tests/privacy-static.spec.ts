import { expect, test } from '@playwright/test';
import { staticPages } from './helpers/pages.ts';
import { ownHost } from './helpers/site.ts';

// The site promises that nothing leaves the device: no third-party request, no cookie, no localStorage.
// The geo index is fetched in pieces only when something is typed (none on loading a page); a piece's name
// reveals the first digit of a postal code or the first letter of a commune name, and nothing more.

for (const path of staticPages) {
  test(`${path} contacts no other host, sets no cookie, writes nothing to localStorage`, async ({
    page,
    context,
  }) => {
    const foreign: string[] = [];
    const geo: string[] = [];
    // Context-level listener: also sees requests from workers and other pages of the context.
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.host !== ownHost) foreign.push(`${request.method()} ${request.url()}`);
      if (url.pathname.startsWith('/geo/')) geo.push(url.pathname);
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);

    expect(foreign, `requests to other hosts from ${path}:\n${foreign.join('\n')}`).toEqual([]);
    expect(geo, `geo pieces fetched by loading ${path}, before anything was typed`).toEqual([]);
    expect(await context.cookies(), `cookies after visiting ${path}`).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(window.localStorage));
    expect(stored, `localStorage keys after visiting ${path}`).toEqual([]);
  });
}

test('/contacts/ search: a postal code and a name fetch the piece of their first digit and first letter, nothing else', async ({ page, context }) => {
  const requests: URL[] = [];
  context.on('request', (request) => requests.push(new URL(request.url())));
  await page.goto('/contacts/', { waitUntil: 'networkidle' });
  const loaded = requests.length;
  const field = page.locator('#recherche-commune');
  const search = page.locator('[data-geo-form] button[type="submit"]');
  const results = page.locator('[data-geo-results] > li');
  await field.fill('84300');
  await search.click();
  await expect(results.first()).toContainText('Cavaillon');
  await field.fill('Le Havre');
  await search.click();
  await expect(results.first()).toContainText('Le Havre');
  await field.fill('٠٤١٠٠');
  await search.click();
  await expect(results.first()).toContainText('Manosque');
  await page.waitForLoadState('networkidle');
  const after = requests.slice(loaded);
  expect(after.filter((u) => u.pathname.startsWith('/geo/')).map((u) => u.pathname)).toEqual(['/geo/cp-8.json', '/geo/nom-h.json', '/geo/cp-0.json']);
  // Anything else after the load is the page's own code or icon, late on a busy machine: nothing about the search.
  for (const url of after) {
    expect(url.host).toBe(ownHost);
    expect(url.search).toBe('');
    expect(url.pathname).toMatch(/^\/(?:geo\/(?:cp-\d|nom-[a-z])\.json|_astro\/[\w.-]+\.js|favicon\.svg)$/);
    expect(decodeURIComponent(url.href).toLowerCase()).not.toMatch(/84300|havre|04100|٠٤١٠٠/);
  }
});
