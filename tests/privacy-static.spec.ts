import { expect, test } from '@playwright/test';
import { staticPages } from './helpers/pages.ts';
import { ownHost } from './helpers/site.ts';

// The site promises that nothing leaves the device: no third-party request, no cookie, no localStorage.

for (const path of staticPages) {
  test(`${path} contacts no other host, sets no cookie, writes nothing to localStorage`, async ({
    page,
    context,
  }) => {
    const foreign: string[] = [];
    // Context-level listener: also sees requests from workers and other pages of the context.
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.host !== ownHost) foreign.push(`${request.method()} ${request.url()}`);
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);

    expect(foreign, `requests to other hosts from ${path}:\n${foreign.join('\n')}`).toEqual([]);
    expect(await context.cookies(), `cookies after visiting ${path}`).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(window.localStorage));
    expect(stored, `localStorage keys after visiting ${path}`).toEqual([]);
  });
}
