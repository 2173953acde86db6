import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headersFile, SCRIPT_SOURCES, SECURITY_HEADERS, STYLE_SOURCES } from '../../src/lib/security.ts';

describe('the security policy', () => {
  it('is the one public/_headers gives static hosts', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('allows nothing inline and nothing from another origin', () => {
    const policy = [...CSP_DIRECTIVES, ...SCRIPT_SOURCES, ...STYLE_SOURCES, SECURITY_HEADERS['Content-Security-Policy']!].join(' ');
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(CSP_DIRECTIVES.join(' ')).not.toContain('frame-ancestors');
  });
});
