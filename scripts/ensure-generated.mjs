// `npm run lint` and `npm run check:types` read src/generated/ (the locale codes and translations
// that `lit-localize build` writes from locales/*.xlf; git ignores them). On a fresh clone, before
// any build, they are missing and every import of them would be reported as an error that says
// nothing about the cause: build them first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { ROOT } from './lib/project.mjs';

if (!existsSync(join(ROOT, 'src/generated/locale-codes.ts'))) {
  console.log('src/generated/ is missing (a fresh clone): running npm run build:locales first');
  execSync('npm run build:locales --silent', { cwd: ROOT, stdio: 'inherit' });
}
