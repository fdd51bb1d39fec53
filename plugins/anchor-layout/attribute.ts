/** Set on `<html>` while the address names a section: src/css/custom.css then lays out every block. */
export const EXACT_LAYOUT = "data-exact-layout";
