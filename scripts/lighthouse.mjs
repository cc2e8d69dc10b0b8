// `npm run lighthouse`: Lighthouse (desktop preset) on every page `npm start` serves and every page
// of the static site the `site` command writes for the sample feed, in the machine's Chromium.
// Prints accessibility, SEO and CLS per page and fails unless issue 12's bars hold: accessibility
// and SEO 100 on the static site, CLS at most 0.01 on the demo's pages and 0 on the site's.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from './find-browser.mjs';
import {serve} from './serve.mjs';
import demoConfig from '../web-dev-server.config.mjs';

const folder = mkdtempSync(join(tmpdir(), 'pe-lighthouse-'));
const {main} = await import('../dist/cli/main.js');
const quiet = {write: () => true};
if (
  (await main(['site', '--feed', 'sample/sample-feed.json', '--out', folder], {
    stdout: quiet,
    stderr: process.stderr,
  })) !== 0
) {
  process.exit(1);
}
const {port: _port, ...config} = demoConfig;
const demo = await serve(config);
const site = await serve({rootDir: folder});
const browser = await puppeteer.launch({executablePath: findBrowser(), args: CHROME_ARGS, headless: true});

const pages = [
  ...['/demo/', '/demo/partner.html', '/demo/organisation.html', '/demo/builder.html'].map((path) => ({
    url: `${demo.origin}${path}`,
    bar: {cls: 0.01},
  })),
  ...['/', '/closing-the-gap-through-changing-relationships/', '/closing-the-gap-in-patient-safety/'].map((path) => ({
    url: `${site.origin}${path}`,
    bar: {cls: 0, accessibility: 100, seo: 100},
  })),
];

const rows = [];
let failed = 0;
try {
  for (const {url, bar} of pages) {
    const page = await browser.newPage();
    const {lhr} = await lighthouse(
      url,
      {output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'seo', 'performance']},
      desktop,
      page,
    );
    await page.close();
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    const misses = [
      ...(bar.accessibility && score('accessibility') < bar.accessibility ? ['accessibility'] : []),
      ...(bar.seo && score('seo') < bar.seo ? ['seo'] : []),
      ...(!(cls <= bar.cls) ? ['cls'] : []),
    ];
    const failing = (id) =>
      Object.values(lhr.categories[id].auditRefs)
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual' &&
            audit.scoreDisplayMode !== 'notApplicable',
        )
        .map((audit) => audit.id);
    failed += misses.length;
    rows.push(
      `| ${new URL(url).pathname} (${url.startsWith(site.origin) ? 'static site' : 'npm start'}) | ${score('accessibility')} | ${score('seo')} | ${cls.toFixed(3)} | ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms | ${misses.length ? `**missed: ${misses.join(', ')}** (${[...failing('accessibility'), ...failing('seo')].join(', ')})` : 'ok'} |`,
    );
  }
} finally {
  await browser.close();
  await demo.stop();
  await site.stop();
  rmSync(folder, {recursive: true, force: true});
}
console.log('| page | accessibility | SEO | CLS | LCP | bar |');
console.log('|---|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
process.exit(failed ? 1 : 0);
