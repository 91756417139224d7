// Loaded with React.lazy: this module, the shapes and topojson-client form their own chunk.
import { use } from 'react';
import { loadWorldShapes } from '../../../charts/worldShapes.ts';
import { WorldMapChart, type WorldMapChartProps } from './WorldMapChart.tsx';

export default function LazyWorldMap(props: Omit<WorldMapChartProps, 'shapes'>) {
  const shapes = use(loadWorldShapes());
  return <WorldMapChart {...props} shapes={shapes} />;
}
