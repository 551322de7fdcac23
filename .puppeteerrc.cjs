// No browser can be downloaded on these machines: tests use Debian's Chromium and Firefox ESR.
module.exports = { skipDownload: true };
