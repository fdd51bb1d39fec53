// Docusaurus's CodeBlock, which its swizzle config marks safe to eject, replaced by the site's own
// (src/components/CodeBlock): same props and markup, rendered once and hydrated without rebuilding its lines.
export { default } from "../../components/CodeBlock";
