import type {Detection, DetectionContext} from '../detection.js'
import {isValidCreditCode, isValidResidentId, passesLuhn} from '../checksums.js'
import {measureWordAt} from '../measure-words.js'
import {readLexicon} from '../read-lexicon.js'
import {columnHeader, lineStart} from '../table-columns.js'
import {topLevelDomains} from '../top-level-domains.js'

interface ContactRule {
  rule: string
  pattern: RegExp
  confidence: number
  reason: string
  /** Checks the matched string (checksums), or where it stands; absent when the pattern is enough. */
  accept?: (match: string, text: string, start: number) => boolean
  /**
   * A necessary condition for the pattern to match anywhere in the text, read from the text's profile: most
   * reports hold no long digit run, no @ and no URL, so most whole-text regex passes can be skipped.
   */
  possible: (profile: TextProfile, text: string) => boolean
  /** Where the first match can start at the earliest, so the pass can begin there; absent when anywhere. */
  earliest?: (profile: TextProfile) => number
}

/** What the rules' necessary conditions read, from one regex pass over the text. */
interface TextProfile {
  /** Longest run of ASCII digits, when at least 6 long (shorter runs count as 0: no rule needs fewer than 6). */
  digits: number
  /**
   * Longest run of ASCII digits, spaces and dashes (`-`, `－`, `—`: the separators phone and card numbers use) from a
   * digit to a digit, when at least 6 long: every mobile, card and account number lies in one.
   */
  digitsAndSeparators: number
  /** Longest run of ASCII digits and capitals around a run of 6 digits or more: every credit code lies in one. */
  codeAroundDigits: number
  /** 7 digits or more right after a separator or closing bracket, where a landline's local number stands. */
  localNumber: boolean
  /** 1 and 3–9, then 9 characters or more of a number run: where a mobile number starts. */
  mobileStart: boolean
  /** Whether the text holds a Latin letter or `@`, without which no address, domain, plate or lettered code can. */
  latin: boolean
  /** Where the first of those number runs starts, or the text's length when there is none. */
  firstNumberRun: number
  /** Where the first Latin letter or @ stands, or the text's length when there is none. */
  firstLatin: number
  /** Whether the text holds a code label, once a rule has asked (see `holdsCodeLabel`). */
  codeLabelled?: boolean
}

/**
 * The most characters an identifier's match can start before the number run that holds its digits: a label
 * (公民身份号码： and two spaces, 9), an area code in brackets and a space (（0831） , 7), two code characters
 * before a credit code's digits, the + of +86.
 */
const longestLead = 9

/** Where an identifier whose digits lie in a number run can start at the earliest: just before the first run. */
function nearFirstNumberRun(profile: TextProfile): number {
  return Math.max(0, profile.firstNumberRun - longestLead)
}

const accountLabels = ['卡号', '账号', '帐号', '账户']
// A landline's area code with its separator or brackets (no blank: a blank after 0831 may end a number of its own)
const areaCode = /(?:0[1-9][0-9]{1,2}[-－—]|[（(]0[1-9][0-9]{1,2}[）)])/
// Longest first, so that a label is read whole (QQ号码 before QQ).
const codeLabels = readLexicon('contact-code-labels.txt')
  .sort((a, b) => b.length - a.length)
  .join('|')
// Whether a text may hold a labelled code: one of the labels, or 编号 (read only before a province's licence)
const codeLabel = new RegExp(`${codeLabels}|编号`)

/**
 * Whether the text holds a code label: three rules ask, and the text is searched for the sixty labels once (a search
 * of the seed and tune documents took 2 ms where one for the phone labels took 0.1).
 */
function holdsCodeLabel(profile: TextProfile, text: string): boolean {
  profile.codeLabelled ??= codeLabel.test(text)
  return profile.codeLabelled
}

