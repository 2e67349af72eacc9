// Every performance budget of the site, in one place. `npm run bench:site` reports against the
// first three (issue 10); `npm test` enforces the last (tests/size-budget.spec.ts).

/** Keypress-to-next-paint per CPU rate (ms), home-page weight and layout shift: bench:site. */
export const BUDGETS = {
  latency: { 1: { median: 16, worst: 50 }, 4: { median: 33, worst: 100 } },
  homeJsBeforeInteraction: 15 * 1024,
  cls: 0,
};

/**
 * JavaScript before interaction, gzip KB (1 KB = 1024 bytes), per page type, as
 * scripts/bench/jsBeforeInteraction.ts measures it from the build: module scripts, islands that
 * hydrate without a scroll (client:load / idle / only) and their static imports. Each budget sits
 * a little above the heaviest page of its type when it was set (in the comment), so growth fails
 * `npm test` and is decided on rather than drifted into: raise a budget only with the reason in
 * the commit. Every built page must match a type (first match wins).
 */
export const JS_BEFORE_INTERACTION_KB: { type: string; match: RegExp; budget: number }[] = [
  { type: 'home', match: /^\/$/, budget: 1.5 }, // 1.1: the progress counts
  // 3.7: progress, narration and the practise-what-you-missed list (read from local progress).
  { type: 'lesson', match: /^\/lessons\/[^/]+\/$/, budget: 4 },
  { type: 'problems index', match: /^\/problems\/$/, budget: 90 }, // 84.6: React for the idle progress transfer
  { type: 'instructors', match: /^\/instructors\/$/, budget: 75 }, // 73.3: the embed builder loads at once
  // 74.6: answer keys and worksheets are made in the browser from the problem modules (React + player).
  { type: 'instructors print', match: /^\/instructors\/print\/$/, budget: 78 },
  { type: 'reference', match: /^\/reference\/$/, budget: 1 }, // 0: static
  { type: 'search', match: /^\/search\/$/, budget: 2.5 }, // 1.9: Pagefind itself loads on the first query
  { type: 'not found', match: /^\/404\.html$/, budget: 1 }, // 0
  // 18.3: the player hydrates on view; the embed client now carries graded mode and attempt events.
  // 22.8: the page's own script starts the problem module and the renderer loading before the player
  // hydrates (prefetchProblems): the problem registry and Vite's preload helper (4.5 KB) are now
  // counted. On an embed page the player is in view at load, so it loaded them at once before too,
  // one round trip later; the page downloads ~1 KB more in all (the script and its chunk).
  { type: 'problem embed', match: /^\/embed\/problems?\/[^/]+\/$/, budget: 23.5 },
  // 167.8 (playground): React + kit + widget + every optimizer of the package via the spec registry,
  // the ten after AdamW included (loading those on use would bring it back near 158). 172.9 since
  // lesson 7: its problems import lion, lamb, adafactor, wsd and Schedule-Free too, so the bundler
  // splits those modules into chunks of their own — the same code in ten more files, +3.5 KB of
  // per-file gzip overhead (measured 169.4 → 172.9 on the playground embed, no module added).
  // The plot readout (issue #32) added +1.7 KB to every widget importing kit/index.ts (the index
  // loads every kit chunk it re-exports): the playground, the digits board and the Adam stepper
  // import the kit's files one by one instead, and stay under 175.
  // 176.0 (playground) after this session's merge: the input features drawn and toggled on the
  // network diagram (featureTiles, the diagram's buttons) and the run explorer's fixed readout panel
  // (+1.3 KB). Loading the optimizers after AdamW on use (above) is the way back under 175.
  // 147.2 (playground) since the training boards' islands carry no optimizer code: the worker
  // builds the transforms, the page imports the registry's data half (src/lib/specs/
  // optimizerKinds.ts) and loads the engine only without a worker. Heaviest widget embed now:
  // schedule-composer, 170.2. The Adam stepper (219.2 when it imported KaTeX, budget 220 of its
  // own) loads KaTeX on first use since this session: 135.4.
  { type: 'widget embed', match: /^\/embed\/[^/]+\/$/, budget: 175 },
];
