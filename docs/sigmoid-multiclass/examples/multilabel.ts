// A multi-label problem: each document carries any number of 4 labels (0 to 4 of them).
// One sigmoid per label against a softmax head (see _multilabel.ts), each read first
// with the usual threshold 0.5, then with per-label thresholds tuned on validation
// documents. One seed, as an illustration; multilabel-sweep.ts runs 20 and adds a softmax
// head with a fifth class, "no label".
import { trainBothHeads } from "./_multilabel";

const SEED = 7;
// Training both heads takes a moment: say what is happening first.
console.log(`seed ${SEED}: training a sigmoid head and a softmax head on the same documents…`);
const run = trainBothHeads(SEED);
console.log(`labels per test document: ${run.labelsPerDocument.toFixed(2)} on average`);
const line = (s: { microF1: number; samplesF1: number; labelsPredicted: number }) =>
  `micro-F1 ${s.microF1.toFixed(3)}   samples-F1 ${s.samplesF1.toFixed(3)}   labels predicted ${s.labelsPredicted.toFixed(2)}`;
for (const name of ["sigmoids", "softmax"] as const) {
  const head = run[name];
  console.log(`${name.padEnd(8)}  threshold 0.5          ${line(head.atHalf)}`);
  console.log(
    `${name.padEnd(8)}  thresholds ${head.thresholds.map((t) => t.toFixed(2)).join(" ")}  ${line(head.tuned)}`,
  );
}

// The first test document with exactly two labels: the sigmoids can say yes to
// each label; softmax has to share a total of 1 among them.
const count = (row: number[]) => row.reduce((a, b) => a + b, 0);
const i = run.YTest.findIndex((row) => count(row) === 2);
const labels = (run.YTest[i] as number[]).flatMap((present, k) => (present === 1 ? [k] : []));
const show = (row: number[]) => row.map((p) => p.toFixed(2)).join("  ");
console.log(`test document ${i}: labels ${labels.join(" and ")} (counting from 0)`);
console.log(`  sigmoids  ${show(run.sigmoids.PTest[i] as number[])}`);
console.log(`  softmax   ${show(run.softmax.PTest[i] as number[])}`);

// Documents without labels: the sigmoids can all say no; softmax's four outputs sum to 1, so the largest is at
// least 0.25, and it was never trained on such documents.
const leftEmpty = (name: "sigmoids" | "softmax") => run[name].emptyWhereNone;
console.log(
  `test documents without labels: ${run.unlabelled} of ${run.YTest.length}; ` +
    `left without labels by the sigmoids: ${leftEmpty("sigmoids")}, by softmax: ${leftEmpty("softmax")}`,
);
