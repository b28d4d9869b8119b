// The visitor's pages in a real browser (Debian's chromium, driven by playwright-core):
// WCAG 2.2 A and AA rules by axe-core in light and dark mode, no horizontal scrolling on a small
// screen and with the text at 200 %, what stays and what goes when printed, the quick-exit link
// with and without JavaScript, and full-page screenshots of a region's page.
//
// Needs a running server: BASE_URL (default http://127.0.0.1:18190). run.sh starts one.
// Screenshots go to SCREENSHOT_DIR (default target/screenshots at the repository's root).
// ONLY=/sms,/regions checks just those pages (ONLY=/find: the place search's answers).
// Exits 1 when any check fails.
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const base = (process.env.BASE_URL ?? 'http://127.0.0.1:18190').replace(/\/$/, '');
const shots = process.env.SCREENSHOT_DIR ?? join(root, 'target', 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NEUTRAL = 'https://www.wikipedia.org/';

// lang: the language the page must be in (checks the condition tests what it claims to).
// locale: the browser's language, sent as Accept-Language.
const PAGES = [
  { path: '/', lang: 'en' },
  { path: '/us/ca', lang: 'en' },
  { path: '/us/ca?lang=es', lang: 'es' },
  { path: '/ca/qc', lang: 'fr', locale: 'fr-CA' },
  { path: '/us/ca?topic=overdose', lang: 'en' },
  // What to do right now: the hard-trip and heat steps, the suicide steps with helping someone
  // folded beneath, a country whose laws differ by state.
  { path: '/us/ca?topic=psychedelic&lang=es', lang: 'es' },
  { path: '/gb?topic=suicide&lang=fr', lang: 'fr' },
  { path: '/us?topic=overdose', lang: 'en' },
  // The region's own language, as a browser there asks for it: right to left for Arabic,
  // CJK at 320 px, and the other four languages the region pages default to.
  { path: '/eg', lang: 'ar', locale: 'ar-EG', dir: 'rtl' },
  { path: '/jp', lang: 'ja', locale: 'ja-JP' },
  { path: '/de', lang: 'de', locale: 'de-DE' },
  { path: '/br', lang: 'pt', locale: 'pt-BR' },
  { path: '/pl', lang: 'pl', locale: 'pl-PL' },
  { path: '/ua', lang: 'uk', locale: 'uk-UA' },
  { path: '/cn?topic=suicide', lang: 'zh', locale: 'zh-CN' },
  { path: '/in', lang: 'hi', locale: 'hi-IN' },
  { path: '/about?lang=ar', lang: 'ar', dir: 'rtl' },
  { path: '/regions', lang: 'en' },
  { path: '/data', lang: 'en' },
  { path: '/sms', lang: 'en' },
  { path: '/about', lang: 'en' },
  { path: '/privacy', lang: 'en' },
  { path: '/partners', lang: 'en' },
  { path: '/nope', lang: 'en', status: 404 },
  { path: '/us/ca/card', lang: 'en' },
  { path: '/us/ca/card?topic=overdose', lang: 'en' },
  { path: '/embed/us/ca', lang: 'en' },
  { path: '/embed/us/ca?topic=psychedelic', lang: 'en' },
  // The widget's own themes, which override the browser's light or dark preference.
  { path: '/embed/us/ca?theme=dark', lang: 'en' },
  { path: '/embed/us/ca?theme=light', lang: 'en' },
];

// What must still show on paper, and the navigation that must not.
// Source links are left off paper on purpose (`.source` in the print styles).
const PRINT_SHOWN = ['.emergency', '.emergency a:not(.source)', '.emergency .silent', '.resource', '.resource a[href^="tel:"]', '.card-lines', 'section.steps li', '.card-steps li'];
const PRINT_HIDDEN = ['footer nav', '.choices', '.langs', 'a#leave'];
// Text whose colour must read on white paper (browsers leave backgrounds out when printing).
const PRINT_INK = ['body', 'h1', '.emergency a:not(.source)', '.resource h3', '.resource a[href^="tel:"]', '.embed-lines a'];

const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

let passed = 0;
const failed = [];
// What axe could not decide (its "incomplete" results): printed under the check, not failures.
let notes = [];

function report(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed.push(name);
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`       ${p}`);
  }
  for (const n of notes) console.log(`       note: ${n}`);
  notes = [];
}

const snippet = (html) => html.replace(/\s+/g, ' ').slice(0, 160);

