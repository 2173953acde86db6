/**
 * Where the site's source repository lives, for "contribute" links (guide, issue forms).
 * Set REPOSITORY_URL, or let GitHub Actions' own variables say it; unknown otherwise, and the
 * pages then describe the way without linking it.
 */
export interface RepositoryLinks {
  home: string;
  guide: (locale: 'it' | 'en') => string;
  contentModel: string;
  newIssue: (form: 'proponi-pratica.yml' | 'segnala-errore.yml') => string;
}

export function repositoryLinks(env: Record<string, string | undefined>): RepositoryLinks | undefined {
  const fromActions = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const home = (env.REPOSITORY_URL || fromActions)?.replace(/\/+$/, '');
  if (!home || !/^https:\/\/[^\s/]+\/[^\s]+$/.test(home)) return undefined;
  const branch = env.REPOSITORY_BRANCH || 'main';
  return {
    home,
    guide: (locale) => `${home}/blob/${branch}/${locale === 'it' ? 'CONTRIBUTING.md' : 'CONTRIBUTING.en.md'}`,
    contentModel: `${home}/blob/${branch}/docs/content-model.md`,
    newIssue: (form) => `${home}/issues/new?template=${form}`,
  };
}
