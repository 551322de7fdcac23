// The versioned copy of the one-file bundle and its Subresource Integrity hash, written after the
// build: dist/net-widgets-<version>.js and dist/net-widgets.sri.json (with the content's version
// and earliest next-review date, as NetWidgets.content says, so a host's tools such as the
// WordPress settings page can show them without running the script).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

export const sriHash = (code) => 'sha384-' + createHash('sha384').update(code).digest('base64');

export function pinned({ version, content }) {
  return {
    name: 'net-widgets-pinned',
    writeBundle(_options, bundle) {
      const code = bundle['net-widgets.js'].code;
      mkdirSync('dist', { recursive: true });
      writeFileSync(`dist/net-widgets-${version}.js`, code);
      writeFileSync(
        'dist/net-widgets.sri.json',
        JSON.stringify({ version, file: `net-widgets-${version}.js`, integrity: sriHash(code), content }, null, 2) +
          '\n',
      );
    },
  };
}
