/** The site under test, as playwright.config.ts serves it (TEST_PORT lets a second checkout run beside). */
export const ownHost = `127.0.0.1:${process.env['TEST_PORT'] ?? '4321'}`;
export const origin = `http://${ownHost}`;
