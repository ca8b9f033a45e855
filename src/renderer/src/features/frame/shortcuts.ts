export const SHORTCUTS = [
  { keys: '/', action: 'Search the corpus' },
  { keys: '↑ ↓ or j k', action: 'Previous or next article in the table' },
  { keys: 'Esc', action: 'Close the article' },
  { keys: 'Ctrl+O', action: 'Import files' },
  { keys: 'Alt+1 … Alt+6', action: 'Corpus, Stories, Outlets, Jobs, Export, Settings' }
] as const
