// Words and small helpers shared by the compare page and its lazily loaded charts.
export const round1 = (v: number) => Math.round(v * 10) / 10;
export const POPULATION_SOURCE = 'World Bank, World Development Indicators SP.POP.TOTL (population, total)';
export const PERSONNEL_SOURCE =
  'UN Department of Peace Operations, monthly contribution reports (IPI Peacekeeping Database before 2015)';
