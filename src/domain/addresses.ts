/**
 * The web addresses the content may hold: `https:` only, with a public host, and for the links called official,
 * a host of an allowed list (OFFICIAL_HOSTS, CAISSE_HOSTS of schemas.ts). Build time and tests only (full zod).
 */
import { z } from 'zod';

/** The list of allowed hosts as patterns, and how a problem names it (`OFFICIAL_HOSTS in src/domain/schemas.ts`). */
export interface AllowedHosts {
  readonly patterns: readonly RegExp[];
  readonly list: string;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `example.fr` accepts that host and `www.example.fr`; `*.example.fr` every subdomain too; `carsat-*.fr` one word for the star. */
export function hostPattern(host: string): RegExp {
  if (host.startsWith('*.')) return new RegExp(`^(?:[a-z0-9-]+\\.)*${escape(host.slice(2))}$`);
  return new RegExp(`^(?:www\\.)?${escape(host).replace('*', '[a-z0-9-]+')}$`);
}

type AddressContext = Parameters<Parameters<z.ZodString['superRefine']>[0]>[1];

/**
 * An address of the content: `https:` only (it becomes a link target: no `http:`, `javascript:`, `data:`…), with a
 * host and no user name or password. With `allowed`, its host must also be one of those (the official hosts).
 */
export function checkAddress(value: string, ctx: AddressContext, allowed?: AllowedHosts): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `not a web address: "${value}" (write it in full, starting with https://)` });
    return;
  }
  if (url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `"${value}": only https: addresses are allowed, not "${url.protocol}"` });
    return;
  }
  if (url.username !== '' || url.password !== '' || !url.hostname.includes('.')) {
    ctx.addIssue({ code: 'custom', message: `"${value}": an address needs a public host and no user name or password` });
    return;
  }
  if (allowed && !allowed.patterns.some((pattern) => pattern.test(url.hostname.replace(/\.$/, '')))) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}": "${url.hostname}" is not an official host (${allowed.list}); keep this page in "sources", and leave the official link out if no official page is known`,
    });
  }
}

export function address(allowed?: AllowedHosts) {
  return z.string().superRefine((value, ctx) => checkAddress(value, ctx, allowed));
}

