export { extractQuotes } from './extract-quotes'
export { groupBySpeaker, countWords, type Voice } from './group-by-speaker'