// A context for one condition. bypassCSP: the site's Content-Security-Policy forbids inline
// script, and axe is injected as an inline <script>; the pages' own behaviour is unchanged.
async function open(browser, options, path) {
  const context = await browser.newContext({ bypassCSP: true, locale: 'en-US', ...options });
  // The machine has no internet: the neutral site the quick-exit link goes to is answered here.
  await context.route(`${NEUTRAL}**`, (r) =>
    r.fulfill({ body: '<title>neutral</title>', contentType: 'text/html' }),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const response = path === undefined ? null : await page.goto(base + path, { waitUntil: 'load' });
  return { context, page, response };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }),
    AXE_TAGS,
  );
  const problems = [];
  for (const v of result.violations) {
    problems.push(`${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 8)) {
      const why = [...node.any, ...node.all, ...node.none].map((c) => c.message).filter(Boolean)[0];
      problems.push(`    ${node.target.join(' ')}  ${snippet(node.html)}`);
      if (why) problems.push(`      ${snippet(why)}`);
    }
    if (v.nodes.length > 8) problems.push(`    … and ${v.nodes.length - 8} more`);
  }
  for (const v of result.incomplete) {
    notes.push(`axe could not decide ${v.id} for ${v.nodes.length} element(s), e.g. ${v.nodes[0].target.join(' ')}`);
  }
  return problems;
}

async function horizontalScroll(page) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  if (scroll <= inner + 1) return [];
  // Name what sticks out: text and childless elements (images, inputs, svg) past the window's
  // edge, leaving out those inside a box that scrolls on its own, like <pre>.
  const wide = await page.evaluate((inner) => {
    const scroller = (el) => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const name = (el) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    const out = [];
    const seen = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n && out.length < 5; n = walker.nextNode()) {
      let el;
      let right;
      if (n.nodeType === Node.TEXT_NODE) {
        if (!n.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        right = range.getBoundingClientRect().right;
        el = n.parentElement;
      } else {
        if (n.children.length > 0 || n.childNodes.length > 0) continue;
        right = n.getBoundingClientRect().right;
        el = n;
      }
      if (right <= inner + 1 || seen.has(el) || scroller(el)) continue;
      seen.add(el);
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      out.push(`${name(el)} right=${Math.round(right)} "${text}"`);
    }
    return out;
  }, inner);
  return [`horizontal scrolling: scrollWidth ${scroll} > innerWidth ${inner} (${wide.join('; ')})`];
}

async function checkLang(page, want, dir = 'ltr') {
  const { lang, got } = await page.evaluate(() => ({ lang: document.documentElement.lang, got: document.documentElement.dir }));
  const problems = lang.split('-')[0] === want ? [] : [`<html lang="${lang}">, expected ${want}`];
  if (got !== dir) problems.push(`<html dir="${got}">, expected ${dir}`);
  return problems;
}

const CONDITIONS = [
  {
    name: 'desktop 1280 light',
    options: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
    async check(page, spec) {
      return [...(await checkLang(page, spec.lang, spec.dir)), ...(await axe(page))];
    },
  },
  {
    name: 'mobile 320',
    options: { viewport: { width: 320, height: 640 }, colorScheme: 'light' },
    async check(page) {
      return [...(await horizontalScroll(page)), ...(await axe(page))];
    },
  },
  {
    name: 'dark 360',
    options: { viewport: { width: 360, height: 800 }, colorScheme: 'dark' },
    async check(page) {
      return axe(page);
    },
  },
  {
    // WCAG 1.4.4: text resized to 200 %, on a 640 px wide window (1280 px at 200 % zoom).
    name: 'text 200% at 640',
    options: { viewport: { width: 640, height: 800 }, colorScheme: 'light' },
    async check(page) {
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const problems = await horizontalScroll(page);
      const link = page.locator('.emergency a').first();
      if ((await link.count()) > 0) {
        const box = await link.boundingBox();
        if (!box) problems.push('.emergency a is not rendered');
        else if (box.x < 0 || box.x + box.width > 640 + 1)
          problems.push(`.emergency a runs outside the window: x=${box.x} width=${box.width}`);
      }
      return problems;
    },
  },
  {
    // Printed from a browser in dark mode: the print styles must win over the dark colours.
    name: 'print (dark mode)',
    options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
    async check(page) {
      await page.emulateMedia({ media: 'print' });
      const problems = [];
      for (const sel of PRINT_SHOWN) {
        const all = page.locator(sel);
        const n = await all.count();
        for (let i = 0; i < n; i++) {
          if (!(await all.nth(i).isVisible())) {
            problems.push(`${sel} #${i + 1} hidden in print: ${snippet(await all.nth(i).evaluate((e) => e.outerHTML))}`);
            break;
          }
        }
      }
      const pale = await page.evaluate((selectors) => {
        const luminance = (css) => {
          const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const out = [];
        for (const sel of selectors) {
          const el = document.querySelector(sel);
          if (!el) continue;
          const color = getComputedStyle(el).color;
          const ratio = 1.05 / (luminance(color) + 0.05);
          if (ratio < 4.5) out.push(`${sel} prints in ${color}: contrast ${ratio.toFixed(2)} on white paper`);
        }
        return out;
      }, PRINT_INK);
      problems.push(...pale);
      for (const sel of PRINT_HIDDEN) {
        const all = page.locator(sel);
        const n = await all.count();
        for (let i = 0; i < n; i++) {
          if (await all.nth(i).isVisible()) {
            problems.push(`${sel} still shown in print`);
            break;
          }
        }
      }
      return problems;
    },
  },
];

