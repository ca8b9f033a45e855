export const SHORTCUTS = [
  { keys: '/', action: 'Search the corpus' },
  { keys: '↑ ↓ or j k', action: 'Previous or next article in the table' },
  { keys: 'Esc', action: 'Close the article' },
  { keys: 'Ctrl+O', action: 'Import files' },
  { keys: '1 … 5', action: 'Score the focused dimension of the open article (as the current coder)' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', action: 'Undo the last delete or your last judgment / redo your judgment' },
  { keys: 'R', action: "The open article's report" },
  { keys: 'A', action: 'Label the selected text of the open article (Enter saves, Esc cancels)' },
  { keys: 'Alt+1 … Alt+9', action: 'Corpus, Stories, Agreement, Outlets, Jobs, Export, Settings, Queues, Adjudication' },
  { keys: 'Ctrl+Enter', action: 'In a coding queue: save your scores and go to the next unit; in adjudication: record the final value' },
  { keys: 'Alt+← / Alt+→', action: 'In a coding queue: previous or next unit without saving' },
  { keys: 'Enter / C', action: 'Stories: compare the selected story side by side (its ticked articles, else one per outlet)' },
  { keys: 'S / Esc', action: 'Side by side: scroll the columns together or not / back to the story' }
] as const
