// The one Content Security Policy of PCO Desk. The web build puts it in a <meta> tag, the
// Electron main process also sends it as a response header; both read it from here so they
// cannot drift apart. Nothing remote: every source is the app itself, plus data:/blob: images
// (generated reports), blob: workers (Vite worker bundles) and 'wasm-unsafe-eval' for a
// WebAssembly KDF (Argon2id). 'unsafe-inline' is allowed for styles only, never for scripts.

/** Directive name → allowed sources, in the order they are written out. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** HTTP header name, spelled the way Electron's webRequest and most servers spell it. */
export const CSP_HEADER_NAME = 'Content-Security-Policy';

/**
 * Returns response headers with our CSP added and any CSP a response brought with it removed
 * (header names are case-insensitive, so every spelling is dropped). Pure: the input is untouched.
 */
export function withContentSecurityPolicy(headers: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== CSP_HEADER_NAME.toLowerCase()) result[name] = [...values];
  }
  result[CSP_HEADER_NAME] = [CONTENT_SECURITY_POLICY];
  return result;
}
