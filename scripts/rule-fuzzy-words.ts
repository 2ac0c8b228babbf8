// Prints, as JSON, the long words of the built-in rules' lexicons (one-edit matching), from a process that builds
// no other lexicon: tests/fuzzy.test.ts checks the stoplist against them, and in a shared test worker other files
// have built lexicons of their own. Usage: node --import tsx scripts/rule-fuzzy-words.ts
import { fuzzyTermWords } from '../src/french/lexicon.js';

await import('../rules/index.js');
process.stdout.write(JSON.stringify([...fuzzyTermWords()].sort()));
