import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import * as z from 'zod'
import {describe, expect, it} from 'vitest'
import {boundarySchemas, FileResult, JsonlInput, Policy, type BoundarySchemaName} from '@gongwen/schema'
import {jsonSchemaDirectory, jsonSchemaFiles} from '../scripts/build-json-schema.js'

/** A validator built from the committed JSON Schema file, as a caller in another language would use it. */
async function committedValidator(name: BoundarySchemaName): Promise<z.ZodType> {
  const schema: unknown = JSON.parse(await readFile(join(jsonSchemaDirectory, `${name}.schema.json`), 'utf8'))
  return z.fromJSONSchema(schema as z.core.JSONSchema.JSONSchema)
}

describe('committed JSON Schema files', () => {
  it('should hold exactly one file per boundary schema, identical to the generated one', async () => {
    const generated = jsonSchemaFiles()
    const committed = (await readdir(jsonSchemaDirectory)).filter((name) => name.endsWith('.schema.json')).sort()
    expect(committed).toEqual([...generated.keys()].sort())
    for (const [name, content] of generated) {
      // Drift means someone changed a zod schema without running scripts/build-json-schema.ts.
      expect(await readFile(join(jsonSchemaDirectory, name), 'utf8'), name).toBe(content)
    }
    expect(Object.keys(boundarySchemas).length).toBe(generated.size)
  })

  it('should accept the default policy and a partial policy file, and reject an unknown mask style', async () => {
    const validate = await committedValidator('policy')
    expect(validate.safeParse(Policy.parse({})).success).toBe(true)
    expect(validate.safeParse({styles: {PERSON: 'pseudonym'}, pseudonymKey: 'shard-key'}).success).toBe(true)
    expect(validate.safeParse({styles: {PERSON: 'blackout'}}).success).toBe(false)
    expect(validate.safeParse({minConfidence: 2}).success).toBe(false)
  })

  it('should accept a JSONL input line and an error result line, and reject a line without text', async () => {
    const input = await committedValidator('jsonl-input')
    const line = JsonlInput.parse({id: 7, text: '江安县教育局2022年工作总结'})
    expect(input.safeParse(line).success).toBe(true)
    expect(input.safeParse({id: 7}).success).toBe(false)

    const result = await committedValidator('file-result')
    const errorLine = FileResult.parse({
      id: 3,
      ok: false,
      counts: {PLACE: 0, ORG: 0, PERSON: 0, FIGURE: 0, CONTACT: 0, DATE: 0},
      messages: [],
      error: 'line 3: not JSON'
    })
    expect(result.safeParse(errorLine).success).toBe(true)
    expect(result.safeParse({...errorLine, counts: {PLACE: -1}}).success).toBe(false)
  })
})
