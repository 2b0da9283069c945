// The plain search the trie scan and findNames must agree with, for their property tests.

/** Leftmost-longest by brute force: at each position the longest name that starts there, then on past it. */
export function naiveLeftmostLongest(names: readonly string[], text: string): {start: number; end: number; name: string}[] {
  const found: {start: number; end: number; name: string}[] = []
  let at = 0
  while (at < text.length) {
    let best = ''
    for (const name of names) if (name.length > best.length && text.startsWith(name, at)) best = name
    if (best === '') at++
    else {
      found.push({start: at, end: at + best.length, name: best})
      at += best.length
    }
  }
  return found
}
