declare module '*?raw' {
  const source: string;
  export default source;
}

// The two react-dom entry points the site uses (it has no @types/react-dom).
declare module 'react-dom' {
  export function createPortal(children: import('react').ReactNode, container: Element | DocumentFragment): import('react').ReactPortal;
}
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactElement): string;
}

/** Diagrams drawn ahead: source → SVG on the server (prerendered.json), source → '' in the browser (prerendered-client.json). */
declare module '@lab/prerendered-diagrams' {
  const svgBySource: Record<string, string>;
  export default svgBySource;
}

/** A code block's content: highlighted on the server (CodeBlock/Highlighted), kept or drawn lazily in the browser (CodeBlock/InBrowser). */
declare module '@lab/code-block-body' {
  const Body: (props: import('@theme/CodeBlock').Props) => import('react').ReactNode;
  export default Body;
}
