import {EntityType, type TypeCounts} from '@gongwen/schema'

/**
 * Count spans or leaks per entity type; every type is present, zero when absent.
 *
 * @param items anything with a `type`
 */
export function countTypes(items: readonly {type: EntityType}[]): TypeCounts {
  const counts = Object.fromEntries(EntityType.options.map((type) => [type, 0])) as TypeCounts
  for (const item of items) counts[item.type] += 1
  return counts
}

/**
 * Add `more` into `total`, type by type.
 *
 * @param total counts to add to (changed in place)
 * @param more counts to add
 */
export function addCounts(total: TypeCounts, more: TypeCounts): void {
  for (const type of EntityType.options) total[type] += more[type]
}
