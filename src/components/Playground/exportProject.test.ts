import { describe, expect, it } from "vitest";
import { exportProject } from "./exportProject";

describe("exportProject", () => {
  it("exportProject ships the files with core and the chart helper as local packages, run by npm start", () => {
    const project = exportProject({ "main.ts": "run();", "lib/model.ts": "export {};" }, "main.ts", "CORE", "API");
    expect(project["main.ts"]).toBe("run();");
    expect(project["lib/model.ts"]).toBe("export {};");
    expect(project["vendor/nn-explained-core/index.js"]).toBe("CORE");
    expect(project["vendor/nn-explained-playground/index.js"]).toBe("API");
    const pkg = JSON.parse(project["package.json"] ?? "{}");
    expect(pkg.scripts.start).toBe("tsx main.ts");
    expect(pkg.dependencies).toEqual({
      "@nn-explained/core": "file:./vendor/nn-explained-core",
      "@nn-explained/playground": "file:./vendor/nn-explained-playground",
    });
    expect(JSON.parse(project["vendor/nn-explained-core/package.json"] ?? "{}")).toMatchObject({
      name: "@nn-explained/core",
      type: "module",
      main: "index.js",
    });
    expect(JSON.parse(project[".codesandbox/tasks.json"] ?? "{}").tasks.start.command).toBe("npm start");
  });
});
