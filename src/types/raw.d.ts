/** `import text from "./file.ts?raw"`: the file's text (plugins/playground adds the asset/source rule). */
declare module "*?raw" {
  const text: string;
  export default text;
}

/** `import twin from "./examples/x.py?python-twin"`: a Python twin for `<PythonTwin twin={twin} />`. */
declare module "*?python-twin" {
  const twin: import("../components/PythonTwin").PythonTwinData;
  export default twin;
}
