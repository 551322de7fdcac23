// Eleventy 3: the widgets rendered at build time with net-treatment-widgets/ssr, so the built
// pages show them before (and without) any JavaScript; the one-file script, copied next to the
// pages, hydrates them. Install: npm install net-treatment-widgets @lit-labs/ssr @11ty/eleventy
import { renderWidgetsSync } from 'net-treatment-widgets/ssr';

export default function (eleventyConfig) {
  // {% netwidgets "fr-CA" %}<net-therapy-card therapy="prrt"></net-therapy-card>{% endnetwidgets %}
  // The widgets' markup in, the same markup with each widget's declarative shadow root out.
  eleventyConfig.addPairedShortcode('netwidgets', (markup, locale) => renderWidgetsSync(markup, { locale }));
  // The script that hydrates them (pin the versioned file and its SRI hash in production: README).
  eleventyConfig.addPassthroughCopy({
    'node_modules/net-treatment-widgets/dist/net-widgets.js': 'assets/net-widgets.js',
  });
  return { dir: { input: 'src', output: '_site' } };
}
