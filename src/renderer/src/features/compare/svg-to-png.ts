import { PRINT_SCALE } from '../../../../shared/figures/svg-document'

/** Draws an SVG document on a canvas at print resolution and answers the PNG. */
export async function svgToPng(svg: string, scale = PRINT_SCALE): Promise<Blob> {
  const width = Number(/width="(\d+(?:\.\d+)?)"/u.exec(svg)?.[1] ?? 800)
  const height = Number(/height="(\d+(?:\.\d+)?)"/u.exec(svg)?.[1] ?? 600)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('The figure could not be drawn as PNG.'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This window cannot draw images (no 2D canvas).')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}
