// Types of api-scenarios.mjs (plain JavaScript, so that a node process of an installed package can import it too).
export declare const CLAIM_OFF: string;
export interface ApiScenarioResults {
  files: { results: any[]; error: unknown };
  texts: [any, any];
  fix: { fixedText: string; result: any; file: string };
}
export declare function apiScenarios(
  api: { lintFiles: (...args: any[]) => Promise<any[]>; lintText: (...args: any[]) => Promise<any>; PostlintError: new (...args: any[]) => Error },
  claim: string,
  cwd: string | undefined,
): Promise<ApiScenarioResults>;
