/** `import text from "./file.ts?raw"`: the file's text (plugins/playground adds the asset/source rule). */
declare module "*?raw" {
  const text: string;
  export default text;
}
