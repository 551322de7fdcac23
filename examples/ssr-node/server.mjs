// A plain Node server (node:http) that sends the widgets server-rendered, in the reader's locale
// (from Accept-Language), with the one-file script that hydrates them. No framework, no build.
//   node examples/ssr-node/server.mjs   → http://127.0.0.1:8080/ (PORT=… to move it)
// In your own app: npm install net-treatment-widgets @lit-labs/ssr
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderWidgets } from 'net-treatment-widgets/ssr';

const BUNDLE = fileURLToPath(import.meta.resolve('net-treatment-widgets/bundle'));

/**
 * The first language the reader asks for ("fr-CA,fr;q=0.9,en;q=0.8" → "fr-CA"); renderWidgets
 * negotiates it. Only a well-formed tag: it is also written into <html lang> below.
 */
function readerLocale(header = '') {
  const tag = header.split(',')[0]?.split(';')[0]?.trim() ?? '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : 'en-US';
}

/** The page as your templates would write it; renderWidgets adds the widgets' shadow roots. */
function page(lang, therapy) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>NET treatments</title><link rel="icon" href="data:,"></head>
<body>
<h1>NET treatments</h1>
<net-therapy-card therapy="${therapy}"></net-therapy-card>
<net-side-effect-list therapy="${therapy}"></net-side-effect-list>
<net-decision-checklist persist></net-decision-checklist>
<script src="/net-widgets.js"></script>
</body>
</html>`;
}

export function createApp() {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/net-widgets.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
        res.end(await readFile(BUNDLE));
        return;
      }
      if (url.pathname !== '/') {
        res.writeHead(404).end();
        return;
      }
      const lang = readerLocale(req.headers['accept-language']);
      // The therapy comes from the query string: renderWidgets treats attribute values as data (an
      // unknown id shows the widget's own notice); escape it for your own template as you always do.
      const therapy = (url.searchParams.get('therapy') ?? 'prrt').replace(/[^a-z-]/g, '');
      const html = await renderWidgets(page(lang, therapy), { locale: lang });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-language': lang,
        vary: 'accept-language',
      });
      res.end(html);
    } catch (error) {
      console.error(error);
      res.writeHead(500).end();
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createApp().listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
