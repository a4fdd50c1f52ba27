/**
 * The content files as written in src/content/: each names its JSON Schema, a list is wrapped in an object.
 * Build time, scripts and tests only (full zod).
 */
import { z } from 'zod';
import { AxesFile, BalsFile, CaissesFile, ContactsFile, DepartementsFile, DispositifsFile, RedirectionsFile, StatsFile, ThemesFile, UrgencesFile } from './schemas.ts';

/**
 * Each content file names its JSON Schema (`"$schema": "./schemas/<file>.schema.json"`, generated from the
 * schemas above by `npm run content:schemas`), so an editor completes and checks it while it is typed. A JSON
 * array cannot name a schema: a list is written `{ "$schema": …, "<file>": [ … ] }`.
 */
export const schemaRef = (file: string): string => `./schemas/${file}.schema.json`;
const SchemaRef = z.string().optional();
const listFile = <K extends string, T extends z.ZodType>(key: K, list: T) =>
  z.strictObject({ $schema: SchemaRef, [key]: list } as { $schema: typeof SchemaRef } & Record<K, T>);

/** The content files as written on disk, by file name: the source of src/content/schemas/*.schema.json. */
export const ContentFilesOnDisk = {
  axes: listFile('axes', AxesFile),
  themes: listFile('themes', ThemesFile),
  dispositifs: listFile('dispositifs', DispositifsFile),
  caisses: listFile('caisses', CaissesFile),
  departements: DepartementsFile.extend({ $schema: SchemaRef }),
  bals: BalsFile.extend({ $schema: SchemaRef }),
  contacts: ContactsFile.extend({ $schema: SchemaRef }),
  urgences: listFile('urgences', UrgencesFile),
  redirections: listFile('redirections', RedirectionsFile),
  stats: listFile('stats', StatsFile),
};
