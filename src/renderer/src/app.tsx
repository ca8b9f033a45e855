import { useEffect } from 'react'
import { CorpusView } from './features/corpus/corpus-view'
import { useCorpusStore } from './features/corpus/corpus-store'
import { ExportView } from './features/export/export-view'
import { useAppStore, type ViewName } from './features/frame/app-store'
import { Sidebar } from './features/frame/sidebar'
import { ToastList } from './features/frame/toast-list'
import { useGlobalShortcuts } from './features/frame/use-global-shortcuts'
import { useLiveEvents } from './features/frame/use-live-events'
import { CsvMappingDialog } from './features/import/csv-mapping-dialog'
import { ImportReportDialog } from './features/import/import-report-dialog'
import { JobsView } from './features/jobs/jobs-view'
import { OutletsView } from './features/outlets/outlets-view'
import { SettingsView } from './features/settings/settings-view'
import { StoriesView } from './features/stories/stories-view'
import { AgreementView } from './features/coding/agreement-view'
import { QueueView } from './features/queue/queue-view'
import { AdjudicationView } from './features/adjudication/adjudication-view'

const VIEW_COMPONENTS: Record<ViewName, () => React.JSX.Element> = {
  corpus: CorpusView,
  stories: StoriesView,
  agreement: AgreementView,
  outlets: OutletsView,
  jobs: JobsView,
  export: ExportView,
  settings: SettingsView,
  queues: QueueView,
  adjudication: AdjudicationView
}

export function App() {
  const view = useAppStore((state) => state.view)
  useLiveEvents()
  useGlobalShortcuts()
  useEffect(() => {
    useCorpusStore.getState().refresh()
  }, [])
  const View = VIEW_COMPONENTS[view]
  return (
    <div className="app-frame">
      <Sidebar />
      <main className="view" data-view={view}>
        <View />
      </main>
      <ImportReportDialog />
      <CsvMappingDialog />
      <ToastList />
    </div>
  )
}
