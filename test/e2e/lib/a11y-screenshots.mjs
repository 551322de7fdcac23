// Screenshots for a person to look at (not a test): the themes page and single widgets at 320 px and
// 1280 px, dark, forced colours, French, and print (PDF, then PNG with pdftoppm when installed).
// Run after `npm run build`:  node test/e2e/lib/a11y-screenshots.mjs [outDir]   (default .tmp/a11y-shots)
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launchChromium } from './helpers.mjs';
import { ROOT } from '../../../scripts/lib/project.mjs';

const out = process.argv[2] ?? join(ROOT, '.tmp/a11y-shots');
await mkdir(out, { recursive: true });

const server = await serve();
const browser = await launchChromium();
const themes = `${server.origin}/demo/themes.html`;

async function ready(page) {
  await page.waitForFunction(() => customElements.get('net-therapy-card'));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
}

async function shot(
  name,
  url,
  { width = 1280, height = 900, media = {}, fullPage = true, selector, open, tiles = 0 } = {},
) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.emulateMedia(media);
  await page.goto(url);
  await ready(page);
  if (open) {
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('*')) {
        for (const d of host.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
      }
    });
  }
  const file = join(out, `${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path: file });
  else if (tiles) {
    // Narrow pages are very tall: cut the top `tiles` screens into separate, legible images.
    for (let i = 0; i < tiles; i++) {
      const clip = { x: 0, y: i * height, width, height };
      await page.screenshot({ path: join(out, `${name}-${i + 1}.png`), fullPage: true, clip });
    }
  } else await page.screenshot({ path: file, fullPage });
  await page.close();
  console.log(file);
}

async function pdf(name, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await ready(page);
  const file = join(out, `${name}.pdf`);
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: false }));
  await page.close();
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(out, name)]);
    console.log(`${file} -> ${name}-N.png`);
  } catch {
    console.log(`${file} (install poppler-utils for PNGs)`);
  }
}

const pages = process.env.SHOT_PAGES ? process.env.SHOT_PAGES.split(',') : [];
try {
  await shot('themes-1280-light', themes);
  await shot('themes-1280-dark', themes, { media: { colorScheme: 'dark' } });
  await shot('themes-1280-forced', themes, { media: { forcedColors: 'active' } });
  await shot('themes-1280-forced-dark', themes, { media: { forcedColors: 'active', colorScheme: 'dark' } });
  await shot('themes-320-light', themes, { width: 320, height: 900, tiles: 3 });
  await shot('themes-320-dark', themes, { width: 320, height: 900, tiles: 2, media: { colorScheme: 'dark' } });
  await shot('themes-640-zoom200', themes, { width: 640, height: 900, tiles: 2 });
  await shot('themes-1280-fr', `${themes}?lang=fr-CA`);
  await shot('themes-320-fr', `${themes}?lang=fr-CA`, { width: 320, height: 900, tiles: 3 });
  await shot('card-open-1280', themes, { selector: '#default net-therapy-card', open: true });
  await shot('card-open-dark', themes, {
    selector: '#default net-therapy-card',
    open: true,
    media: { colorScheme: 'dark' },
  });
  await shot('card-print-media', themes, { selector: '#default net-therapy-card', media: { media: 'print' } });
  for (const [name, media] of [
    ['light', {}],
    ['dark', { colorScheme: 'dark' }],
    ['forced', { forcedColors: 'active' }],
  ]) {
    await shot(`list-${name}`, themes, { selector: '#default net-side-effect-list', media });
    await shot(`checklist-${name}`, themes, { selector: '#default net-decision-checklist', media });
    await shot(`checklist-nhs-${name}`, themes, { selector: '#nhs net-decision-checklist', media });
  }
  await shot('list-320', themes, { width: 320, selector: '#default net-side-effect-list' });
  await shot('checklist-320-fr', `${themes}?lang=fr-CA`, { width: 320, selector: '#default net-decision-checklist' });
  for (const p of pages) await shot(`page-${p.replace(/\W+/g, '_')}`, `${server.origin}/${p}`);
  await pdf('themes-print', themes);
} finally {
  await browser.close();
  await server.close();
}
