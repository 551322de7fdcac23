// The minifiers of the classic-script bundles: Lit's own template minifier for the html`` and
// css`` templates, then terser for the code.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';

/**
 * html`` and css`` templates minified by @lit-labs/rollup-plugin-minify-html-literals
 * (html-minifier-next, lightningcss). No browser targets: with them lightningcss would rewrite
 * light-dark() into its own custom properties, which do not cross into a shadow root (the styles
 * already carry their own fallback, base/styles.ts). Not heading.ts and the SSR entry: their tags
 * are static values, around which no minifier can parse.
 */
export const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**'],
    exclude: ['src/base/heading.ts', 'src/ssr/index.ts'],
    failOnError: true,
  });

/** terser: strings and regular expressions escaped to ASCII; tagged templates are left to asciiOnly(). */
export const minifyCode = () =>
  terser({
    ecma: 2021,
    module: false,
    compress: { passes: 2, pure_getters: true },
    format: { comments: /^!/, ascii_only: true },
  });
