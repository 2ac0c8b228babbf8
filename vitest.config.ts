import os from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The Markdown libraries (micromark, mdast-util-from-markdown…) ship a development build full of assertions, which
 * the `development` condition of Vite's defaults picks (and vitest passes to its workers as `--conditions`): the
 * tests run the production build that users get, which parses about twice as fast. (A `conditions` option would be
 * added to the defaults, not replace them.)
 */
function productionBuilds(): Plugin {
  return {
    name: 'postlint:production-builds',
    configResolved(config) {
      for (const resolve of [config.resolve, config.ssr.resolve, ...Object.values(config.environments).map((e) => e.resolve)]) {
        if (resolve?.conditions) resolve.conditions = resolve.conditions.map((c) => (c === 'development|production' || c === 'development' ? 'production' : c));
      }
    },
  };
}

/**
 * The longest test files first, so that two workers end together (on two cores the run is as long as the busier
 * worker). Vitest orders by the durations it measured last time; a fresh clone has none, and its order by file
 * size left the longest files for last. The files that lint in process come before those that wait for the
 * CLI build (tests/helpers/build.ts), which is still compiling at the start. The rest keeps Vitest's order.
 */
const LONGEST_FIRST = [
  'wrapping', 'fuzzy', 'document-chunks', 'rules', 'needles', 'properties', 'rule-meta',
  'lexicon-snapshot', 'bundled-cli', 'cli-safety', 'cli-process', 'robustness/filesystem', 'robustness/content', 'concurrency',
  'kit-exports', 'robustness/harness', 'example-plugin',
].map((name) => `/tests/${name}.test.ts`);
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((suffix) => file.moduleId.endsWith(suffix));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [productionBuilds()],
  test: {
    include: ['tests/**/*.test.ts'],
    // The one tsc of a run: type-checks the whole project and builds the CLI in a private folder, for the tests
    // that spawn the real bin/postlint.js (most CLI tests run it in process). It runs beside the tests, not before.
    globalSetup: ['tests/helpers/build.ts'],
    // Vitest's default is one worker less than the cores: a single worker on a two-core CI machine. The test
    // files are independent (each on its own temporary folders): use both cores.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Test files share their worker's modules (the rules, the lexicons: seconds to load in each file). They
    // keep no state between them: no module mocks, no global changes, every CLI run with its own io.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    testTimeout: 30000,
    // A hook that needs the CLI build waits for it (it runs beside the tests: tests/helpers/build.ts).
    hookTimeout: 120000,
  },
});
