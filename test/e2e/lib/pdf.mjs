// Reading back the PDFs Chromium prints. The page count is read from the file itself (Chromium
// writes one `/Type /Page` object per page, uncompressed); text needs poppler's pdftotext, which
// `.ci/run` installs (Debian's poppler-utils). Without it the test stops with a message saying
// what to install, never with a bare ENOENT.
import { execFileSync } from 'node:child_process';

/** Number of pages in a PDF that Chromium printed. */
export function pdfPageCount(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
}

/** The PDF's text, whitespace collapsed. `raw`: in the order it was drawn (the DOM's order). */
export function pdfText(file, { raw = false } = {}) {
  try {
    return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error('pdftotext is not installed: apt-get install -y poppler-utils (.ci/run installs it)', {
        cause: error,
      });
    }
    throw error;
  }
}
