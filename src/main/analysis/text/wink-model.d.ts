// wink-eng-lite-web-model ships no types; wink-nlp takes it as an opaque model.
declare module 'wink-eng-lite-web-model' {
  import type { Model } from 'wink-nlp'
  const model: Model
  export default model
}
