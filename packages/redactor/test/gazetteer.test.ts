import {describe, expect, it} from 'vitest'
import {loadGazetteer, type Division} from '../lib/gazetteer/load-gazetteer.js'
import {isVillageAnywhere, villagesOfTown} from '../lib/gazetteer/load-villages.js'
import {splitDivisionName} from '../lib/gazetteer/short-form.js'
import {createTrie, insertName, longestAt, rescanTrie, scanTrie, type TrieMatch} from '../lib/gazetteer/trie.js'
import {readSeed} from './make-context.js'

function allDivisions(): Division[] {
  const gazetteer = loadGazetteer()
  return Array.from({length: gazetteer.size}, (_, index) => gazetteer.division(index))
}

function divisionsNamed(name: string): Division[] {
  return allDivisions().filter((division) => division.name === name)
}

describe('trie', () => {
  it('should match leftmost-longest and report what was inserted under a name', () => {
    const trie = createTrie<string>(true)
    for (const name of ['汝州', '汝州市', '州市', '江安县']) insertName(trie, name, name)
    insertName(trie, '汝州', 'again')
    const text = '汝州市和汝州、江安县'
    expect(scanTrie(trie, text).map((match) => [text.slice(match.start, match.end), match.values])).toEqual([
      ['汝州市', ['汝州市']],
      ['汝州', ['汝州', 'again']],
      ['江安县', ['江安县']]
    ])
    expect(trie.size).toBe(4)
    expect(longestAt(trie, text, 1)?.end).toBe(3)
    expect(longestAt(trie, text, 3)).toBeUndefined()
  })

  it('should go on from the next character when a match is refused, so a name inside it is found', () => {
    const trie = createTrie<string>()
    for (const name of ['导江', '江安县']) insertName(trie, name, name)
    const text = '引导江安县'
    expect(scanTrie(trie, text).map((match) => text.slice(match.start, match.end))).toEqual(['导江'])
    const accepted = scanTrie(trie, text, (match) => match.values[0] !== '导江')
    expect(accepted.map((match) => text.slice(match.start, match.end))).toEqual(['江安县'])
  })

  it('should give from an earlier full scan exactly what a fresh scan with the same refusals gives, on seed 004', () => {
    const {names} = loadGazetteer()
    const text = readSeed('004')
    const all = scanTrie(names, text)
    // refuse every other match, a short form or not, to exercise the rescans inside refused matches
    const refuse = (match: TrieMatch<unknown>): boolean => match.start % 2 === 0
    const strip = (matches: TrieMatch<unknown>[]): number[][] => matches.map((match) => [match.start, match.end])
    expect(strip(rescanTrie(names, text, all, refuse))).toEqual(strip(scanTrie(names, text, refuse)))
    expect(all.length).toBeGreaterThan(20)
  })
})

