import { chromium } from '@playwright/test';
const [,, url, prefix, width = '1280', theme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: theme });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
if (theme === 'dark') await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
const h = await page.evaluate(() => document.body.scrollHeight);
for (let y = 0; y < h; y += 700) { await page.evaluate((yy) => window.scrollTo(0, yy), y); await page.waitForTimeout(120); }
await page.waitForTimeout(2500);
console.log('height', h, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth), 'errors', JSON.stringify(errors));
let i = 0;
for (let y = 0; y < h; y += 1000) {
  await page.evaluate((yy) => window.scrollTo(0, yy), y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${prefix}-${String(i++).padStart(2, '0')}.png` });
}
await browser.close();
