// Where a rule's documentation lives on the web: docs/rules/<id>.md of postlint's repository (built-in rules only).
/** postlint's repository: the canonical address, used when package.json gives no GitHub home page. */
export const CANONICAL_REPOSITORY = 'https://github.com/postlint/postlint';

/** The repository's web address from package.json's `homepage` (« https://github.com/o/r#readme »), else the canonical one. */
export function repositoryUrl(homepage?: string): string {
  const m = homepage ? /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/#?].*)?$/u.exec(homepage) : null;
  return m ? `https://github.com/${m[1]}/${m[2]}` : CANONICAL_REPOSITORY;
}

/**
 * The documentation page of a built-in rule, or undefined for a plugin's or a declarative rule (their ids are
 * always namespaced, « agence/no-cash »: postlint has no page for them, and no address beats a wrong one).
 */
export function ruleDocsUrl(ruleId: string, homepage?: string): string | undefined {
  if (ruleId.includes('/') || !/^[a-z][a-z0-9-]*$/u.test(ruleId)) return undefined;
  return `${repositoryUrl(homepage)}/blob/main/docs/rules/${ruleId}.md`;
}
