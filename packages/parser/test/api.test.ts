import {RootNode} from '@gongwen/schema'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as parser from '@gongwen/parser'
import {readCorpus} from './helpers.js'

describe('@gongwen/parser', () => {
  it('should expose the public api', () => {
    expect(Object.keys(parser).sort()).toEqual([
      'DecodeError',
      'charCodes',
      'createLeafFactory',
      'decode',
      'enumerationMarkers',
      'formatOutline',
      'fromMarkdown',
      'fromText',
      'gongwenParse',
      'headingMarkers',
      'inClass',
      'isWhiteSpace',
      'matchEnumerationMarker',
      'matchHeadingMarker',
      'messageRecords',
      'normalizedText',
      'outline',
      'parse',
      'splitDoubledLine',
      'splitEnumerations',
      'toMarkdown',
      'toText',
      'vouchedLineTrust',
      'warn'
    ])
  })

  it('should parse bytes through decode and record the encoding', () => {
    const text = readCorpus('002')
    const result = parser.parse(new TextEncoder().encode(text), {path: '002.txt'})
    expect(result.text).toBe(text)
    expect(result.tree.data).toEqual({format: 'text', encoding: 'utf-8'})
    expect(result.file.path).toBe('002.txt')
    expect(result.file.value).toBe(text)
  })

  it('should throw a DecodeError naming the file for bytes that are no text', () => {
    const bytes = new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 7, 0, 0, 0, 0, 1, 2])
    expect(() => parser.parse(bytes, {path: 'image.bin'})).toThrow(parser.DecodeError)
    expect(() => parser.parse(bytes, {path: 'image.bin'})).toThrow(/image\.bin/)
  })

  it('should route Markdown by option, by .md path and by ATX headings under auto', () => {
    const markdown = '# 工作总结\n\n## 一、主要做法\n\n正文。\n'
    expect(parser.parse(markdown).tree.data?.format).toBe('markdown')
    expect(parser.parse('一、主要做法\n正文。\n', {path: 'a.md'}).tree.data?.format).toBe('markdown')
    expect(parser.parse(markdown, {format: 'text'}).tree.data?.format).toBe('text')
    expect(parser.parse('一、主要做法\n正文。\n').tree.data?.format).toBe('text')
  })

  it('should throw a TypeError for a bad argument, naming what was expected', () => {
    expect(() => parser.parse(42 as unknown as string)).toThrow(new TypeError('Expected a string or Uint8Array to parse, not `number`'))
    expect(() => parser.parse('正文', {format: 'pdf' as 'text'})).toThrow(new TypeError('Expected format `text`, `markdown` or `auto`, not `pdf`'))
    // A flag read from a command line or a config file arrives as a string: it must not read as on.
    expect(() => parser.parse('正文', {inlineEnumerations: 'false' as unknown as boolean})).toThrow(new TypeError('Expected `inlineEnumerations` to be a boolean, not `false`'))
    expect(() => unified().use(parser.gongwenParse, {inlineEnumerations: 0 as unknown as boolean}).parse('正文')).toThrow(new TypeError('Expected `inlineEnumerations` to be a boolean, not `number`'))
  })

  it('should take the tree options in the plugin as in parse', () => {
    const text = '一、主要做法\n我们抓了三件事。第一，抓学习。内容。第二，抓落实；内容。\n'
    const enumItems = (tree: RootNode): number => JSON.stringify(tree).split('"enumItem"').length - 1
    expect(enumItems(unified().use(parser.gongwenParse).parse(text))).toBe(2)
    expect(enumItems(unified().use(parser.gongwenParse, {inlineEnumerations: false}).parse(text))).toBe(0)
    expect(unified().use(parser.gongwenParse, {inlineEnumerations: false}).parse(text)).toEqual(parser.parse(text, {inlineEnumerations: false}).tree)
  })

  it('should work as a unified parser plugin, warning on the processed file', () => {
    const processor = unified().use(parser.gongwenParse)
    const file = new VFile({value: '一、甲\n正文。\n三、丙\n正文。\n', path: 'gap.txt'})
    const tree = processor.parse(file)
    expect(RootNode.safeParse(tree).success).toBe(true)
    expect(parser.outline(tree).map((entry) => entry.marker)).toEqual(['一、', '三、'])
    expect(file.messages.map(String)).toEqual(['gap.txt:3:1-3:4: Unexpected heading `三、` after `一、`, expected `二、`'])
  })

  it('should give messages as JSON records with positions', () => {
    const {messages} = parser.parse('一、甲\n正文。\n一、乙\n正文。\n', {path: 'dup.txt'})
    expect(messages).toEqual([
      {
        reason: 'Unexpected heading `一、` after `一、`, expected `二、`',
        ruleId: 'heading-number-duplicate',
        source: 'gongwen-parser',
        fatal: false,
        file: 'dup.txt',
        line: 3,
        column: 1,
        place: {start: {line: 3, column: 1, offset: 8}, end: {line: 3, column: 4, offset: 11}},
        actual: '一、',
        expected: ['二、']
      }
    ])
  })
})
