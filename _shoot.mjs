import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const [, , path, sel, name, n] = process.argv;
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto('http://localhost:4404' + path);
  await page.waitForTimeout(1000);
  const top = await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top + window.scrollY, sel);
  for (let i = 0; i < Number(n); i++) {
    await page.evaluate((yy) => window.scrollTo(0, yy), top - 70 + i * 930);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}-${i}.png` });
  }
  await page.close();
}
await browser.close();
