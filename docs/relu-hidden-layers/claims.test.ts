import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Claim, describeClaims, sectionText } from "../_claims";
import { layerDied, trainOnce } from "./examples/_dying";

/** A number as the examples print it: "1.2e-5", "-13.579", "0.995" (not the comma after it). */
const NUM = String.raw`(-?[\d.]+(?:e[-+]\d+)?)`;
/** A sweep's progress line ("relu: 20 of 20 seeds done"), which the console shows before the sweep's results. */
const PROGRESS = String.raw`(?:[^\n]*seeds done\n)?`;
const line = (source: string, flags = "m") =>
  new RegExp(source.replaceAll("NUM", NUM).replaceAll("PROGRESS", PROGRESS), flags);
/** The median, min and max of a ratio line of vanishing-gradients.ts, for setup `name`. */
const ratioLine = (name: string) => line(`^  ${name} +median NUM, range NUM to NUM$`);
const spreadQuote = (m: RegExpExecArray) => [m[1] as string, m[2] as string, m[3] as string];

const claims: Claim[] = [
  // #gradients-multiply: vanishing-gradients.ts, 20 seeds of each kind of network.
  {
    section: "gradients-multiply",
    claim: "gain-1 sigmoid: layer 2 gets about 1e-5 of layer 10's gradient, five orders of magnitude",
    example: "vanishing-gradients",
    line: ratioLine("sigmoid"),
    holds: ([median = 1]) => Math.round(-Math.log10(median)) === 5,
    quote: spreadQuote,
  },
  {
    section: "gradients-multiply",
    claim: "gain-4 sigmoid: a median loss under two orders of magnitude",
    example: "vanishing-gradients",
    line: ratioLine("sigmoid×4"),
    holds: ([median = 0]) => median > 1e-2 && median < 1e-1,
    quote: spreadQuote,
  },
  {
    section: "gradients-multiply",
    claim: "tanh and ReLU: the early layers get about as much gradient as the late ones (medians near 1)",
    example: "vanishing-gradients",
    line: line(String.raw`^  tanh +median NUM, range NUM to NUM\nPROGRESS  relu +median NUM, range NUM to NUM$`),
    holds: ([tanh = 0, , , relu = 0]) => [tanh, relu].every((m) => m > 0.5 && m < 2),
    quote: (m) => m.slice(1, 7) as string[],
  },
  {
    section: "common-mistakes",
    claim: "sigmoid passes layer 2 a median 1.2e-5 (gain 1) and 2.4e-2 (gain 4) of layer 10's gradient",
    example: "vanishing-gradients",
    line: line(String.raw`^  sigmoid +median NUM,[^\n]*\nPROGRESS  sigmoid×4 +median NUM,`),
    holds: ([gain1 = 1, gain4 = 0]) => gain1 < 1e-4 && gain4 > 1e-2,
    quote: (m) => [m[1] as string, m[2] as string],
  },

  // #dying-relu: dying-relu.ts, seed 2 (an illustration of the worst case).
  {
    section: "dying-relu",
    claim: "seed 2, lr 0.01: 19% and 13% of layers 2 and 3 dead, accuracy 0.980",
    example: "dying-relu",
    line: line(String.raw`^relu +lr 0\.01 .*→ +\d+% +(\d+%) +(\d+%) after;  loss NUM, accuracy NUM$`),
    holds: ([, , , accuracy = 0]) => accuracy > 0.95,
    quote: (m) => [`${m[1]} and ${m[2]}`, `accuracy ${m[4]}`],
  },
  {
    section: "dying-relu",
    claim: "seed 2, lr 0.3: layer 2 100% dead, loss about ln 2, accuracy of a constant guess",
    example: "dying-relu",
    line: line(String.raw`^relu +lr 0\.3 .*→ +\d+% +(\d+)% +\d+% after;  loss NUM, accuracy NUM$`),
    holds: ([layer2 = 0, loss = 0, accuracy = 1]) =>
      layer2 === 100 && Math.abs(loss - Math.LN2) < 0.01 && accuracy === 0.5,
    quote: (m) => [`loss ${m[2]}`, `accuracy ${m[3]}`],
  },
  {
    section: "dying-relu",
    claim: "seed 2, Leaky ReLU at lr 0.3: no dead units, accuracy 0.985",
    example: "dying-relu",
    line: line(String.raw`^leakyRelu lr 0\.3 .*→ +(\d+)% +(\d+)% +(\d+)% after;  loss NUM, accuracy NUM$`),
    holds: ([a = 1, b = 1, c = 1]) => a + b + c === 0,
    quote: (m) => `reaches ${m[5]} at this seed`,
  },

  // #dying-relu-seeds (inside #dying-relu): dying-relu-sweep.ts, 40 seeds.
  {
    section: "dying-relu",
    claim: "ReLU at lr 0.01: no layer dies in any seed; median 13% of units dead; median accuracy 0.995",
    example: "dying-relu-sweep",
    line: line(
      String.raw`^relu lr 0\.01:\n  a hidden layer 100% dead: (\d+) of (\d+) seeds\n.*\n  accuracy: median NUM, .*\n  dead units, % of the 48: median (\d+), range (\d+) to (\d+) `,
    ),
    holds: ([dead = 1]) => dead === 0,
    quote: (m) => [
      `a hidden layer 100% dead: ${m[1]} of ${m[2]} seeds`,
      `${m[4]}% of the 48`,
      `from ${m[5]} to ${m[6]}%`,
      `median accuracy is ${m[3]}`,
      `like the ${m[4]}% above`,
    ],
  },
  {
    section: "dying-relu",
    claim: "ReLU at lr 0.3, seeds 0-39: a whole layer dies in 3 seeds (seed 2 among them), each at accuracy 0.500",
    example: "dying-relu-sweep",
    line: line(
      String.raw`^relu lr 0\.3:\n  a hidden layer 100% dead: (\d+) of (\d+) seeds \((seeds (?:\d+, )*2(?:, \d+)*)\)\n  accuracy 0\.5 or less: (\d+) of \d+ seeds\n  accuracy: median NUM, range NUM to NUM \(40 seeds\)\n  dead units, % of the 48: median (\d+), range (\d+) to (\d+) `,
    ),
    // A 100% dead layer passes nothing on: the output is one constant, a chance guess. How often a layer
    // dies is asserted over 1000 seeds below; these 40 are only quoted.
    holds: ([k = 0, , , chance = -1]) => chance >= k,
    quote: (m) => [
      `${m[1]} of ${m[2]} seeds (${m[3]})`,
      `accuracy median ${m[5]}, range ${m[6]} to ${m[7]}`,
      `median ${m[8]}%, from ${m[9]} to ${m[10]}%`,
    ],
  },
  {
    section: "dying-relu",
    claim: "ReLU loses more units at lr 0.3 than at 0.01",
    example: "dying-relu-sweep",
    line: line(
      String.raw`^relu lr 0\.01:[\s\S]*?dead units, % of the 48: median (\d+)[\s\S]*?^relu lr 0\.3:[\s\S]*?dead units, % of the 48: median (\d+)`,
    ),
    holds: ([low = 1, high = 0]) => high > low,
    quote: () => [],
  },
  {
    section: "dying-relu",
    claim: "Leaky ReLU at lr 0.3 never collapses, but scores far below ReLU at lr 0.01",
    example: "dying-relu-sweep",
    line: line(
      String.raw`^relu lr 0\.01:[\s\S]*?accuracy: median NUM[\s\S]*?^leakyRelu lr 0\.3:\n  a hidden layer 100% dead: (\d+) of (\d+) seeds\n  accuracy 0\.5 or less: (\d+) of \d+ seeds\n  accuracy: median NUM, range NUM to NUM `,
    ),
    holds: ([relu = 0, k = 1, , chance = 1, leaky = 1]) => k === 0 && chance === 0 && leaky < relu - 0.03,
    quote: (m) => [`never collapses (${m[2]} of ${m[3]} seeds)`, `median ${m[5]}, range ${m[6]} to ${m[7]}`],
  },

  // #dead-units-revive (inside #dying-relu): dead-units-revive.ts, 20 seeds.
  {
    section: "dead-units-revive",
    claim: "Adam at 0.01: dead units of layers 2 and 3 come back in most seeds",
    example: "dead-units-revive",
    line: line(
      String.raw`^adam lr 0\.01:\n.*\n  layer 2: a dead unit came back in (\d+) of (\d+) seeds.*\n  layer 3: a dead unit came back in (\d+) of (\d+) seeds`,
    ),
    holds: ([a = 0, n = 1, b = 0, m = 1]) => a / n > 0.5 && b / m > 0.5,
    quote: (m) => [`${m[1]} of ${m[2]} seeds (layer 2)`, `${m[3]} of ${m[4]} seeds (layer 3)`],
  },
  {
    section: "dead-units-revive",
    claim: "Adam at 0.3: dead units of layers 2 and 3 come back in most seeds",
    example: "dead-units-revive",
    line: line(
      String.raw`^adam lr 0\.3:\n.*\n  layer 2: a dead unit came back in (\d+) of (\d+) seeds.*\n  layer 3: a dead unit came back in (\d+) of (\d+) seeds`,
    ),
    holds: ([a = 0, n = 1, b = 0, m = 1]) => a / n > 0.5 && b / m > 0.5,
    quote: () => [],
  },
  {
    section: "dead-units-revive",
    claim: "plain SGD: dead units of layers 2 and 3 come back in all or nearly all seeds",
    example: "dead-units-revive",
    line: line(
      String.raw`^sgd lr 1:\n.*\n  layer 2: a dead unit came back in (\d+) of (\d+) seeds.*\n  layer 3: a dead unit came back in (\d+) of (\d+) seeds`,
    ),
    holds: ([a = 0, n = 1, b = 0, m = 1]) => a / n >= 0.9 && b / m >= 0.9 && a === b,
    quote: (m) => `here in ${m[1]} of ${m[2]} seeds in both layers`,
  },
  {
    section: "dead-units-revive",
    claim: "plain SGD never brings a dead first-layer unit back, though first-layer units do die",
    example: "dead-units-revive",
    line: line(
      String.raw`^sgd lr 1:\n  layer 1: a dead unit came back in (\d+) of (\d+) seeds \(\d+ times in all\); some unit was dead in (\d+) of (\d+) seeds`,
    ),
    holds: ([back = 1, , dead = 0]) => back === 0 && dead > 0,
    quote: (m) => [`(${m[1]} of ${m[2]} seeds`, `was dead in ${m[3]} of ${m[4]} seeds`],
  },
  {
    section: "dead-units-revive",
    claim: "Adam at 0.3 brings dead first-layer units back (momentum)",
    example: "dead-units-revive",
    line: line(String.raw`^adam lr 0\.3:\n  layer 1: a dead unit came back in (\d+) of (\d+) seeds`),
    holds: ([k = 0]) => k > 0,
    quote: (m) => `Adam at 0.3 does in ${m[1]} of ${m[2]} seeds`,
  },

  // #relu-variants: variants.ts.
  {
    section: "relu-variants",
    claim: "far below zero, only Leaky ReLU keeps its slope; ELU, GELU and SiLU derivatives are tiny at x = -10",
    example: "variants",
    line: line(String.raw`^f'\(-10\): ReLU NUM, Leaky ReLU NUM, ELU NUM, GELU NUM, SiLU \(swish\) NUM$`),
    holds: ([relu = 1, leaky = 0, elu = 1, gelu = 1, silu = 1]) =>
      relu === 0 && leaky === 0.01 && [elu, gelu, silu].every((d) => d !== 0 && Math.abs(d) < 1e-3),
    quote: (m) => [`${m[3]} (ELU)`, `${m[5]} (SiLU)`, `${m[4]} (GELU)`],
  },
  {
    section: "relu-variants",
    claim: "GELU and SiLU dip below zero",
    example: "variants",
    line: line(String.raw`^gelu: minimum NUM;.*\nsilu: minimum NUM;`),
    holds: ([gelu = 0, silu = 0]) => gelu < 0 && silu < 0,
    quote: (m) => `to $${m[1]}$ and $${m[2]}$`,
  },

  // #relu-on-output: relu-output-stuck.ts, 20 seeds per head and range.
  {
    section: "relu-on-output",
    claim: "negative targets: the linear head fits from every start",
    example: "relu-output-stuck",
    line: line(
      String.raw`^targets in \[-8, -1\]:\nPROGRESS  identity head: R² median NUM, range NUM to NUM \(20 seeds\)\n    R² above 0\.9: (\d+) of (\d+) seeds`,
    ),
    holds: ([, , , k = 0, n = 1]) => k === n,
    quote: (m) => [`every one of ${m[5]} random starts`, `median ${m[1]}, range ${m[2]} to ${m[3]}`],
  },
  {
    section: "relu-on-output",
    claim: "negative targets: the ReLU head predicts exactly 0 for every sample in every seed",
    example: "relu-output-stuck",
    line: line(
      String.raw`^targets in \[-8, -1\]:[\s\S]*?  relu head: R² median NUM, .*\n.*\n    predicts exactly 0 for every sample: (\d+) of (\d+) seeds\n.*\n    no sample starts at z ≤ 0 \(0% stuck\): (\d+) of (\d+) seeds`,
    ),
    holds: ([, k = 0, n = 1, fresh = 0]) => k === n && fresh > 0,
    quote: (m) => [`${m[2]} of ${m[3]} seeds`, `R^2 = ${m[1]}`, `in ${m[4]} of ${m[5]} seeds no sample starts`],
  },
  {
    section: "relu-on-output",
    claim: "positive targets: the ReLU head fits in most seeds and fails exactly where every sample starts at z ≤ 0",
    example: "relu-output-stuck",
    line: line(
      String.raw`^targets in \[1, 8\]:\nPROGRESS  identity head: .*\n    R² above 0\.9: (\d+) of (\d+) seeds\n.*\nPROGRESS  relu head: R² median NUM, range NUM to NUM .*\n    R² above 0\.9: (\d+) of (\d+) seeds.*\n    predicts exactly 0 for every sample: (\d+) of \d+ seeds \((seeds [\d, ]+)\)\n    every sample starts at z ≤ 0 \(100% stuck\): \d+ of \d+ seeds \(\9\)`,
    ),
    holds: ([idOk = 0, idN = 1, , , , reluOk = 0, reluN = 1, zero = 0]) =>
      idOk === idN && reluOk / reluN > 0.5 && zero > 0 && reluOk + zero === reluN,
    quote: (m) => [
      `above 0.9 in ${m[6]} of ${m[7]} seeds`,
      `does in all ${m[2]}`,
      `In the other ${m[8]} (${m[9]})`,
      `R^2 = ${m[4]}`,
    ],
  },
  {
    section: "common-mistakes",
    claim: "a ReLU head that starts with every sample at z ≤ 0 never learns, in a few seeds on positive targets",
    example: "relu-output-stuck",
    line: line(String.raw`^targets in \[1, 8\]:[\s\S]*?predicts exactly 0 for every sample: (\d+) of (\d+) seeds \(`),
    holds: ([k = 0, n = 1]) => k > 0 && k / n < 0.5,
    quote: (m) => `${m[1]} of ${m[2]} seeds on positive targets`,
  },

  // #piecewise-linear: relu-vs-tanh.ts, seed 0 drawn, 20 seeds counted.
  {
    section: "piecewise-linear",
    claim: "ReLU and tanh both fit the moons in most seeds (median accuracy near 1 over 20 seeds)",
    example: "relu-vs-tanh",
    line: line(String.raw`^accuracy, ReLU: median NUM, .*\naccuracy, tanh: median NUM, `),
    holds: ([relu = 0, tanh = 0]) => relu > 0.95 && tanh > 0.95,
    quote: (m) => [`median ${m[1]} (ReLU)`, `median ${m[2]} (tanh)`],
  },
  {
    section: "piecewise-linear",
    claim: "the ReLU network splits the rectangle into at least dozens of linear pieces in every seed (a grid count)",
    example: "relu-vs-tanh",
    line: line(
      String.raw`^linear pieces of the ReLU network in the rectangle, at least \(64 × 64 grid\): median (\d+), range (\d+) to (\d+) \((\d+) seeds\)`,
    ),
    holds: ([, min = 0, max = 1000]) => min >= 24 && max < 1000,
    quote: (m) =>
      `at least ${m[1]} in the median seed (range ${m[2]} to ${m[3]} over ${m[4]} seeds), as seen on a 64 × 64 grid`,
  },

  // #dead-unit-maps: decision-regions.ts (seed 0 at lr 0.3, drawn) and decision-regions-sweep.ts (20 seeds).
  {
    section: "dead-unit-maps",
    claim: "seed 0 at lr 0.3: dead units in both layers, and a dead unit came back during training",
    example: "decision-regions",
    line: line(
      String.raw`^dead units after 60 epochs at lr 0\.3: (layer 1: (\d+) of 8, layer 2: (\d+) of 8)\ntimes a dead unit came back during training: (\d+)\naccuracy on the 200 points: NUM$`,
    ),
    holds: ([, l1 = 0, l2 = 0, back = 0]) => l1 > 0 && l2 > 0 && back > 0,
    quote: (m) => [m[1] as string, `came back ${m[4]} times`, `accuracy ${m[5]}`],
  },
  {
    section: "dead-unit-maps",
    claim: "seed 0: the three dead units of layer 2 are flat maps, the dead units of layer 1 are not",
    example: "decision-regions",
    line: line(
      String.raw`^\[heatmap chart "Hidden layer 1: [^\]]*values 0 to [\d.]+\]\n\[heatmap chart "Hidden layer 2: [^\]]*; constant: unit \d+ \(dead\) \(0\), unit \d+ \(dead\) \(0\), unit \d+ \(dead\) \(0\)\]\ndead units after 60 epochs at lr 0\.3: layer 1: (2) of 8, layer 2: (3) of 8`,
    ),
    quote: () => ["three dead units of layer 2 are flat maps", "as both are here"],
  },
  {
    section: "dead-unit-maps",
    claim: "some units are dead from initialisation, in some seeds but not all (the same at both rates)",
    example: "decision-regions-sweep",
    line: line(
      String.raw`^lr 0\.01:\n  some unit dead before training: ((\d+) of (\d+) seeds)\n[^]*^lr 0\.3:\n  some unit dead before training: ((\d+) of \d+ seeds)$`,
    ),
    holds: ([, k = 0, n = 0, , k3 = -1]) => k > 0 && k < n && k === k3,
    quote: (m) => `Before training some unit is already dead in ${m[1]}`,
  },
  {
    section: "dead-unit-maps",
    claim:
      "some unit is dead after training in most seeds at either rate, more at 0.3; dead units come back in some seeds at both",
    example: "decision-regions-sweep",
    line: line(
      String.raw`^lr 0\.01:\n  some unit dead before training: .*\n  some unit dead after 60 epochs: ((\d+) of (\d+) seeds)\n  dead units after 60 epochs, of the 16: median (\d+), range (\d+) to (\d+) \(20 seeds\)\n.*\n  a dead unit came back: ((\d+) of \d+ seeds)\n  accuracy: median NUM, range NUM to NUM \(20 seeds\)\nPROGRESSlr 0\.3:\n  some unit dead before training: .*\n  some unit dead after 60 epochs: ((\d+) of (\d+) seeds)\n  dead units after 60 epochs, of the 16: median (\d+), range (\d+) to (\d+) \(20 seeds\)\n.*\n  a dead unit came back: ((\d+) of \d+ seeds)\n  accuracy: median NUM, range NUM to NUM \(20 seeds\)`,
    ),
    holds: (n) => {
      const [
        ,
        k1 = 0,
        t1 = 1,
        med1 = 99,
        ,
        ,
        ,
        back1 = 0,
        acc1 = 0,
        ,
        ,
        ,
        k3 = 0,
        t3 = 1,
        med3 = 0,
        ,
        ,
        ,
        back3 = 0,
        acc3 = 0,
      ] = n;
      return k1 / t1 > 0.5 && k3 / t3 > 0.5 && med3 >= med1 + 3 && back1 > 0 && back3 > 0 && acc1 > 0.95 && acc3 > 0.95;
    },
    quote: (m) => [
      `dead in ${m[1]}`,
      `a median ${m[4]} of the 16 (range ${m[5]} to ${m[6]})`,
      `at 0.3 in ${m[12]}, a median ${m[15]} (range ${m[16]} to ${m[17]})`,
      `${m[7]} at 0.01`,
      `${m[18]} at 0.3`,
      `median ${m[9]} at both rates`,
      `median ${m[20]} at both rates`,
      `from ${m[21]} to ${m[22]}, against ${m[10]} to ${m[11]} at 0.01`,
    ],
  },
];

