export const SHORTCUTS = [
  { keys: '/', action: 'Search the corpus' },
  { keys: '↑ ↓ or j k', action: 'Previous or next article in the table' },
  { keys: 'Esc', action: 'Close the article' },
  { keys: 'Ctrl+O', action: 'Import files' },
  { keys: '1 … 5', action: 'Score the focused dimension of the open article (as the current coder)' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', action: 'Undo the last delete or your last judgment / redo your judgment' },
  { keys: 'R', action: "The open article's report" },
  { keys: 'Alt+1 … Alt+7', action: 'Corpus, Stories, Agreement, Outlets, Jobs, Export, Settings' }
] as const