const idGlosses = new Set(readLexicon('contact-id-glosses.txt'))
// A column's header that ends in one of the labels (执业许可证号, 药品经营许可证编号)
const codeColumnHeader = new RegExp(`(?:${codeLabels})$`)
const phoneLabels = '电话|热线|座机|传真|手机'
// A WeChat account's label (微信, 微信号, 微信公众号, 公众号) and its ID: a letter, then 5 to 19 letters, digits, - and _
const wechatLabel = '微信(?:公众)?号?|公众号'
const wechatId = '[A-Za-z][-_A-Za-z0-9]{5,19}'
// A column's header that is a WeChat label, alone or after a word (联系微信, 微信号（ID）)
const wechatColumnHeader = new RegExp(`(?:${wechatLabel})(?:[（(]ID[）)])?$`)
const phoneLabel = new RegExp(phoneLabels)
const provinceAbbreviations = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
// A vessel's use right before its number: most texts have none, and the vessel pattern is not run over them.
const vesselUse = /[渔货客油拖养运][0-9]/
// A labelled code: a province's abbreviation may open it, then letters and digits, a hyphen between them.
const labelledCode = `[${provinceAbbreviations}]?[0-9A-Za-z](?:[0-9A-Za-z]|-(?=[0-9A-Za-z])){4,39}`
// A licence numbered as an office numbers what it issues: a province's abbreviation in brackets, the licence's kind
// ending in 许 and 字 or 证, the year in brackets and a serial (A(甘)农种许字(2021)第0011号, （鄂）JZ安许证字〔2019〕001234).
// A document's number (甘政发〔2021〕12号) has no province in brackets before it and no 许: it stays, as the standard has.
const bracketedLicence = `(?<![0-9A-Za-z])[A-Z]{0,6}[（(][${provinceAbbreviations}][）)][\\p{Script=Han}A-Z]{0,8}许[\\p{Script=Han}A-Z]{0,2}[字证][（(〔\\[][0-9]{4}[）)〕\\]]第?[0-9]{2,12}号?(?![0-9])`

/**
 * A table's cell that is `value` whole: set apart by a tab, two blanks or a pipe on each side (or the line's end after
 * it), not the row's first cell.
 */
function tableCell(value: string): RegExp {
  return new RegExp(`(?<=[\\t|｜][ \\u3000]{0,3}|[ \\u3000]{2})${value}(?=[ \\u3000]{2}|[ \\u3000]{0,3}[\\t|｜\\r\\n]|[ \\u3000]{0,3}$)`, 'g')
}

// Whether a text may hold a table's cells (a tab, a pipe, two blanks)
const tableSeparator = /\t|[|｜]|[ \u3000]{2}/u
// A character of an e-mail address's local part
const emailLocal = '[A-Za-z0-9._%+-]'
// The labels an address may follow without a mark between (邮箱chxljd2023@163.com)
const emailLabelBefore = /(?:邮箱|信箱|电邮|邮件)(?:地址)?$/u
const hanBefore = /\p{Script=Han}$/u

/**
 * Whether an address may open at `start`: at the text's start, after a blank, a mark or a bracket, or after an
 * e-mail's label; not inside a word or after one (截至2023, 版本V2.0: the look-behind of the patterns refuses Latin
 * letters and digits already).
 */
function opensAddress(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start)
  return !hanBefore.test(before) || emailLabelBefore.test(before)
}

// A year or a version (2023, V2.0, 3.1.2): the line above an address ends in one after a blank, a mark or a bracket
// (截至 2023⏎abc@163.com, 版本：V2.0⏎admin@abc.gov.cn, （2023⏎abc@163.com）) as well as inside a word
const yearOrVersion = /^(?:(?:19|20)[0-9]{2}|[Vv][0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)+)$/u

/** Whether `piece`, the part of a wrapped address's local part on the line above, is a year or a version of its own. */
function isYearOrVersion(piece: string): boolean {
  return yearOrVersion.test(piece.replace(/\r$/u, ''))
}

const wholeEmail = /^[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}$/

