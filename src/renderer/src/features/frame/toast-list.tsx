import { undoLatest, useAppStore } from './app-store'

export function ToastList() {
  const { toasts, dismiss } = useAppStore()
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
          <span>{toast.message}</span>
          {toast.undo ? (
            <button type="button" className="undo-button" onClick={() => undoLatest()} title="Undo (Ctrl+Z)">
              Undo
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
