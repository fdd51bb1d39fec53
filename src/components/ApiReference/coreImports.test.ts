import { describe, expect, it } from "vitest";
import { coreImports, playgroundImports } from "./coreImports";

describe("coreImports", () => {
  it("reads the exported names of every import from @nn-explained/core, once each, in order", () => {
    const a = `import { softmax, type Matrix, logSumExp as lse } from "@nn-explained/core";
import { something } from "./local";
import type { Vector } from '@nn-explained/core';`;
    const b = `import {
  f1Score, // the one the question is about
  softmax,
} from "@nn-explained/core";`;
    expect(coreImports(a, b)).toEqual(["softmax", "Matrix", "logSumExp", "Vector", "f1Score"]);
  });

  it("gives nothing for code that does not import the library", () => {
    expect(coreImports('import { x } from "other";\nconsole.log(1);')).toEqual([]);
  });

  it("playgroundImports reads the names imported from @nn-explained/playground, and only those", () => {
    const code = `import { sweepSeeds, lineChart as plot } from "@nn-explained/playground";
import { fit } from "@nn-explained/core";
import { x } from "@nn-explained/playground-extra";`;
    expect(playgroundImports(code)).toEqual(["sweepSeeds", "lineChart"]);
    expect(coreImports(code)).toEqual(["fit"]);
  });
});