describeClaims("relu-hidden-layers", claims);

const dir = fileURLToPath(new URL("./", import.meta.url));
const read = (file: string) => readFileSync(`${dir}${file}`, "utf8");
/** Section `id` of the article as a reader sees it, near enough to find a quote: no emphasis, one space. */
const section = (id: string) => (sectionText(read("index.mdx"), id) ?? "").replace(/[*_`]/g, "").replace(/\s+/g, " ");
/** The capture groups of `pattern` in `text`, as numbers; fails the test when the line is missing. */
function numbers(text: string, pattern: RegExp): number[] {
  const m = pattern.exec(text);
  expect(m, `no line matching ${pattern} in:\n${text}`).not.toBeNull();
  return (m as RegExpExecArray).slice(1).map(Number);
}

// #dying-relu-seeds: how rare whole-layer death is needs more seeds than a browser can afford. The test
// trains ReLU at lr 0.3 from seeds 0 to 999 with the playground's own helper (about 25 s on an idle machine).
describe("relu-hidden-layers: whole-layer death over 1000 seeds (#dying-relu)", () => {
  it("ReLU at lr 0.3: a whole layer dies in about 1% of seeds, each at chance; a few others end at chance too", () => {
    const SEEDS = 1000;
    let died = 0;
    let chance = 0;
    let diedAboveChance = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const r = trainOnce("relu", 0.3, seed);
      if (layerDied(r)) died++;
      if (r.accuracy <= 0.5) chance++;
      if (layerDied(r) && r.accuracy > 0.5) diedAboveChance++;
    }
    // "Rare ... about 1%": it happens, in fewer than 3% of seeds.
    expect(died, "a whole layer never died in 1000 seeds").toBeGreaterThan(0);
    expect(died / SEEDS, "whole-layer death is no longer rare").toBeLessThan(0.03);
    // "Every one of them ends at chance; N more end there with every layer partly alive."
    expect(diedAboveChance).toBe(0);
    expect(chance).toBeGreaterThanOrEqual(died);
    const prose = section("dying-relu");
    expect(prose).toContain(`a layer dies in ${died} of ${SEEDS} seeds, about ${Math.round((100 * died) / SEEDS)}%`);
    expect(prose).toContain(`${chance - died} more end there with every layer partly alive`);
    expect(prose).toContain(`(${chance} of ${SEEDS} seeds at accuracy 0.5 or less)`);
  }, 600_000);
});

// #dead-units-revive: Adam's step for a unit whose gradient has become 0, once the bias corrections are ~1:
// m decays by β1 and √v by √β2, so the step shrinks by β1/√β2 per step.
describe("relu-hidden-layers: Adam's decaying step (#dead-units-revive)", () => {
  it("shrinks by 0.9005 per step: to a tenth after 22 steps, a hundredth after 44", () => {
    const r = 0.9 / Math.sqrt(0.999);
    const stepsTo = (share: number) => Math.ceil(Math.log(share) / Math.log(r));
    const prose = section("dead-units-revive");
    expect(prose).toContain(`\\approx ${r.toFixed(4)}`);
    expect(prose).toContain(`a tenth of its size after ${stepsTo(0.1)} steps and a hundredth after ${stepsTo(0.01)}`);
  });
});

// The sentences after the PyTorch twins, checked against the recorded outputs (docs/python-recordings.json).
describe("relu-hidden-layers: what the prose says about the PyTorch recordings", () => {
  it("#gradients-multiply: the same pattern (gain-1 sigmoid vanishes, gain 4 loses < 2 orders, tanh/ReLU ~1)", () => {
    const out = read("examples/vanishing-gradients.py.output.txt");
    const median = (name: string) => numbers(out, new RegExp(`^  ${name} +median (\\S+),`, "m"))[0] as number;
    expect(Math.round(-Math.log10(median("sigmoid")))).toBe(5);
    expect(median("sigmoid×4")).toBeGreaterThan(1e-2);
    expect(median("sigmoid×4")).toBeLessThan(1e-1);
    for (const name of ["tanh", "relu"]) {
      expect(median(name)).toBeGreaterThan(0.5);
      expect(median(name)).toBeLessThan(2);
    }
    expect(section("gradients-multiply")).toContain("its recorded output shows the same pattern");
  });

  it("#dying-relu: a whole layer dies only with ReLU at 0.3; Leaky ReLU at 0.3 stays well below ReLU at 0.01", () => {
    const out = read("examples/dying-relu.py.output.txt");
    const block = (label: string) =>
      numbers(
        out,
        new RegExp(
          `^${label}:\\n  a hidden layer 100% dead: (\\d+) of (\\d+) seeds.*\\n.*\\n  accuracy: median (\\S+),`,
          "m",
        ),
      );
    const [low = 1, , lowAcc = 0] = block("ReLU lr 0\\.01");
    const [high = 0, n = 0] = block("ReLU lr 0\\.3");
    const [leaky = 1, , leakyAcc = 1] = block("LeakyReLU lr 0\\.3");
    expect([low, leaky]).toEqual([0, 0]);
    expect(leakyAcc).toBeLessThan(lowAcc - 0.03);
    const prose = section("dying-relu");
    expect(prose).toContain(`only with ReLU at 0.3 (${high} of ${n} seeds)`);
    expect(prose).toContain(`(median accuracy ${leakyAcc.toFixed(3)})`);
    expect(prose).toContain(`ReLU at 0.01 (${lowAcc.toFixed(3)})`);
  });

  it("#relu-on-output: ReLU head predicts 0 on negative targets in every seed; on positive ones no draw starts all at z ≤ 0 and it fits in all", () => {
    const out = read("examples/relu-output-stuck.py.output.txt");
    const [neg, pos] = out.split("targets in [1, 8]:") as [string, string];
    const relu = (text: string, what: string) =>
      numbers(text.slice(text.indexOf("relu head")), new RegExp(`${what}: (\\d+) of (\\d+) seeds`));
    const [zero = 0, n = 1] = relu(neg, "predicts exactly 0 for every sample");
    expect(zero).toBe(n);
    const [allStuck = 1, n2 = 0] = relu(pos, String.raw`every sample starts at z ≤ 0 \(100% stuck\)`);
    const [fits = 0, n3 = 1] = relu(pos, "R² above 0.9");
    expect([allStuck, fits]).toEqual([0, n3]);
    const prose = section("relu-on-output");
    expect(prose).toContain("Its ReLU head also predicts 0 for every sample on negative targets in every seed");
    expect(prose).toContain(`none of its ${n2} draws starts with every sample at $z \\le 0$`);
    expect(prose).toContain(`its ReLU head fits in all ${n3}`);
  });

  it("#relu-variants: PyTorch's values agree with core's to the digits both print, except GELU's slope at -10", () => {
    const py = read("examples/variants.py.output.txt");
    const ts = read("examples/variants.output.txt");
    const floats = (s: string) => (s.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/g) ?? []).map(Number);
    // f(x) and f'(x) at five points, to 3 decimals, for each activation (the rows come in the same order).
    const rows = (text: string) =>
      text
        .split("\n")
        .filter((l) => l.includes(" f(x): "))
        .map((l) => floats(l.slice(l.indexOf("f(x):"))));
    expect(rows(py)).toHaveLength(5);
    expect(rows(py)).toEqual(rows(ts));
    // The slopes far below zero, two significant digits: ReLU, Leaky ReLU, ELU, GELU, SiLU.
    const far = (text: string, x: number) =>
      floats((text.split("\n").find((l) => l.startsWith(`f'(${x}):`)) ?? "").slice(`f'(${x}):`.length));
    for (const x of [-10, -30]) {
      const [p, t] = [far(py, x), far(ts, x)];
      expect(p).toHaveLength(5);
      p.forEach((v, i) => {
        if (x === -10 && i === 3) expect(v).not.toBe(t[i]);
        else expect(v).toBe(t[i]);
      });
    }
    expect(section("relu-variants")).toContain(
      "agree with the playground's to the digits both print, except GELU's tiny slope at $x = -10$",
    );
  });
});
