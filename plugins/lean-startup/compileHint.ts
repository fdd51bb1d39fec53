/**
 * V8's explicit compile hint (Chrome 136 on): a script that starts with this comment has all its functions
 * compiled as it downloads, on a background thread, instead of each on the main thread at its first call.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";
