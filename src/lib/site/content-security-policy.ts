/**
 * The Content-Security-Policy every page declares in a `<meta http-equiv>`: everything from this
 * site only; no inline script or style, no eval, no other origin, no plugins, forms posting only
 * here; images may also be `data:` URLs. JSON-LD is a data block, not script, so the policy does not
 * touch it. Directives a `<meta>` policy cannot carry (`frame-ancestors`, `report-uri`, `sandbox`)
 * are left to static hosts that can send headers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy pages declare under `npm run dev` only: the same, but for `style-src`, which also
 * allows inline styles, since the dev server injects each stylesheet as a `<style>` element (and
 * swaps it on every edit). Built pages never carry it.
 */
export const devContentSecurityPolicy = contentSecurityPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
