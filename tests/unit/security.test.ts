import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspDirectives, headersFile, SCRIPT_SOURCES, SECURITY_HEADERS, STYLE_SOURCES, tileSource } from '../../src/lib/security.ts';

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

describe('the policy of a deployment with map tiles', () => {
  it('allows the tile server’s images, subdomains included, and nothing else from it', () => {
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileSource('https://tiles.example.org:8443/osm/{z}/{x}/{y}.png')).toBe('https://tiles.example.org:8443');
    expect(cspDirectives('https://tiles.example.org/{z}/{x}/{y}.png')).toContain("img-src 'self' https://tiles.example.org");
    expect(cspDirectives(undefined)).toEqual([...CSP_DIRECTIVES]);
  });
});
