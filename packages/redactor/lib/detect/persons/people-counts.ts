// A count of people (5名, 两户, 120余名, 三人), which the rules read before a role and after a list of names.

// The number: digits, or Chinese numerals (两, 十二, 三百).
const number = '(?:[0-9]+|[两二三四五六七八九十百千]+)'
// The measure of people or households, after 余 or 多 where the number is round (120余名, 十多户).
const measure = '[余多]?[名位个人户家]'

/**
 * A count of more than one person right before a role, across a few characters that qualify it and the role itself
 * (82名绣娘, 42名彝族妇女, 120余名妇女), or the placeholder of a count masked as a figure, as redact's second look reads
 * it (**名绣娘); not a rank (第三名的绣娘) nor one person (1名电工高山; 一名: 一 is no count here).
 */
export const countBeforeRole = new RegExp(`(?<![第0-9])(?!1${measure})(?:${number}|\\*+)${measure}\\p{Script=Han}{0,6}$`, 'u')

/** A count of people at the start of a text (金花三户, 高原5名): what may close a list of their names. */
export const countOfPeople = new RegExp(`^${number}${measure}`, 'u')

/** 等 and a count of people (舒畅等2人, 向阳等5名同志): the names before it head a list of people. */
export const countAfterListed = new RegExp(`^等${number}${measure}`, 'u')
