// Closing formulas of reports and notices (GB/T 9704 and common practice): 以上汇报不妥之处，敬请批评指正。
// 以上述责述廉，敬请评议！ 特此报告 特此通知 妥否，请批示 此致 敬礼.

/** A short line starting with one of these is a closing line. */
export const closingOpeners: readonly string[] = ['特此', '专此', '此致', '敬礼', '以上报告', '以上汇报', '以上述职', '以上述责']

/** A short line containing one of these is a closing line. */
export const closingPhrases: readonly string[] = ['敬请', '批评指正', '请批示', '请审阅', '请审议', '请审定', '请予', '妥否', '请指正']

/**
 * A written date (`2022年12月30日`, `二〇二二年十二月三十日`), as the source of a pattern: the date line below, a
 * bulletin's masthead and a newspaper's running head (find-front-matter.ts) all read dates this one way.
 */
export const dateSource = String.raw`(?:[0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日`

/** A line of the date, tested on the trimmed line. */
export const dateLinePattern = new RegExp(`^${dateSource}$`)

/**
 * A note below the date (GB/T 9704 附注), tested on the trimmed line: in parentheses, opening with a label (附注：,
 * 联系人：, 联系电话：, 联系方式：) or being a short 此件… (此件公开发布); a sentence in parentheses is body text.
 */
export const notePattern = /^[（(]\s*(?:(?:附\s*注|联系人|联系电话|联系方式)\s*[：:][^]*|此件[^，。；]{1,12})[）)]$/

/**
 * A signature line opening with a label (`述职人：王某`, `汇报单位：某县税务局`), tested on the trimmed line: the
 * label's colon is its only punctuation.
 */
export const labelledSignaturePattern = /^(?:述职人|述责人|述廉人|报告人|汇报人|发言人|填报人|执笔|执笔人|撰稿|撰稿人|报送单位|汇报单位|报告单位)\s*[：:]\s*[^\s，。；：:、！？,.;!?]/

/**
 * A distribution line (GB/T 9704 版记), tested on the trimmed line: who receives the document, opening with its label
 * (抄送：, 抄报：, and a bulletin's 报：, 送：, 发：), or how many copies were printed (共印60份, in parentheses or not).
 */
export const distributionPattern = /^(?:(?:抄\s*送|抄\s*报|主\s*送|分\s*送|报|送|发)\s*[：:]\s*\S|[（(]?\s*共印\s*[0-9０-９一二三四五六七八九十百]+\s*份\s*[）)]?$)/

/** The start of an attachment note (`附件：1．…`, `附件1：…`, `附 件：`). */
export const attachmentPattern = /附\s{0,2}件\s{0,2}[0-9０-９]{0,2}\s{0,2}[：:]?/y

/** The item lines under an attachment note (`2．…`, `  3.…`). */
export const attachmentItemPattern = /[0-9０-９]{1,2}[.．、]/y
