import { ContractFailure } from '../../../shared/errors'
import type { DatasetTable } from '../../../shared/export-schemas'
import { articleTable, sentenceTable, spanTable } from './analysis-table-definitions'
import type { DatasetColumn } from './cell-encoding'
import { entityTable, outletTable, storyTable } from './corpus-tables'
import type { DatasetTableDefinition } from './dataset-table'
import { judgmentTable } from './judgment-table'
import { frameTable, sdgTable } from './label-tables'

export const TABLE_DEFINITIONS: Record<DatasetTable, DatasetTableDefinition> = {
  articles: articleTable,
  judgments: judgmentTable,
  spans: spanTable,
  sentences: sentenceTable,
  entities: entityTable,
  sdgs: sdgTable,
  frames: frameTable,
  stories: storyTable,
  outlets: outletTable
}

/** The chosen columns in the chosen order, as indexes into the table's rows; all of them when none were chosen. */
export function chosenColumns(table: DatasetTableDefinition, names: readonly string[] | undefined): { columns: DatasetColumn[]; indexes: number[] } {
  if (!names || names.length === 0) return { columns: table.columns, indexes: table.columns.map((_, index) => index) }
  const indexes = names.map((name) => {
    const index = table.columns.findIndex((column) => column.name === name)
    if (index < 0) throw new ContractFailure('invalid_input', `The ${table.name} table has no column "${name}"; its columns are ${table.columns.map((column) => column.name).join(', ')}.`)
    return index
  })
  const repeated = names.find((name, index) => names.indexOf(name) !== index)
  if (repeated) throw new ContractFailure('invalid_input', `The column "${repeated}" is chosen twice for the ${table.name} table.`)
  return { columns: indexes.map((index) => table.columns[index] as DatasetColumn), indexes }
}
