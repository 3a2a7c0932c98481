/** Vite's `?url` imports: the URL of the emitted file (used for pdf.js's worker). */
declare module '*?url' {
  const url: string;
  export default url;
}
