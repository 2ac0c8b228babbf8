// Gitignore-like ignore patterns (.postlintignore, --ignore-pattern, config ignorePatterns), relative to a folder.
import path from 'node:path';
import { globToRegExp } from './glob.js';

interface IgnoreRule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

export interface IgnoreMatcher {
  /** True when `absPath`, or a folder it sits in below the base folder, is ignored. */
  ignores(absPath: string, isDir: boolean): boolean;
}

/** The lines of a .postlintignore / .gitignore file that are patterns (no blanks, no comments). */
export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(?<!\\)\s+$/u, ''))
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function compile(raw: string): IgnoreRule | null {
  let pattern = raw.trim() === raw ? raw : raw.replace(/^\s+/u, '');
  if (pattern === '' || pattern.startsWith('#')) return null;
  let negate = false;
  if (pattern.startsWith('!')) {
    negate = true;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith('\\!') || pattern.startsWith('\\#')) {
    pattern = pattern.slice(1);
  }
  let dirOnly = false;
  if (pattern.endsWith('/')) {
    dirOnly = true;
    pattern = pattern.replace(/\/+$/u, '');
  }
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  const anchored = pattern.includes('/');
  pattern = pattern.replace(/^\/+/u, '');
  if (pattern === '') return null;
  const re = globToRegExp(anchored ? pattern : `**/${pattern}`);
  return { re, negate, dirOnly };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function createIgnoreMatcher(patterns: readonly string[], baseDir: string): IgnoreMatcher {
  const rules = patterns.map(compile).filter((r): r is IgnoreRule => r !== null);
  const verdict = (rel: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const rule of rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.negate === ignored && rule.re.test(rel)) ignored = !rule.negate;
    }
    return ignored;
  };
  return {
    ignores(absPath, isDir) {
      if (rules.length === 0) return false;
      const rel = path.relative(baseDir, absPath);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      const segments = toPosix(rel).split('/');
      // A path inside an ignored folder is ignored, whatever later patterns say (as in git).
      for (let k = 1; k <= segments.length; k++) {
        const last = k === segments.length;
        if (verdict(segments.slice(0, k).join('/'), last ? isDir : true)) return true;
      }
      return false;
    },
  };
}
