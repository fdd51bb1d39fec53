/**
 * `import text from "./examples/x.ts?raw"`: the file's text in the server bundle, a handle that loads it in
 * the browser's (plugins/playground; src/components/Playground/sources.ts).
 */
declare module "*?raw" {
  const text: import("../components/Playground/sources").FileSource;
  export default text;
}

/** `import twin from "./examples/x.py?python-twin"`: a Python twin for `<PythonTwin twin={twin} />`. */
declare module "*?python-twin" {
  const twin: import("../components/PythonTwin").PythonTwinSource;
  export default twin;
}
