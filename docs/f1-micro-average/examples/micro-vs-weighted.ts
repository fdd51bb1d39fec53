// Micro-F1 and weighted-F1 both weight classes by their size, so finding the missed samples of a small
// class moves each by about 1/n per sample; macro gives that class a third of its weight. Which of micro
// and weighted moves more, and which is higher, depends on the confusion matrix. Two models, each of
// which misses 3 samples of class C and then finds them:
import { f1Score } from "@nn-explained/core";

const labels = ["A", "B", "C"];

// Samples from a confusion matrix: rows are the true classes, columns the predictions.
function fromMatrix(matrix: number[][]) {
  const yTrue: string[] = [];
  const yPred: string[] = [];
  matrix.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) {
        yTrue.push(labels[i] as string);
        yPred.push(labels[j] as string);
      }
    });
  });
  return { yTrue, yPred };
}

const models = [
  // The model of the rare-class demo.
  {
    name: "model 1",
    missed: [
      [588, 12, 0],
      [12, 385, 0],
      [3, 0, 0],
    ],
    found: [
      [588, 12, 0],
      [12, 385, 0],
      [0, 0, 3],
    ],
  },
  // Another model, which also predicts C for 64 samples of A and B.
  {
    name: "model 2",
    missed: [
      [450, 24, 50],
      [9, 101, 14],
      [2, 1, 6],
    ],
    found: [
      [450, 24, 50],
      [9, 101, 14],
      [0, 0, 9],
    ],
  },
];

for (const { name, missed, found } of models) {
  const before = fromMatrix(missed);
  const after = fromMatrix(found);
  const count = (label: string) => before.yTrue.filter((y) => y === label).length;
  const n = before.yTrue.length;
  console.log(`${name}: ${count("A")} A, ${count("B")} B, ${count("C")} C (n = ${n}); 3/n = ${(3 / n).toFixed(4)}`);
  for (const average of ["micro", "weighted", "macro"] as const) {
    const f1Before = f1Score(before.yTrue, before.yPred, { average });
    const f1After = f1Score(after.yTrue, after.yPred, { average });
    const change = f1After - f1Before;
    console.log(`  ${average.padEnd(8)} F1 ${f1Before.toFixed(4)} -> ${f1After.toFixed(4)}  (+${change.toFixed(4)})`);
  }
}