// Every pattern is anchored by look-arounds and bounded repetition, so a scan stays linear even over a
// megabyte of digits. Earlier rules win overlaps: a valid ID is not also a bank card or a phone.
const rules: readonly ContactRule[] = [
  {
    rule: 'resident-id',
    // Typed whole, or spaced as the number's parts are (area, birth date, serial: 450103 19850101 1234)
    pattern: /(?<![0-9A-Za-z])(?:[1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{5} [0-9]{8} [0-9]{3}[0-9Xx])(?![0-9A-Za-z])/g,
    confidence: 0.99,
    reason: '18-digit resident ID with a valid birth date and MOD 11-2 check digit',
    // spaced, 19 characters before the check character: 6 digits, a blank, 8, a blank, 3
    possible: (profile) => profile.digits >= 17 || profile.digitsAndSeparators >= 19,
    earliest: nearFirstNumberRun,
    accept: (match) => isValidResidentId(match.replace(/ /g, ''))
  },
  {
    rule: 'credit-code',
    pattern: /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g,
    confidence: 0.95,
    reason: '统一社会信用代码 with a valid GB 32100 check character',
    possible: (profile) => profile.codeAroundDigits >= 18,
    earliest: nearFirstNumberRun,
    accept: isValidCreditCode
  },
  {
    rule: 'bank-card',
    pattern: /(?<![0-9])(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?)(?![0-9])/g,
    confidence: 0.85,
    reason: '16–19-digit card number passing the Luhn check',
    possible: (profile) => profile.digitsAndSeparators >= 16,
    earliest: nearFirstNumberRun,
    accept: (match) => passesLuhn(match.replace(/[ -]/g, ''))
  },
  // A resident ID that a PDF's line wrap cut in two (身份证号：5115231985031427⏎21): the check digit still holds once
  // the break is left out; each half is masked, so none stays visible. One half is 9 digits or more.
  {
    rule: 'resident-id-wrapped',
    pattern: /(?<![0-9A-Za-z])[1-9][0-9]{0,16}\r?\n[0-9]{0,16}[0-9Xx](?![0-9A-Za-z])/g,
    confidence: 0.95,
    reason: '18-digit resident ID cut by a line break, with a valid birth date and MOD 11-2 check digit',
    possible: (profile, text) => profile.digits >= 9 && text.includes('\n'),
    earliest: nearFirstNumberRun,
    accept: (match) => {
      const id = match.replace(/\r?\n/, '')
      return id.length === 18 && isValidResidentId(id)
    }
  },
  // A resident ID published with its middle starred out (500242197803****1215, 610528********2417) still names a county
  // and often a birth date, and a starred card number (622202********1234) its bank and holder: the whole number is
  // masked. Six digits open it, one run of stars of four or more stands for some of the rest; 15 to 20 characters, as
  // hands that star a number miscount.
  {
    rule: 'starred-id-number',
    pattern: /(?<![0-9A-Za-z*])[1-8][0-9]{5}[0-9*]{8,13}[0-9Xx*](?![0-9A-Za-z*])/g,
    confidence: 0.9,
    reason: 'resident ID or card number with its middle starred out: what is left still identifies',
    possible: (profile, text) => profile.digits >= 6 && text.includes('****'),
    earliest: nearFirstNumberRun,
    accept: (match) => /^[0-9]+\*{4,}[0-9]*[0-9Xx]?$/.test(match)
  },
  // A number right after its label is that identifier even when its check fails (a typo, an old or made-up
  // number): the label says what it is, so it is masked with a lower confidence.
  {
    rule: 'labelled-resident-id',
    pattern: /(?:身份证|公民身份)号?码?(?:为|是)?[：:]?\s{0,2}(?<value>[0-9]{17}[0-9Xx]|[0-9]{6} [0-9]{8} [0-9]{3}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])/dg,
    confidence: 0.8,
    reason: 'resident ID after its label (check digit not valid)',
    possible: (profile, text) => (profile.digits >= 15 || profile.digitsAndSeparators >= 19) && text.includes('身份'),
    earliest: nearFirstNumberRun
  },
  {
    rule: 'labelled-credit-code',
    pattern: /信用代码(?:为|是)?[：:]?\s{0,2}(?<value>[0-9A-Z]{18})(?![0-9A-Za-z])/dg,
    confidence: 0.8,
    reason: '统一社会信用代码 after its label (check character not valid)',
    // Without a Latin letter, the 18 characters are digits.
    possible: (profile, text) => (profile.latin || profile.digits >= 18) && text.includes('信用代码') && (!profile.latin || codeRun.test(text))
  },
  {
    rule: 'labelled-account',
    pattern: /(?:卡号|账号|帐号|账户)[：:]?\s{0,2}(?<value>[0-9](?:[0-9]|[ -](?=[0-9])){9,29})(?![0-9])/dg,
    confidence: 0.8,
    reason: 'bank account after its label (no Luhn check)',
    possible: (profile, text) => profile.digitsAndSeparators >= 10 && accountLabels.some((label) => text.includes(label)),
    earliest: nearFirstNumberRun
  },
  {
    rule: 'mobile-phone',
    // its groups set apart by blanks or dashes, a full-width or long one too (138－1234－5678, 138—1234—5678)
    pattern: /(?<![0-9])(?:(?:\+|＋)?86[ -]?)?1[3-9][0-9](?:[ \-－—]?[0-9]{4}){2}(?![0-9])/g,
    confidence: 0.95,
    reason: 'mainland mobile number (1[3-9] and 9 more digits)',
    possible: (profile) => profile.mobileStart,
    earliest: nearFirstNumberRun
  },
  // A mobile number a PDF's line wrap cut in two, after a phone label (电话：1381234⏎5678), not a number and a year or
  // a count on the next line (1381234⏎2023年).
  {
    rule: 'labelled-mobile-wrapped',
    pattern: new RegExp(`(?:${phoneLabels})(?:号码)?(?:为|是)?[：:]?[ \\t]{0,2}(?<value>1[3-9][0-9]{0,9}\\r?\\n[0-9]{1,9})(?![0-9年月日件次个人元条户号])`, 'dg'),
    confidence: 0.9,
    reason: 'mainland mobile number cut by a line break, after its label',
    possible: (_profile, text) => text.includes('\n') && phoneLabel.test(text),
    accept: (match) => match.replace(/\r?\n/, '').length === 11
  },
  {
    rule: 'landline',
    pattern:
      /(?<![0-9])(?:0[1-9][0-9]{1,2}[-－— ]|[（(]0[1-9][0-9]{1,2}[）)][ -]?)(?:[0-9]{7,8}|[0-9]{3,4}[ \-－][0-9]{4})(?:(?:[-－]|转|ext\.?)[0-9]{1,6})?(?![0-9])/g,
    // Real local numbers start with 2–8, but reports (and their templates) print made-up ones such as
    // 0831-1234567: after an area code and its separator, any 7 or 8 digits are a number to mask, as written or in
    // two groups set apart by a blank or a dash (0831 262 2157, （0831）262-2157).
    confidence: 0.9,
    reason: 'landline with area code (0xx-xxxxxxxx, (0xxx)xxxxxxx), optionally an extension',
    // a local number in two groups lies in a run of digits and separators of 8 characters or more
    possible: (profile) => profile.localNumber || profile.digitsAndSeparators >= 8,
    earliest: nearFirstNumberRun
  },
  // A landline a PDF's line wrap cut in its local number before a line opening with its last digits and blanks
  // (0831-262215⏎7  电子邮箱：): such a line reads as a table's row, so the wrap is not taken out before the rules
  // run; a local number too short before the break and of 7 or 8 digits across it is the phone's.
  {
    rule: 'landline-wrapped',
    pattern: new RegExp(`(?<![0-9])${areaCode.source}[0-9]{3,6}[ \\u3000]{0,2}\\r?\\n[0-9]{1,5}(?![0-9年月日号])`, 'g'),
    confidence: 0.85,
    reason: 'landline with area code cut by a line break in its local number',
    possible: (profile, text) => profile.digitsAndSeparators >= 6 && text.includes('\n'),
    earliest: nearFirstNumberRun,
    accept: (match) => {
      const localDigits = match.replace(areaCode, '').replace(/\s/g, '').length
      return localDigits === 7 || localDigits === 8
    }
  },
  {
    rule: 'service-number',
    pattern: /(?<![0-9])[48]00[-－ ]?[0-9]{3}[-－ ]?[0-9]{4}(?![0-9])/g,
    confidence: 0.8,
    reason: '400/800 service number',
    // Separated by - or spaces, the number is a run of 10; by －, the text holds one.
    possible: (profile, text) =>
      (text.includes('400') || text.includes('800')) && (profile.digitsAndSeparators >= 10 || text.includes('－'))
  },
  // An e-mail address a PDF's line wrap cut (chxljd⏎2023@163.com, chxljd2023@⏎163.com, chxljd2023@163.⏎com): one break
  // before the last label, which must then be a top-level domain's, so that a word on the next line (163.com⏎QQ) is
  // not read into it. Before the rule for whole addresses, which would take the piece after a break in the local part.
  // A break in the local part joins what ends the line before only where an address may open (see opensAddress) and
  // that is no year or version of its own: a year or a version before an address on the next line (截至2023⏎abc@163.com,
  // 版本V2.0⏎admin@abc.gov.cn, 截至 2023⏎abc@163.com) is none of it.
  {
    rule: 'email-wrapped',
    pattern: new RegExp(
      `(?<![A-Za-z0-9._%+-])${emailLocal}(?:${emailLocal}|\\r?\\n(?=${emailLocal}|[@＠])){0,64}[@＠](?:\\r?\\n)?[A-Za-z0-9-](?:[A-Za-z0-9.-]|\\r?\\n(?=[A-Za-z0-9.-])){0,250}\\.(?:\\r?\\n)?(?:${topLevelDomains})(?![A-Za-z0-9-])`,
      'g'
    ),
    confidence: 0.9,
    reason: 'email address cut by a line break',
    possible: (profile, text) => profile.latin && text.includes('\n') && (text.includes('@') || text.includes('＠')),
    earliest: (profile) => Math.max(0, profile.firstLatin - 130),
    accept: (match, text, start) =>
      match.split('\n').length === 2 &&
      wholeEmail.test(match.replace(/\r?\n/, '')) &&
      (match.indexOf('\n') > match.search(/[@＠]/) || (opensAddress(text, start) && !isYearOrVersion(match.slice(0, match.indexOf('\n')))))
  },
  {
    rule: 'email',
    // the full-width ＠ of a Chinese input method stands for @
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g,
    confidence: 0.95,
    reason: 'email address',
    possible: (profile, text) => profile.latin && (text.includes('@') || text.includes('＠')),
    // The @ is Latin (the full-width one follows Latin letters); up to 64 characters of local part (digits among them) stand before it.
    earliest: (profile) => Math.max(0, profile.firstLatin - 64)
  },
  {
    rule: 'url',
    pattern: /(?:https?:\/\/|www\.)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}(?::[0-9]{1,5})?(?:\/[A-Za-z0-9\-._~%!$&'*+,;=:@/?#]{0,300})?/g,
    confidence: 0.9,
    reason: 'web address; national sites are kept by the keep-list',
    possible: (profile, text) => profile.latin && (text.includes('://') || text.includes('www.')),
    earliest: (profile) => profile.firstLatin
  },
  {
    rule: 'domain',
    pattern:
      /(?<![A-Za-z0-9.@/-])[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:gov\.cn|com\.cn|org\.cn|net\.cn|edu\.cn|cn|com|net|org)(?![A-Za-z0-9-])/g,
    confidence: 0.85,
    reason: 'web domain without http:// or www.',
    possible: (profile, text) => profile.latin && domainEnding.test(text),
    // The ending is Latin; up to 320 characters of labels and dots (digits among them) stand before it.
    earliest: (profile) => Math.max(0, profile.firstLatin - 320)
  },
  {
    rule: 'labelled-postcode',
    pattern: /(?:邮编|邮政编码)[：:]?\s{0,2}(?<value>[0-9]{6})(?![0-9])/dg,
    confidence: 0.8,
    reason: 'postcode after its label: it locates the unit',
    possible: (profile, text) => profile.digits >= 6 && text.includes('邮'),
    earliest: nearFirstNumberRun
  },
  // A licence, certificate or registration number, a QQ number, a tender's or contract's number after its label:
  // it names one unit or person. 5 digits or more, so that a label followed by a short serial or a word is not read;
  // a province's abbreviation may open it (药品经营许可证编号：川AA8310123). A bare 编号 labels a licence's number in
  // the brackets right after the licence's name (食品经营许可证（编号：JY11502030045678）, 营业执照（编号：…）); elsewhere
  // it numbers files, booths and documents as often, and is read only before a province's licence.
  {
    rule: 'labelled-code',
    pattern: new RegExp(
      `(?<!凭)(?:${codeLabels}|编号(?=[：:]?\\s{0,2}[${provinceAbbreviations}][A-Z])|(?<=[证照][》]?[（(])编号)(?:为|是)?[：:（(]?\\s{0,2}(?<value>${labelledCode})(?![0-9A-Za-z])`,
      'dg'
    ),
    confidence: 0.8,
    reason: 'licence, certificate, registration, QQ or tender number after its label',
    // The profile counts no run of digits shorter than 6: a code of 5 digits alone is looked for wherever a label is.
    possible: holdsCodeLabel,
    // a number of a few digits before a measure word after a licence's name is a count, no code (核发许可证12058张)
    accept: (match, text, start) => holdsFiveDigits(match) && !(/^[0-9]{1,7}$/.test(match) && measureWordAt(text, start + match.length) !== undefined)
  },
  // The codes listed after the first under one label (执法证号：51150319013、51150319027): the pattern finds a 、 and
  // then reads back to the label, so its look-behind runs only where a 、 stands.
  {
    rule: 'labelled-code',
    pattern: new RegExp(
      `、(?<=(?:${codeLabels})(?:为|是)?[：:]?\\s{0,2}${labelledCode}(?:、${labelledCode}){0,8}、)(?<value>${labelledCode})(?![0-9A-Za-z])`,
      'dg'
    ),
    confidence: 0.8,
    reason: 'licence, certificate, registration, QQ or tender number listed after its label',
    possible: (profile, text) => text.includes('、') && holdsCodeLabel(profile, text),
    accept: holdsFiveDigits
  },
  // A licence numbered with its province in brackets, its kind and its year: its shape is enough, label or none.
  {
    rule: 'bracketed-licence',
    pattern: new RegExp(bracketedLicence, 'gu'),
    confidence: 0.8,
    reason: 'licence numbered with its province, kind and year (A(甘)农种许字(2021)第0011号): it names one unit',
    possible: (_profile, text) => text.includes('许'),
    accept: holdsFiveDigits
  },
  // A code in a table's column whose header is one of the labels (执业许可证号, 登记编号): a cell set apart by a tab,
  // two blanks or a pipe on each side (or the line's end after it), not the row's first cell.
  {
    rule: 'code-in-labelled-column',
    pattern: tableCell(labelledCode),
    confidence: 0.8,
    reason: 'licence, certificate or registration number in a column under its label',
    possible: (profile, text) => holdsCodeLabel(profile, text) && tableSeparator.test(text),
    accept: (match, text, start) => holdsFiveDigits(match) && codeColumnHeader.test(columnHeader(text, lineStart(text, start), start) ?? '')
  },
  // A WeChat ID in a table's column headed 微信号 (工作室  负责人  微信号⏎“暖心”调解室  柏玉珍  nuanxin_tj2022)
  {
    rule: 'wechat-in-labelled-column',
    pattern: tableCell(wechatId),
    confidence: 0.8,
    reason: 'WeChat ID in a column under its label',
    possible: (profile, text) => profile.latin && (text.includes('微信') || text.includes('公众号')) && tableSeparator.test(text),
    earliest: (profile) => profile.firstLatin,
    accept: (match, text, start) => !idGlosses.has(match.toLowerCase()) && wechatColumnHeader.test(columnHeader(text, lineStart(text, start), start) ?? '')
  },
  // A WeChat ID starts with a letter (6 to 20 letters, digits, - and _); one made of a phone number is a phone. An
  // official account's ID may follow its name in brackets (微信公众号（ID：mlwz2018）).
  {
    rule: 'labelled-wechat',
    pattern: new RegExp(`(?:${wechatLabel})(?:为|是)?[：:（(]\\s{0,2}(?:ID\\s{0,2}[：:]\\s{0,2})?(?<value>${wechatId})(?![-_A-Za-z0-9])`, 'dg'),
    confidence: 0.8,
    reason: 'WeChat ID after its label',
    // 微信（WeChat）names the product, not an account, and 公众号（Official Account）glosses the word
    accept: (match) => !idGlosses.has(match.toLowerCase()),
    possible: (profile, text) => profile.latin && (text.includes('微信') || text.includes('公众号'))
  },
  // A local number without its area code after a phone label (电话：5362198): 7 or 8 digits, as after an area code,
  // and no measure word after them (热线1862100件 counts calls).
  {
    rule: 'labelled-local-number',
    pattern: new RegExp(`(?:${phoneLabels})(?:号码)?(?:为|是)?[：:]?\\s{0,2}(?<value>[1-9][0-9]{6,7})(?![0-9A-Za-z.．%％万亿件次个人元条户通])`, 'dg'),
    confidence: 0.8,
    reason: 'local phone number without area code after its label',
    possible: (profile, text) => profile.digits >= 7 && phoneLabel.test(text),
    earliest: nearFirstNumberRun
  },
  // The numbers listed after the first under one phone label (值班电话：0898-65312870、65312871, 电话：65312870/65312871,
  // 0898-65312870，65312871): the second is a local number of the same office, its area code left out. What the label
  // lists first may be a short service number too (电话：12345、5312871). The pattern finds the 、, comma or / and reads
  // back to the label, as the codes listed under one label are read.
  {
    rule: 'listed-local-number',
    pattern: new RegExp(
      `[、，,/／](?<=(?:${phoneLabels})(?:号码)?(?:为|是)?[：:]?\\s{0,2}(?:${areaCode.source})?[0-9]{5,8}(?:[、，,/／](?:${areaCode.source})?[0-9]{7,8}){0,4}[、，,/／])(?<value>[1-9][0-9]{6,7})(?![0-9A-Za-z.．%％万亿件次个人元条户通])`,
      'dg'
    ),
    confidence: 0.8,
    reason: 'local phone number listed after another under its label',
    possible: (profile, text) => profile.digits >= 7 && /[、，,/／]/.test(text) && phoneLabel.test(text),
    earliest: nearFirstNumberRun
  },
  // Five characters after the province and its letter, or six on a new-energy plate, D or F at one end; behind the
  // plate's middle dot any six (粤B·6F3K91): a writer who puts the dot writes a plate, whatever letters it carries.
  {
    rule: 'licence-plate',
    pattern: new RegExp(
      `(?<![A-Za-z0-9])[${provinceAbbreviations}][A-HJ-NP-Z](?:[·•・ ]?(?:[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])|[·•・][A-HJ-NP-Z0-9]{6})(?![A-Za-z0-9])`,
      'g'
    ),
    confidence: 0.9,
    reason: 'vehicle licence plate (province, letter, five or six characters)',
    possible: (profile, text) => profile.latin && plateStart.test(text),
    earliest: (profile) => Math.max(0, profile.firstLatin - 1),
    // A plate carries digits; 川AB… followed by letters alone is an abbreviation, not a plate.
    accept: (match) => (match.match(/[0-9]/g)?.length ?? 0) >= 3
  },
  // A vessel's registration name (苏宿迁货2378, 琼儋州渔12088, 鲁蓬渔养60218): a province, up to three characters of
  // its port, the vessel's use and its number, as a closing quote or 轮 or 船 after it shows (号渔船, 轮; not 号仓库); it
  // names the boat and its owner. It opens after a mark, a quote, 的/对/在 or a verb of inspection (检查, 查获, 登临), not inside a word.
  {
    rule: 'vessel-name',
    pattern: new RegExp(`(?<=^|[^\\p{Script=Han}]|[的对在查获临])[${provinceAbbreviations}]\\p{Script=Han}{0,3}?(?:渔养|渔运|渔|货|客|油|拖)[0-9]{3,6}(?![0-9])(?=[”"’]|号?(?:轮|(?:养殖|运输|捕捞)?船|渔船|货船))`, 'gu'),
    confidence: 0.85,
    reason: "vessel's registration name (province, port, use and number)",
    possible: (_profile, text) => vesselUse.test(text)
  }
]


// Digits and separators for 6 characters or more, from a digit to a digit (the blanked stretches of the second
// look are spaces: trailing ones would only lengthen runs); until the first Latin letter or @ is found, the
// same scan looks for it too. `{4}` then `*`, which match what `{4,}` matches, in the same order: V8 ran the
// counted loop of `{4,}` over a long run in its slow way on the first two calls (a megabyte of digits: 120 ms, then
// 2 ms; 5 ms the first time as written here).
const numberRun = /[0-9][0-9 \-－—]{4}[0-9 \-－—]*[0-9]/g
const numberRunOrLatin = /[0-9][0-9 \-－—]{4}[0-9 \-－—]*[0-9]|[@A-Za-z]/g
// Every domain ending (.gov.cn, .com.cn, .org.cn, .net.cn, .edu.cn, .cn, .com, .net, .org) starts with one of these.
const domainEnding = /\.[gcone]/
const plateStart = new RegExp(`[${provinceAbbreviations}][A-HJ-NP-Z]`)
const codeRun = /[0-9A-Z]{18}/

/** The profile the rules' necessary conditions read, from one regex pass over the text. */
function profileText(text: string): TextProfile {
  let digits = 0
  let digitsAndSeparators = 0
  let codeAroundDigits = 0
  let localNumber = false
  let mobileStart = false
  let latin = false
  let firstNumberRun = text.length
  let firstLatin = text.length
  let pattern = numberRunOrLatin
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 1) {
      // A Latin letter or @ (no number run is that short): the rest of the scan looks for number runs alone.
      latin = true
      firstLatin = match.index
      numberRun.lastIndex = pattern.lastIndex
      pattern = numberRun
      continue
    }
    if (firstNumberRun === text.length) firstNumberRun = match.index
    const end = match.index + match[0].length
    if (end - match.index > digitsAndSeparators) digitsAndSeparators = end - match.index
    let from = match.index
    for (let index = match.index; index <= end; index++) {
      const code = index < end ? text.charCodeAt(index) : -1
      if (isDigit(code)) {
        if (code === 0x31 && end - index >= 11 && isMobileSecondDigit(text.charCodeAt(index + 1))) mobileStart = true
        continue
      }
      // A run of digits ends at `index`.
      if (index - from >= 6) {
        if (index - from > digits) digits = index - from
        codeAroundDigits = Math.max(codeAroundDigits, codeRunLength(text, from, index))
        if (index - from >= 7 && from > 0 && isLocalNumberPrefix(text.charCodeAt(from - 1))) localNumber = true
      }
      from = index + 1
    }
  }
  return {digits, digitsAndSeparators, codeAroundDigits, localNumber, mobileStart, latin, firstNumberRun, firstLatin}
}

