// Stands in, in the browser bundle, for theme-classic's client module that loads Prism at
// start-up: see HighlightedInBrowser.tsx, which does its work when Prism is first needed.
export {};
