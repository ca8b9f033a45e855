import { CoderPicker } from '../coding/coder-picker'
import { useAppStore, VIEW_LABELS, VIEWS } from './app-store'

export function Sidebar() {
  const { view, showView } = useAppStore()
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="brand">Slant</div>
      {VIEWS.map((name, index) => (
        <button
          type="button"
          key={name}
          className={`nav-item${view === name ? ' active' : ''}`}
          aria-current={view === name ? 'page' : undefined}
          onClick={() => showView(name)}
          title={`${VIEW_LABELS[name]} (Alt+${index + 1})`}
        >
          {VIEW_LABELS[name]}
        </button>
      ))}
      <CoderPicker />
    </nav>
  )
}