function isMobileSecondDigit(code: number): boolean {
  return code >= 0x33 && code <= 0x39
}

// What stands right before a landline's local number: the separator after the area code, or its closing bracket.
function isLocalNumberPrefix(code: number): boolean {
  return code === 0x2d || code === 0xff0d || code === 0x2014 || code === 0x20 || code === 0x29 || code === 0xff09
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Length of the run of ASCII digits and capitals that holds text[from, to). */
function codeRunLength(text: string, from: number, to: number): number {
  let start = from
  while (start > 0 && isCodeCharacter(text.charCodeAt(start - 1))) start--
  let end = to
  while (end < text.length && isCodeCharacter(text.charCodeAt(end))) end++
  return end - start
}

function isCodeCharacter(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a)
}

// Sentence punctuation that may end a URL or e-mail in running text belongs to the sentence.
const trailingPunctuation = /[.,;:!?'*)]+$/

/** Whether a labelled code holds 5 digits or more: a label before a short serial or a word reads nothing. */
function holdsFiveDigits(code: string): boolean {
  return (code.match(/[0-9]/g)?.length ?? 0) >= 5
}

/** The pieces of `text[start, end)` between its line breaks (\n or \r\n): the whole when it holds none. */
function linePieces(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = []
  let from = start
  // A loop over the span, not indexOf: a search for a line break past the span would scan the rest of the text for
  // every contact of a long line
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== lineFeed) continue
    const pieceEnd = text.charCodeAt(at - 1) === carriageReturn ? at - 1 : at
    if (pieceEnd > from) pieces.push([from, pieceEnd])
    from = at + 1
  }
  if (end > from) pieces.push([from, end])
  return pieces
}

