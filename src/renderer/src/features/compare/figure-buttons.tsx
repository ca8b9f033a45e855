import { reportError, useAppStore } from '../frame/app-store'
import { downloadFile, fileNameOf } from '../../components/download-file'
import { svgToPng } from './svg-to-png'

/** Export buttons for one figure (SVG, and PNG at print resolution) and, when given, its data as CSV. */
export function FigureButtons({ title, svg, csv, testId }: { title: string; svg?: () => string; csv?: () => Blob; testId: string }) {
  const save = async (kind: 'svg' | 'png' | 'csv') => {
    try {
      if (kind === 'csv' && csv) downloadFile(fileNameOf(title, 'csv'), csv())
      else if (kind === 'svg' && svg) downloadFile(fileNameOf(title, 'svg'), new Blob([svg()], { type: 'image/svg+xml' }))
      else if (kind === 'png' && svg) downloadFile(fileNameOf(title, 'png'), await svgToPng(svg()))
      useAppStore.getState().notify('info', `Saved ${fileNameOf(title, kind)}`)
    } catch (error) {
      reportError(error)
    }
  }
  return (
    <span className="figure-buttons" role="group" aria-label={`Export ${title}`}>
      {svg ? (
        <>
          <button type="button" onClick={() => void save('svg')} data-testid={`${testId}-svg`} title="Save the figure as SVG, with its title, n and data source">
            SVG
          </button>
          <button type="button" onClick={() => void save('png')} data-testid={`${testId}-png`} title="Save the figure as PNG at 300 dpi">
            PNG
          </button>
        </>
      ) : null}
      {csv ? (
        <button type="button" onClick={() => void save('csv')} data-testid={`${testId}-csv`} title="Save the table as CSV">
          CSV
        </button>
      ) : null}
    </span>
  )
}
