// `npm run docs:problems`: writes docs/problems.md from the table of problems (after build:ts).
import {writeFileSync} from 'node:fs';
import {problemsMarkdown} from '../dist/cli/problems-doc.js';

writeFileSync(new URL('../docs/problems.md', import.meta.url), problemsMarkdown());
console.log('docs/problems.md written');
