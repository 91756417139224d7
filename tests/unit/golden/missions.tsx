// Golden picture of the map of where a country serves (the kit's MissionMap, used by the missions and
// deployments views).
import type { Feature, Polygon } from 'geojson';
import { MissionMap } from '../../../src/charts/MissionMap.tsx';
import { missionMapLayout, type MissionMarkInput } from '../../../src/charts/missionMapLayout.ts';
import { squareFeature } from '../charts/fixtures.ts';
import type { Golden } from './golden.ts';

/** A square country `size` degrees wide with its south-west corner at (lon, lat). */
export function square(
  iso3: string,
  lon: number,
  lat: number,
  size = 10,
): { iso3: string; feature: Feature<Polygon> } {
  return { iso3, feature: squareFeature(lon, lat, size) };
}

export const mark = (id: string, value: number, lon: number, lat: number): MissionMarkInput => ({
  id,
  label: id,
  value,
  position: [lon, lat],
});

/** Bangladesh in March 2023, at made-up positions near one another as in Central and East Africa. */
export function crowdedMarks(): MissionMarkInput[] {
  return [
    mark('MONUSCO', 1839, 24, -3),
    mark('MINUSMA', 1661, -2, 17),
    mark('UNMISS', 1651, 30, 7),
    mark('MINUSCA', 1420, 21, 6),
    mark('UNISFA', 511, 28.4, 9.6),
    mark('UNIFIL', 119, 35.8, 33.9),
    mark('MINURSO', 30, -13, 24.5),
    mark('UNITAMS', 3, 30, 15),
    mark('UNFICYP', 1, 33, 35),
    mark('UNMHA', 1, 43, 15),
    mark('UNSMIL', 1, 17, 27),
  ];
}

export const missionsGoldens: Golden[] = [
  {
    name: 'mission-map',
    about: 'land, circles with their personnel in words, leader lines and labels',
    render: () => {
      const land = [square('AAA', -20, -10, 40), square('BBB', 25, 0, 20), square('CCC', 30, 30, 8)].map(
        (s) => s.feature,
      );
      const layout = missionMapLayout(crowdedMarks(), land, { width: 390 });
      return (
        <MissionMap
          title="Where Bangladesh served, March 2023"
          description="Test description."
          layout={layout}
        />
      );
    },
  },
];
