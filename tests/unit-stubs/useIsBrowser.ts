/** `@docusaurus/useIsBrowser` for the unit tests, which render as the server does: never in the browser. */
export default function useIsBrowser(): boolean {
  return false;
}
