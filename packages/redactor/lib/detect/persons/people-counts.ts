// A count of people (5名, 两户, 120余名, 三人), which the rules read before a role and after a list of names. Each
// count has its own measures: what counts people in one place counts households, firms or things in another.

// The number: digits, or Chinese numerals (两, 十二, 三百).
const number = '(?:[0-9]+|[两二三四五六七八九十百千]+)'
// The measure of the people a role names, after 余 or 多 where the number is round (120余名妇女), or of the households
// a role of households is (30户农户居家就业); not 家, which counts the firms a role heads (3家企业负责人高山: one person
// named), nor 人, which counts a group before its head (5人小组组长高山).
const roleMeasure = '[余多]?[名位个户]'
// The measure of the people 等 closes a list of (舒畅等2人, 向阳等5名同志, 高远等20多名同志): not 个 or 家, which count
// places and firms (村干部高远等3个村民小组).
const listedMeasure = '[余多]?[人名位]'
// The measure that closes a listed pair: people, or the households and families they head (金花三户); no 余 or 多,
// as a count that closes a list of names is exact.
const pairMeasure = '[户人名位家]'

/**
 * A count of more than one person right before a role, across a few characters that qualify it and the role itself
 * (82名绣娘, 42名彝族妇女, 120余名妇女), or the placeholder of a count masked as a figure, as redact's second look reads
 * it (**名绣娘); not a rank (第三名的绣娘) nor one person (1名电工高山; 一名: 一 is no count here).
 */
export const countBeforeRole = new RegExp(`(?<![第0-9])(?!1${roleMeasure})(?:${number}|\\*+)${roleMeasure}\\p{Script=Han}{0,6}$`, 'u')

/** A count of people at the start of a text (金花三户, 高原5名): what may close a list of their names. */
export const countOfPeople = new RegExp(`^${number}${pairMeasure}`, 'u')

/** 等 and a count of people (舒畅等2人, 向阳等5名同志): the names before it head a list of people. */
export const countAfterListed = new RegExp(`^等${number}${listedMeasure}`, 'u')

/**
 * People split into a count of groups at the start of a text (分三个小组, 分两批, 分4路), or into groups, patches or
 * ways of their own (分组包片, 分片包干, 分头走访): what follows the last name of a list of people, or one name, as its
 * verb (谭晓婷、刘志勇、易国庆分三个小组开展检查, 王平分组包片), which jieba reads into the name (国庆分, 周 + 平分).
 */
export const splitIntoGroups = new RegExp(`^分(?:${number}个?(?:小组|组|批|路|队)|[组片头])`, 'u')

// How far the words that close a list of people are read: 三百户, 分三个小组.
const listCloseReach = 7

/**
 * Whether the words at `end` close a list of people as no word that follows one name does: a count of them (孟和、
 * 金花三户: `countOfPeople`), or the people split into groups (谭晓婷、刘志勇、易国庆分三个小组: `splitIntoGroups`).
 */
export function closesListOfPeople(text: string, end: number): boolean {
  const after = text.slice(end, end + listCloseReach)
  return countOfPeople.test(after) || splitIntoGroups.test(after)
}

/** The end of a listed name read from `start` to `end`, cut where words that close a list of people start (林立 + 分两批). */
export function endBeforeListClose(text: string, start: number, end: number): number {
  for (let at = start + 2; at < end; at++) if (closesListOfPeople(text, at)) return at
  return end
}