describe('gazetteer', () => {
  it('should hold every province, city, county and town of the current tables', () => {
    const counts = [0, 0, 0, 0]
    for (const division of allDivisions()) if (!division.former) counts[division.level - 1] = (counts[division.level - 1] ?? 0) + 1
    expect(counts[0]).toBe(31)
    expect(counts[1]).toBeGreaterThan(330)
    expect(counts[2]).toBeGreaterThan(2900)
    expect(counts[3]).toBeGreaterThan(38_000)
  })

  it('should know former names from gb2260 under their old codes', () => {
    expect(divisionsNamed('崇文区')).toMatchObject([{code: '110103', level: 3, former: true}])
    expect(divisionsNamed('襄樊市')).toMatchObject([{code: '4206', level: 2, former: true}])
    expect(divisionsNamed('汝州市')).toMatchObject([{code: '410482', level: 3, former: false}])
    const {divisionsOf} = loadGazetteer()
    expect(divisionsOf('4206').map((division) => [division.name, division.former])).toEqual(expect.arrayContaining([['襄阳市', false], ['襄樊市', true]]))
    expect(divisionsOf('41').map((division) => division.name)).toEqual(['河南省'])
    expect(divisionsOf('999999')).toEqual([])
  })

  it('should derive short forms and generic suffixes by the suffix rules', () => {
    const cases: [string, string | undefined, number][] = [
      ['江安县', '江安', 1],
      ['内蒙古自治区', '内蒙古', 3],
      ['凉山彝族自治州', '凉山', 5],
      ['湘西土家族苗族自治州', '湘西', 8],
      ['河南省', '河南', 1],
      ['汝州市', '汝州', 1],
      ['朱家角镇', '朱家角', 1],
      ['江桥街道', '江桥', 2],
      ['沙县', undefined, 1],
      ['元江哈尼族彝族傣族自治县', '元江', 10],
      ['通州区', '通州', 1],
      ['石家庄高新技术产业开发区', '石家庄', 9],
      ['开发区街道', undefined, 2],
      // Division names write some groups without 族; only before an ethnic level, and never down to one character
      ['伊犁哈萨克自治州', '伊犁', 6],
      ['得力其尔鄂温克民族乡', '得力其尔', 6],
      ['新保安镇', '新保安', 1]
    ]
    for (const [name, shortForm, suffixLength] of cases) expect(splitDivisionName(name), name).toEqual({shortForm, suffixLength})
    expect(divisionsNamed('凉山彝族自治州')[0]).toMatchObject({shortForm: '凉山', suffixLength: 5})
    expect(divisionsNamed('元江哈尼族彝族傣族自治县')[0]).toMatchObject({shortForm: '元江', suffixLength: 10, former: false})
    // An autonomous prefecture or county is also listed by the name it goes by: its short form and level
    expect(divisionsNamed('恩施州')[0]).toMatchObject({code: '4228', shortForm: '恩施', suffixLength: 1})
    expect(divisionsNamed('长阳县')[0]).toMatchObject({shortForm: '长阳', suffixLength: 1})
    expect(divisionsNamed('鄂温克族旗')).toEqual([])
    // and so is an ethnic township or town (河镇彝族苗族乡 → 河镇乡, 沙后所满族镇 → 沙后所镇)
    expect(divisionsNamed('河镇乡')[0]).toMatchObject({code: '520527211', shortForm: '河镇', suffixLength: 1})
    expect(divisionsNamed('沙后所镇')[0]).toMatchObject({code: '211481103', shortForm: '沙后所', suffixLength: 1})
    expect(divisionsNamed('得力其尔乡')[0]).toMatchObject({shortForm: '得力其尔', suffixLength: 1})
  })

  it('should never keep a one-character short form or a name that is only a suffix', () => {
    const wrong = allDivisions().filter((division) => (division.shortForm !== undefined && division.shortForm.length < 2) || division.suffixLength >= division.name.length)
    expect(wrong.map((division) => division.name)).toEqual([])
  })

  it('should list the villages and communities of a town as reports write them', () => {
    const towns = loadGazetteer().townsOf('410482')
    expect(towns.length).toBeGreaterThan(15)
    expect(towns.every((town) => town.startsWith('410482') && town.length === 9)).toBe(true)
    const villages = towns.flatMap((town) => villagesOfTown(town))
    expect(villages).toEqual(expect.arrayContaining(['西西社区', '塔寺社区', '南关社区']))
    expect(villages.every((name) => !name.endsWith('委员会') && !name.endsWith('村委会'))).toBe(true)
    expect(villagesOfTown('no such town')).toEqual([])
  })

  it('should know every village of every town, wherever in China, and read the name in place', () => {
    const names = loadGazetteer().townsOf('410482').flatMap((town) => villagesOfTown(town))
    expect(names.every((name) => isVillageAnywhere(name, 0, name.length))).toBe(true)
    const text = '与江秀村两委、龙邦村、禾木村'
    expect(['江秀村', '龙邦村', '禾木村'].every((name) => isVillageAnywhere(text, text.indexOf(name), text.indexOf(name) + name.length))).toBe(true)
    const made = ['不存在村', '村民', '乡村振兴', '江秀', '江秀村两委', '']
    expect(made.filter((name) => isVillageAnywhere(name, 0, name.length))).toEqual([])
  })
})
