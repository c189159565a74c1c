import type { AstroIntegration } from 'astro';
import { localSiteWarning } from '../lib/site/local-site-warning.ts';

/** Warns in `astro build` (so in `npm run build`) when the site's address is still `localhost`; see `localSiteWarning`. */
export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const warning = localSiteWarning(config.site);
        if (warning !== null) logger.warn(warning);
      },
    },
  };
}
