// softmax on 1e6 float64 values: @nn-explained/core against a bare Math.exp loop over the same
// Float64Array (the practical floor in JavaScript) and against @tensorflow/tfjs-core's CPU backend.
// Also reports core's minified + gzipped size, whole and tree-shaken to a single activation.

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { build } from "esbuild";
import { ms, table, timeMedian } from "./_harness.mjs";

export const title = "softmax and bundle size";

const coreEntry = fileURLToPath(new URL("../packages/core/dist/index.js", import.meta.url));
const N = 1_000_000;

/** Deterministic logits: a xorshift32 stream mapped to roughly N(0, 3²) by summing uniforms. */
function logits(n) {
  const x = new Float64Array(n);
  let s = 2463534242;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  for (let i = 0; i < n; i++) x[i] = (next() + next() + next() + next() - 2) * 5.2;
  return x;
}

/** The floor: one Math.exp per element into a fresh Float64Array, as softmax must also allocate its output. */
function bareExp(x) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
  return out;
}

async function gzippedBundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

export async function run() {
  const core = await import(coreEntry);
  await tf.setBackend("cpu");
  await tf.ready();
  // tfjs's recommended production setting (skips debug-mode checks), so it is measured at its fastest.
  tf.enableProdMode();

  const x = logits(N);
  // Check the three agree before timing anything (tfjs computes in float32).
  const ours = core.softmax(x);
  // tfjs has no float64 and rejects a Float64Array, so it gets the same values as a Float32Array.
  const tfx = tf.tensor1d(Float32Array.from(x), "float32");
  const theirs = tf.tidy(() => tf.softmax(tfx).dataSync());
  let maxDiff = 0;
  for (let i = 0; i < N; i++) maxDiff = Math.max(maxDiff, Math.abs(ours[i] - theirs[i]));
  const sum = ours.reduce((a, b) => a + b, 0);

  const tBare = await timeMedian(() => bareExp(x));
  const tCore = await timeMedian(() => core.softmax(x));
  const tTf = await timeMedian(() => tf.tidy(() => tf.softmax(tfx).dataSync()), { samples: 5, warmup: 1 });
  tfx.dispose();

  const whole = await gzippedBundle(`export * from ${JSON.stringify(coreEntry)};`);
  const reluOnly = await gzippedBundle(`export { relu } from ${JSON.stringify(coreEntry)};`);
  const softmaxOnly = await gzippedBundle(`export { softmax } from ${JSON.stringify(coreEntry)};`);

  const rows = [
    { implementation: "bare `Math.exp` loop (floor)", time: ms(tBare), "vs floor": "1.00×", "vs core": "" },
    {
      implementation: "`softmax` from @nn-explained/core (float64)",
      time: ms(tCore),
      "vs floor": `${(tCore / tBare).toFixed(2)}×`,
      "vs core": "1.00×",
    },
    {
      implementation: "`tf.softmax`, @tensorflow/tfjs-core CPU backend (float32)",
      time: ms(tTf),
      "vs floor": `${(tTf / tBare).toFixed(2)}×`,
      "vs core": `${(tTf / tCore).toFixed(1)}× slower`,
    },
  ];
  const sizes = [
    {
      import: "`import * from '@nn-explained/core'` (everything)",
      minified: kb(whole.min),
      "min + gzip": kb(whole.gz),
    },
    { import: "`import { relu }` (tree-shaken)", minified: kb(reluOnly.min), "min + gzip": kb(reluOnly.gz) },
    { import: "`import { softmax }` (tree-shaken)", minified: kb(softmaxOnly.min), "min + gzip": kb(softmaxOnly.gz) },
  ];
  return [
    `softmax over one Float64Array of ${N.toLocaleString("en")} logits (median time per call; each call allocates its output).`,
    "",
    table(rows),
    "",
    `Checks: core's probabilities sum to ${sum.toFixed(12)}; the largest difference from tfjs (float32) is ${maxDiff.toExponential(2)}.`,
    "The tfjs timing (production mode, CPU backend) includes `dataSync()` on a tensor created once, outside the timed loop.",
    "",
    `Bundle sizes (esbuild ${"--bundle --minify"}, ESM, gzip level 9) of \`packages/core/dist/index.js\`:`,
    "",
    table(sizes),
  ].join("\n");
}
