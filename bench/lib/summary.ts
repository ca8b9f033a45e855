import { appendFileSync } from 'node:fs'
import { table } from './format.ts'

/** One line of the final table: a measure, its floor and how the two compare. */
export interface SummaryRow {
  bench: string
  measure: string
  value: string
  floor: string
  ratio: string
  verdict: string
}

export const SUMMARY_HEADER = ['bench', 'measure', 'value', 'floor', 'ratio', 'verdict']

/**
 * Under the launcher the rows go to the file it names, and it prints one table for the whole run;
 * a bench run on its own prints its own table.
 */
export function reportSummary(rows: SummaryRow[]): void {
  const target = process.env.SLANT_BENCH_SUMMARY
  if (target) {
    appendFileSync(target, rows.map((row) => `${JSON.stringify(row)}\n`).join(''))
    return
  }
  console.log(`\n${table(SUMMARY_HEADER, rows.map((row) => [row.bench, row.measure, row.value, row.floor, row.ratio, row.verdict]))}`)
}
