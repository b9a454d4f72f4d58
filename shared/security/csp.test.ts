import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, CSP_HEADER_NAME, withContentSecurityPolicy } from './csp';

const directive = (name: string): readonly string[] | undefined => CSP_DIRECTIVES.find(([n]) => n === name)?.[1];

describe('content security policy', () => {
  it('is exactly the agreed policy string', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never lets scripts run from strings, inline code or other origins', () => {
    const scripts = directive('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('declares each directive once and locks plugins, base, forms and framing', () => {
    const names = CSP_DIRECTIVES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(directive(name)).toEqual(["'none'"]);
  });

  it('adds the header and replaces any policy a response brought, whatever its case', () => {
    const input = { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] };
    const output = withContentSecurityPolicy(input);
    expect(output).toEqual({ 'content-type': ['text/html'], [CSP_HEADER_NAME]: [CONTENT_SECURITY_POLICY] });
    expect(input['content-security-policy']).toEqual(['default-src *']);
    expect(withContentSecurityPolicy(undefined)).toEqual({ [CSP_HEADER_NAME]: [CONTENT_SECURITY_POLICY] });
  });
});
