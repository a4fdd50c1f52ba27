/**
 * The content files for BROWSER code: no zod at run time. The same files are validated at build time by
 * src/domain/content.ts (imported by the pages), so the casts below are checked there.
 */
import axes from './axes.json' with { type: 'json' };
import themes from './themes.json' with { type: 'json' };
import dispositifs from './dispositifs.json' with { type: 'json' };
import caisses from './caisses.json' with { type: 'json' };
import departements from './departements.json' with { type: 'json' };
import bals from './bals.json' with { type: 'json' };
import contacts from './contacts.json' with { type: 'json' };
import urgences from './urgences.json' with { type: 'json' };
import redirections from './redirections.json' with { type: 'json' };
import stats from './stats.json' with { type: 'json' };
import { createLookups, type Content } from './lookup.ts';

export type * from './lookup.ts';

export const data = {
  axes,
  themes,
  dispositifs,
  caisses,
  departements,
  bals,
  contacts,
  urgences,
  redirections,
  stats,
} as unknown as Content;

export const { caisseOf, departement, balsOf, dispositif, phone, site } = createLookups(data);
