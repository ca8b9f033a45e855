import { CODEBOOK } from '../../../../shared/codebook'

export { CODEBOOK }

export function rubric(dimension: keyof typeof CODEBOOK): string {
  return CODEBOOK[dimension].map((level, index) => `${index + 1}: ${level}`).join('\n')
}
