// Bundled by web/build.mjs: CSS files arrive as minified text.
declare module '*.css' {
  const css: string;
  export default css;
}
