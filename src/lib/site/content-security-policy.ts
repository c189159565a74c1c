/**
 * The Content-Security-Policy every built page declares in a `<meta http-equiv>`: everything from
 * this site only; no inline script or style, no eval, no other origin, no plugins, forms posting
 * only here; images may also be `data:` URLs. JSON-LD is a data block, not script, so the policy
 * does not touch it. Directives a `<meta>` policy cannot carry (`frame-ancestors`, `report-uri`,
 * `sandbox`) are left to static hosts that can send headers.
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
 * The policy of pages served by `astro dev`: the built policy, except that styles may be inline.
 * The dev server injects every stylesheet as an inline `<style>` (and updates it in place), which
 * `style-src 'self'` blocks, leaving the page unstyled. Scripts stay as strict as in a build.
 */
export const devContentSecurityPolicy = contentSecurityPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** The policy for a page: the strict one in a build, `devContentSecurityPolicy` under `astro dev`. */
export function contentSecurityPolicyFor(mode: 'build' | 'dev'): string {
  return mode === 'dev' ? devContentSecurityPolicy : contentSecurityPolicy;
}
