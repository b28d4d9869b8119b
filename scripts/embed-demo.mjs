// Opens a partner's page (another origin) holding the /partners snippet, waits for the framed
// widget, checks it shows the emergency number and a line, and saves a screenshot.
import { chromium } from "../tests/browser/node_modules/playwright-core/index.mjs";

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 480, height: 760 } });
  await page.goto(url);
  const frameElement = await page.waitForSelector("iframe", { timeout: 10000 });
  const frame = await frameElement.contentFrame();
  await frame.waitForSelector(".emergency a", { timeout: 10000 });
  const emergency = (await frame.textContent(".emergency a")).trim();
  const lines = await frame.$$eval(".embed-lines li strong", (els) => els.map((e) => e.textContent));
  const origin = new URL(frame.url()).origin;
  console.log(`embed from ${origin} in a page on ${new URL(url).origin}: "${emergency}", ${lines.length} lines`);
  if (origin === new URL(url).origin) { console.error("FAIL: the frame is not from another origin"); failed = true; }
  if (!emergency.includes("911")) { console.error("FAIL: no emergency number in the frame"); failed = true; }
  if (!lines.some((l) => l.includes("Fireside"))) { console.error("FAIL: Fireside Project missing"); failed = true; }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`saved ${screenshot}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
