/**
 * The site's address until `SITE_URL` (or `site` in astro.config.ts) sets the public one: where
 * `npm start` serves the archive on this machine. A build warns while it is in use (`localSiteWarning`).
 */
export const defaultSite = 'http://localhost:4321';
