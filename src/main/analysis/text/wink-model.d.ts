// wink-eng-lite-web-model ships no types; wink-nlp takes it as an opaque model.
declare module 'wink-eng-lite-web-model' {
  const model: import('wink-nlp').Model
  export default model
}
