import sourceRows from './generated/sources.js';
import type { Source } from './schemas/sources.js';

export { regions, regionByCode, regionByInegiCode } from './regions.js';

/** Every source cited anywhere in the dataset (homicides, corridor, groups, and the pages read). */
export const sources: readonly Source[] = sourceRows;

const byId = new Map(sources.map((source) => [source.id, source]));

/** The source with this id, or `undefined` when there is none. */
export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}
