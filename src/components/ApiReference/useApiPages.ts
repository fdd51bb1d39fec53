import { usePluginData } from "@docusaurus/useGlobalData";
import { API_REFERENCE_PLUGIN, type ApiPageIndex, type ApiReferenceGlobalData } from "./apiPages";

/** Which page of the API reference documents which export (plugins/api-reference's global data). */
export function useApiPages(): ApiPageIndex {
  return (usePluginData(API_REFERENCE_PLUGIN) as ApiReferenceGlobalData).pages;
}
