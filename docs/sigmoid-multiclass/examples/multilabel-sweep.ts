// The comparison of multilabel.ts over 20 seeds (data, split, initial weights,
// shuffling). Thresholds are tuned on each seed's validation documents; every score
// is measured on its test documents: all of them, then only those with a label.
import { sweepSeeds } from "@nn-explained/playground";
import { trainBothHeads } from "./_multilabel";

const sweep = sweepSeeds(20, trainBothHeads, { label: "multi-label" });
type Run = (typeof sweep.results)[number];
type Head = Run["sigmoids"];
type Scores = Head["tuned"];
const sum = (f: (r: Run) => number) => sweep.results.reduce((a, r) => a + f(r), 0);

/** Sigmoids against another head, on one score: who is higher in how many seeds, and the gap. */
function compare(title: string, other: "softmax" | "softmaxNone", pick: (h: Head) => Scores) {
  for (const metric of ["microF1", "samplesF1"] as const) {
    const score = (r: Run, head: "sigmoids" | typeof other) => pick(r[head])[metric];
    const name = metric === "microF1" ? "micro-F1" : "samples-F1";
    console.log(
      `${title}, ${name}: sigmoids higher in ${sweep.count((r) => score(r, "sigmoids") > score(r, other)).text}, ` +
        `softmax higher in ${sweep.count((r) => score(r, other) > score(r, "sigmoids")).text}; ` +
        `sigmoids − softmax ${sweep.spread((r) => score(r, "sigmoids") - score(r, other)).text}`,
    );
  }
}

compare("threshold 0.5", "softmax", (h) => h.atHalf);
console.log(
  `softmax at 0.5, labels predicted per document: ${sweep.spread((r) => r.softmax.atHalf.labelsPredicted, 2).text}`,
);
console.log(`labels per test document: ${sweep.spread((r) => r.labelsPerDocument, 2).text}`);
compare("tuned thresholds, all documents", "softmax", (h) => h.tuned);
compare("tuned thresholds, documents with labels", "softmax", (h) => h.tunedLabelled);

const docs = sum((r) => r.YTest.length);
const none = sum((r) => r.unlabelled);
console.log(`test documents without labels: ${none} of ${docs} (${((100 * none) / docs).toFixed(0)}%)`);
for (const head of ["sigmoids", "softmax", "softmaxNone"] as const) {
  const name = head === "softmaxNone" ? 'softmax + "none"' : head;
  console.log(`  left without labels by ${name}: ${sum((r) => r[head].emptyWhereNone)} of ${none}`);
}
compare('softmax with a "none" class, all documents', "softmaxNone", (h) => h.tuned);
compare('softmax with a "none" class, documents with labels', "softmaxNone", (h) => h.tunedLabelled);
