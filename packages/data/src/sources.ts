import sourceRows from './generated/sources.js';
import type { Source } from './schemas/sources.js';

export { regions, regionByCode, regionByInegiCode } from './regions.js';

/** Every source cited anywhere in the dataset (homicides, corridor, groups, and the pages read). */
export const sources: readonly Source[] = sourceRows;

// Built on first use, so a bundle that imports only the regions from here leaves the sources out.
let byId: Map<string, Source> | undefined;

/** The source with this id, or `undefined` when there is none. */
export function sourceById(id: string): Source | undefined {
  byId ??= new Map(sources.map((source) => [source.id, source]));
  return byId.get(id);
}
