// mathjs ships a single-file build (an official export of the package) that loads in a tenth
// of the time of its many ES modules; it is the same library with the same types.
declare module 'mathjs/lib/browser/math.js' {
  const math: import('mathjs').MathJsInstance;
  export default math;
}
