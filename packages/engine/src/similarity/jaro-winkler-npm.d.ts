// Types for the `jaro-winkler` npm package, used only as a test oracle and benchmark peer.
declare module 'jaro-winkler' {
  function distance(a: string, b: string, options?: { caseSensitive?: boolean }): number;
  export default distance;
}