// ONLY=/sms,/regions checks just those pages (and skips the rest of the run).
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;

async function pages(browser) {
  for (const spec of PAGES.filter((p) => !only || only.includes(p.path))) {
    const status = spec.status ?? 200;
    let skip = false;
    for (const cond of CONDITIONS) {
      const name = `${spec.path.padEnd(24)} ${cond.name}`;
      if (skip) {
        report(name, ['not checked: the page did not answer as expected']);
        continue;
      }
      const options = { ...cond.options, ...(spec.locale ? { locale: spec.locale } : {}) };
      const { context, page, response } = await open(browser, options, spec.path);
      try {
        if (response?.status() !== status) {
          skip = true;
          report(name, [`HTTP ${response?.status()}, expected ${status}`]);
          continue;
        }
        report(name, await cond.check(page, spec));
      } catch (e) {
        report(name, [`error: ${e.message.split('\n')[0]}`]);
      } finally {
        await context.close();
      }
    }
  }
}

async function screenshots(browser) {
  mkdirSync(shots, { recursive: true });
  for (const [lang, query] of [['en', ''], ['es', '?lang=es']]) {
    for (const width of [360, 1280]) {
      const file = `us-ca-${lang}-${width}.png`;
      const name = `screenshot ${file}`;
      const { context, page, response } = await open(browser, { viewport: { width, height: 800 } }, `/us/ca${query}`);
      try {
        if (response?.status() !== 200) {
          report(name, [`HTTP ${response?.status()}`]);
          continue;
        }
        await page.screenshot({ path: join(shots, file), fullPage: true });
        report(name, []);
      } catch (e) {
        report(name, [`error: ${e.message.split('\n')[0]}`]);
      } finally {
        await context.close();
      }
    }
  }
}

