// Replaces @docusaurus/theme-classic's client module prism-include-languages, which imports Prism and adds
// the additional languages when every page starts. src/components/CodeBlock/tokenize.ts does that
// when a code block first needs highlighting in the browser.
export {};
