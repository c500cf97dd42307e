import { startServer } from '/work/main/tests/helpers/server.ts';
import { launchBrowser } from '/work/main/tests/e2e/support.ts';
const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/signin`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to Planwright' }).waitFor();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    console.log(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
  }
} finally { await browser.close(); await server.stop(); server.cleanup(); }
