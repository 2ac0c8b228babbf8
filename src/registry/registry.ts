// The rules a run may use: the built-ins, then what a configuration adds (plugins, declarative rules). Built once
// by the CLI and handed down to config validation, the engine, the docs and the formatters; nothing below the CLI
// knows where rules come from. Rules are loaded on first use, so a run pays only for the rules it runs.
import { UsageError, type Rule } from '../types.js';

export interface RuleEntry {
  id: string;
  /** Where the rule comes from: `postlint`, a plugin's name or path, or `define` (shown in errors and docs). */
  origin: string;
  /** What it finds is personal data: it runs even when off, for the privacy step to mask it (see engine/privacy). */
  sensitive?: boolean;
  load(): Rule | Promise<Rule>;
}

/** What config validation needs of a registry: the loaded rules by id, and every id for « unknown rule » messages. */
export interface RuleLookup {
  get(id: string): Rule | undefined;
  keys(): Iterable<string>;
}

export class RuleRegistry {
  private readonly entries: ReadonlyMap<string, RuleEntry>;
  private readonly loaded: Map<string, Rule>;
  private readonly pending = new Map<string, Promise<Rule>>();

  constructor(entries: Iterable<RuleEntry>, loaded: Map<string, Rule> = new Map()) {
    const map = new Map<string, RuleEntry>();
    for (const entry of entries) map.set(entry.id, entry);
    this.entries = map;
    this.loaded = loaded;
  }

  /** A registry of already-built rules (tests, the public API). */
  static of(rules: readonly Rule[], origin = 'postlint'): RuleRegistry {
    return new RuleRegistry(
      rules.map((rule) => ({ id: rule.meta.id, origin, sensitive: rule.meta.sensitive === true, load: () => rule })),
      new Map(rules.map((rule) => [rule.meta.id, rule])),
    );
  }

  /**
   * This registry plus `entries`. An id already present is an error: a plugin may not replace a built-in rule or
   * another plugin's rule silently. Rules loaded so far are shared, since they do not change.
   */
  extend(entries: readonly RuleEntry[]): RuleRegistry {
    if (entries.length === 0) return this;
    const all = new Map(this.entries);
    for (const entry of entries) {
      const other = all.get(entry.id);
      if (other) throw new UsageError(`règle ${entry.id} définie deux fois (${other.origin} et ${entry.origin})`);
      all.set(entry.id, entry);
    }
    return new RuleRegistry(all.values(), this.loaded);
  }

  /** Every id, sorted. */
  ids(): string[] {
    return [...this.entries.keys()].sort();
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  isSensitive(id: string): boolean {
    return this.entries.get(id)?.sensitive === true;
  }

  origin(id: string): string | undefined {
    return this.entries.get(id)?.origin;
  }

  /** The rule if it is loaded (see load()). */
  get(id: string): Rule | undefined {
    return this.loaded.get(id);
  }

  /** Loads the rules `ids` (every rule when omitted) and returns them sorted by id. */
  async load(ids: Iterable<string> = this.entries.keys()): Promise<Rule[]> {
    const wanted = [...new Set(ids)].filter((id) => this.entries.has(id)).sort();
    return Promise.all(wanted.map((id) => this.loadOne(id)));
  }

  private loadOne(id: string): Promise<Rule> {
    const done = this.loaded.get(id);
    if (done) return Promise.resolve(done);
    let pending = this.pending.get(id);
    if (!pending) {
      pending = Promise.resolve(this.entries.get(id)!.load()).then((rule) => {
        this.loaded.set(id, rule);
        return rule;
      });
      this.pending.set(id, pending);
    }
    return pending;
  }

  /** A Map-like view for config validation: the loaded rules by id, and every id for « unknown rule » messages. */
  lookup(): RuleLookup {
    return { get: (id) => this.loaded.get(id), keys: () => this.ids() };
  }
}
