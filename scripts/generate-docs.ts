// Writes docs/rules/<id>.md, the README rule table and .postrc.example.json from the rules' meta and fixtures.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { packageRoot, renderExampleConfig, renderRuleDoc, renderRuleTable, replaceBetweenMarkers } from '../src/docs/render.js';

const root = packageRoot();
mkdirSync(path.join(root, 'docs', 'rules'), { recursive: true });
for (const rule of rules) writeFileSync(path.join(root, 'docs', 'rules', `${rule.meta.id}.md`), renderRuleDoc(rule, root, rules));
const readmePath = path.join(root, 'README.md');
writeFileSync(readmePath, replaceBetweenMarkers(readFileSync(readmePath, 'utf8'), '<!-- rules:start -->', '<!-- rules:end -->', renderRuleTable(rules)));
writeFileSync(path.join(root, '.postrc.example.json'), renderExampleConfig(rules));
console.log(`docs: ${rules.length} règles écrites dans docs/rules/, tableau du README et .postrc.example.json à jour`);
