import { describe, expect, it } from 'vitest';
import { repositoryLinks } from '../../src/lib/repository.ts';

describe('repository links for contributors', () => {
  it('come from REPOSITORY_URL, pointing at the guide in the reader’s language and at the issue forms', () => {
    const links = repositoryLinks({ REPOSITORY_URL: 'https://github.com/ente/atlante/' })!;
    expect(links.guide('it')).toBe('https://github.com/ente/atlante/blob/main/CONTRIBUTING.md');
    expect(links.guide('en')).toBe('https://github.com/ente/atlante/blob/main/CONTRIBUTING.en.md');
    expect(links.newIssue('segnala-errore.yml')).toBe('https://github.com/ente/atlante/issues/new?template=segnala-errore.yml');
  });

  it('come from GitHub Actions when the site is built there', () => {
    expect(repositoryLinks({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'ente/atlante' })?.home).toBe('https://github.com/ente/atlante');
  });

  it('are absent when no repository is known, or the address is not https', () => {
    expect(repositoryLinks({})).toBeUndefined();
    expect(repositoryLinks({ REPOSITORY_URL: 'javascript:alert(1)' })).toBeUndefined();
  });
});