const carriageReturn = 13
const lineFeed = 10

/**
 * Find contacts and identifiers: mobile and landline phones, 18-digit resident IDs and 统一社会信用代码
 * (checksum-validated), bank cards (Luhn), e-mails, URLs and licence plates; after their labels, IDs and codes
 * whose check fails, accounts, postcodes, local numbers without an area code, WeChat IDs, and the licence,
 * certificate, registration, QQ and tender numbers of data/contact-code-labels.txt. Numbers that fail their
 * checksum and have no label are left to the figures detector or to nobody. Keep-list hits (www.gov.cn) are left
 * to `redact`.
 */
export function detectContacts(context: DetectionContext): Detection[] {
  const {text} = context
  // Rules run in priority order and claim their characters, so an overlap goes to the earlier rule. Most texts
  // hold no contact: the map of claimed characters is made at the first one.
  let claimed: Uint8Array | undefined
  const found: Detection[] = []
  const profile = profileText(text)
  for (const rule of rules) {
    if (!rule.possible(profile, text)) continue
    // exec on the shared global pattern rather than matchAll, which clones the pattern on every call;
    // no pattern matches the empty string, and a finished exec loop leaves lastIndex at 0 again.
    const {pattern} = rule
    pattern.lastIndex = rule.earliest?.(profile) ?? 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // Labelled rules match their label too and mark the identifier itself as the group `value`.
      const group = match.indices?.groups?.['value']
      const matched = match.groups?.['value'] ?? match[0]
      const value = rule.rule === 'url' || rule.rule === 'email' ? matched.replace(trailingPunctuation, '') : matched
      const start = group?.[0] ?? match.index
      const end = start + value.length
      if (claimed?.subarray(start, end).includes(1) === true) continue
      if (rule.accept !== undefined && !rule.accept(value, text, start)) continue
      claimed ??= new Uint8Array(text.length)
      claimed.fill(1, start, end)
      // A number a line wrap cut in two is masked on each side of the break, which stays: the lines keep their shape
      for (const [from, to] of linePieces(text, start, end)) {
        found.push({
          type: 'CONTACT',
          start: from,
          end: to,
          suffixLength: 0,
          detector: 'contacts',
          rule: rule.rule,
          confidence: rule.confidence,
          reason: rule.reason
        })
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
