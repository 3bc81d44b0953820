import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import type * as PlotModule from '@observablehq/plot';
import styles from './styles.module.css';

export type Plot = typeof PlotModule;

export interface ChartProps {
  /**
   * Builds the chart with Observable Plot (loaded lazily, in the browser only). `width` is the
   * space available in CSS pixels; `dark` is the site's colour mode.
   */
  render: (Plot: Plot, context: {width: number; dark: boolean}) => SVGSVGElement | HTMLElement;
  /** What the chart shows, for screen readers (give a table or text nearby for the numbers). */
  ariaLabel: string;
  /** Reserved height in px while Plot loads, so nothing jumps. */
  height?: number;
}

/**
 * A chart drawn by Observable Plot: axes, scales and log scales are Plot's, not ours.
 * Plot is imported on first use so pages without charts never load it.
 */
export default function Chart({render, ariaLabel, height = 320}: ChartProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const {colorMode} = useColorMode();
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const el = box.current;
    if (!el) return;
    import('@observablehq/plot')
      .then((Plot) => {
        if (cancelled) return;
        const node = render(Plot, {width: Math.max(280, el.clientWidth), dark: colorMode === 'dark'});
        el.replaceChildren(node);
        setFailed(null);
      })
      .catch((err: unknown) => !cancelled && setFailed(String((err as Error)?.message ?? err)));
    return () => {
      cancelled = true;
    };
  }, [render, colorMode]);
  return (
    <figure className={styles.chart} role="img" aria-label={ariaLabel}>
      <div ref={box} className={styles.plot} style={{minHeight: height}} />
      {failed ? (
        <figcaption className={styles.error}>
          {translate({id: 'lab.chart.failed', message: '图表无法绘制：{reason}'}, {reason: failed})}
        </figcaption>
      ) : null}
    </figure>
  );
}
