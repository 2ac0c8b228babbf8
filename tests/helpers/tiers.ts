// Which tests run. `npm test` is everyone's loop and stays under a minute on two cores; two opt-in tiers add what
// costs more than it tells a developer at each run:
// - POSTLINT_CI_TESTS=1 (.ci/run sets it): real installs (git, the pre-commit framework, `npm i -g` of the packed
//   archive), the HTML report rendered in Chromium, and hostile inputs at the full sizes (10 MB files,
//   a 200 000-character line, 20 000 entries) instead of a tenth of them.
// - POSTLINT_SLOW_TESTS=1: the cases that take minutes (tens of MB of prose, 20 000 posts, known-slow Markdown).
export const SLOW_TESTS = process.env.POSTLINT_SLOW_TESTS === '1';
export const CI_TESTS = process.env.POSTLINT_CI_TESTS === '1' || SLOW_TESTS;
/** The end of a skipped test's title, saying how to run it. */
export const CI_ONLY = 'ignoré hors CI : POSTLINT_CI_TESTS=1 pour l’exécuter (.ci/run le fait)';
