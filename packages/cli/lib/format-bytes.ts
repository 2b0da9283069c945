/**
 * Human-readable size in binary units: `812 B`, `3.4 KB`, `50 MB`.
 *
 * @param bytes a number of bytes
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let index = 0
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024
    index += 1
  }
  return `${index === 0 ? value : Number(value.toFixed(1))} ${units[index]}`
}