// The place search on /regions on a 320 px screen: a city leads to its region page; a name of
// places in several regions lists them; nothing matched says so in general words. Each search
// is made with JavaScript off (the form needs none) and again with it on, where the answer (a
// POST result) is checked with axe and for horizontal scrolling. None shows what was typed.
async function placeSearch(browser) {
  const searches = [
    { place: 'denver', url: '/us/co' },
    { place: 'valencia', list: true },
    { place: 'Zzyzxqwv', none: true },
  ];
  for (const s of searches) {
    for (const javaScriptEnabled of [false, true]) {
      const name = `POST /find ${s.place.padEnd(10)} 320, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
      const { context, page, response } = await open(
        browser,
        { javaScriptEnabled, viewport: { width: 320, height: 640 }, colorScheme: 'light' },
        '/regions',
      );
      const problems = [];
      try {
        if (response?.status() !== 200) throw new Error(`/regions answered ${response?.status()}`);
        await page.fill('#find-place', s.place);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.find button[type=submit]')]);
        const path = new URL(page.url()).pathname;
        if (s.url && path !== s.url) problems.push(`landed on ${path}, expected ${s.url}`);
        if (s.list && (await page.locator('ul.matches a').count()) < 2) problems.push('no list of places');
        if (s.none && !(await page.locator('h1').innerText()).includes('could not find')) problems.push('no "could not find" heading');
        if ((await page.content()).includes('Zzyzxqwv')) problems.push('the page shows what was typed');
        if (javaScriptEnabled) problems.push(...(await horizontalScroll(page)), ...(await axe(page)));
      } catch (e) {
        problems.push(`error: ${e.message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
      report(name, problems);
    }
  }
}

// Without JavaScript the page still works, and the quick-exit link is a plain link out.
async function withoutJavaScript(browser) {
  const name = 'no JavaScript: /us/ca lines and quick exit';
  const { context, page } = await open(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } }, '/us/ca');
  const problems = [];
  try {
    if (!(await page.locator('.emergency a').first().isVisible())) problems.push('emergency number not shown');
    const lines = page.locator('.resource');
    if ((await lines.count()) === 0 || !(await lines.first().isVisible())) problems.push('no lines shown');
    const leave = page.locator('a#leave');
    const href = await leave.getAttribute('href');
    if (href !== NEUTRAL) problems.push(`a#leave goes to ${href}, expected ${NEUTRAL}`);
    await leave.click();
    await page.waitForURL(`${NEUTRAL}**`);
    if ((await page.title()) !== 'neutral') problems.push(`after the click the page is "${await page.title()}"`);
  } catch (e) {
    problems.push(`error: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  report(name, problems);
}

// Without JavaScript the folded blocks open: helping someone (under the suicide steps) and what
// to expect from 988.
async function foldedWithoutJavaScript(browser) {
  const name = 'no JavaScript: folded steps and what to expect open';
  const { context, page } = await open(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } }, '/us/ca?topic=suicide');
  const problems = [];
  try {
    for (const sel of ['details.steps', "[id='988-lifeline'] details.expect"]) {
      const block = page.locator(sel).first();
      const item = block.locator('li').first();
      if (await item.isVisible()) problems.push(`${sel} starts open`);
      await block.locator('summary').click();
      if (!(await item.isVisible())) problems.push(`${sel} does not open`);
    }
  } catch (e) {
    problems.push(`error: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  report(name, problems);
}

// With JavaScript, leaving replaces the page in the history: Back skips it.
async function leaveReplacesHistory(browser) {
  const name = 'JavaScript: quick exit replaces the page in the history';
  const { context, page } = await open(browser, { viewport: { width: 360, height: 800 } }, '/about');
  const problems = [];
  try {
    await page.goto(`${base}/us/ca`);
    await page.locator('a#leave').click();
    await page.waitForURL(`${NEUTRAL}**`);
    await page.goBack();
    const path = new URL(page.url()).pathname;
    if (path !== '/about') problems.push(`Back went to ${page.url()}, expected ${base}/about`);
  } catch (e) {
    problems.push(`error: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  report(name, problems);
}

// The card prints on one A6 sheet (105 × 148 mm, 298 × 420 pt), as its stylesheet asks; with a
// topic's steps, on two: the lines on the first, the steps on the second.
async function cardPrintsOnA6(browser, path, pages) {
  const name = `print: ${path} on ${pages} A6 page${pages > 1 ? 's' : ''}`;
  const { context, page } = await open(browser, { viewport: { width: 800, height: 900 } }, path);
  const problems = [];
  try {
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((m) => m[1].trim().split(/\s+/).map(Number));
    if (boxes.length !== pages) problems.push(`${boxes.length} pages, expected ${pages}`);
    for (const [, , w, h] of boxes) {
      if (Math.abs(w - 298) > 2 || Math.abs(h - 420) > 2) problems.push(`page is ${w} × ${h} pt, not A6`);
    }
  } catch (e) {
    problems.push(`error: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  report(name, problems);
}

const started = Date.now();
const browser = await chromium.launch(LAUNCH);
try {
  await pages(browser);
  if (!only || only.includes('/find')) await placeSearch(browser);
  if (!only) {
    await screenshots(browser);
    await withoutJavaScript(browser);
    await leaveReplacesHistory(browser);
    await cardPrintsOnA6(browser, '/us/ca/card', 1);
    // Spanish and the ways in without a call make the longest fronts.
    await cardPrintsOnA6(browser, '/us/ny/card?lang=es', 1);
    for (const topic of ['overdose', 'psychedelic', 'suicide']) {
      await cardPrintsOnA6(browser, `/us/ca/card?topic=${topic}`, 2);
    }
    await foldedWithoutJavaScript(browser);
  }
} finally {
  await browser.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`browser: ${passed} of ${passed + failed.length} checks ok (${seconds} s)`);
if (failed.length > 0) {
  console.log('failed:');
  for (const f of failed) console.log(`  ${f}`);
  process.exit(1);
}
