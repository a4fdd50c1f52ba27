/** The borne's validated settings (build time: importing this module from a kiosk page checks borne.json). */
import raw from '../content/borne.json' with { type: 'json' };
import { parseBorneConfig } from './config.ts';

export const borneConfig = parseBorneConfig(raw);
