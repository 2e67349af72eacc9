import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
await page.goto('http://127.0.0.1:4406/lessons/adamw/', { waitUntil: 'networkidle' });
const h = await page.evaluate(() => document.body.scrollHeight);
for (let y = 0; y < h; y += 700) { await page.evaluate((yy) => window.scrollTo(0, yy), y); await page.waitForTimeout(100); }
await page.waitForTimeout(2000);
const wide = await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > 392 && r.width > 0) {
      // only report elements whose parent is not also too wide
      const p = el.parentElement.getBoundingClientRect();
      if (p.right <= 392) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className} right=${Math.round(r.right)} w=${Math.round(r.width)} text=${(el.textContent||'').slice(0,60)}`);
    }
  }
  return out.slice(0, 20);
});
console.log(wide.join('\n'));
console.log('sw', await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
