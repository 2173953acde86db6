/**
 * The integrity pass as an editor meets it through `npm run check`: what no single schema
 * can see (references, the territory tree, coordinates, periods, duplicate ids, stale reviews).
 * Each test breaks one thing in a copy of the valid fixture tree and pins the line the editor reads.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/problems.ts';
import { brokenTrees, edit, report } from '../support/broken-tree.ts';

const checkBroken = brokenTrees('integrity');

const CASA = 'practices/pratica-casa.mdx';
const PROJECT = 'projects/progetto-prova.mdx';

describe('references', () => {
  it('reports a mistyped territory at its place in the list, with the closest id', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'territories: [palermo]', 'territories: [palremo]'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:5:15  territories[0]  `palremo` is not an entry of territories  → did you mean `palermo`?']);
  });

  it('reports a mistyped taxonomy term with the closest term', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'themes: [casa]', 'themes: [cassa]'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:6:10  themes[0]  `cassa` is not an entry of themes  → did you mean `casa`?']);
  });

  it('points at the second item of a list when that is the wrong one', () => {
    const result = checkBroken((dir) => edit(dir, PROJECT, 'territories: [palermo, lazio]', 'territories: [palermo, lazoi]'));
    expect(report(result)).toEqual(['projects/progetto-prova.mdx:11:24  territories[1]  `lazoi` is not an entry of territories  → did you mean `lazio`?']);
  });

  it('says where the entries live when no id is close', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'partners: [ente-alfa]', 'partners: [caritas-diocesana]'));
    expect(report(result)).toEqual([
      'practices/pratica-casa.mdx:9:12  partners[0]  `caritas-diocesana` is not an entry of partners  → use the id of an entry in content/partners/, or add that entry',
    ]);
  });
});

describe('the territory tree', () => {
  it('reports a loop once, with the whole path, when Sicilia is put under Palermo', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/sicilia.yaml', 'parent: italia', 'parent: palermo'));
    const loops = report(result).filter((line) => line.includes('loops'));
    expect(loops).toEqual([
      'territories/citta-metropolitana-palermo.yaml:5:9  parent  the territory tree loops: citta-metropolitana-palermo → sicilia → palermo → citta-metropolitana-palermo  → one of these parents is wrong: each territory must lead up to `italia`',
    ]);
    // The same edit also puts a region under a municipality: that is said separately.
    expect(report(result)).toEqual([
      'territories/sicilia.yaml:5:9  parent  a region cannot belong to a municipality (`palermo`)  → point `parent` to the larger territory that contains this one',
      ...loops,
    ]);
  });

  it('reports a region whose parent is a municipality', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/lazio.yaml', 'parent: italia', 'parent: palermo'));
    expect(report(result)).toEqual([
      'territories/lazio.yaml:4:9  parent  a region cannot belong to a municipality (`palermo`)  → point `parent` to the larger territory that contains this one',
    ]);
  });

  it('requires a parent for every territory but the country', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/lazio.yaml', 'parent: italia\n', ''));
    expect(report(result)).toEqual([
      'territories/lazio.yaml:1:1  parent  is required for every territory but Italy  → give the id of the territory this one belongs to (e.g. its province or region)',
    ]);
  });
});

describe('coordinates', () => {
  it('reports a point outside Italy with the accepted ranges', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/palermo.yaml', '{ lat: 38.1157, lon: 13.3615 }', '{ lat: 48.5, lon: 13.3615 }'));
    expect(report(result)).toEqual([
      'territories/palermo.yaml:5:14  coordinates  lat 48.5, lon 13.3615 is outside Italy  → latitude goes from 35.4 to 47.1, longitude from 6.6 to 18.6',
    ]);
  });

  it('recognises latitude and longitude written the wrong way round', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/palermo.yaml', '{ lat: 38.1157, lon: 13.3615 }', '{ lat: 13.3615, lon: 38.1157 }'));
    expect(report(result)).toEqual(['territories/palermo.yaml:5:14  coordinates  lat 13.3615, lon 38.1157 is outside Italy  → latitude and longitude look swapped']);
  });

  it('accepts Lampedusa, near the southern edge', () => {
    const result = checkBroken((dir) =>
      writeFileSync(join(dir, 'territories/lampedusa-e-linosa.yaml'), 'name: Lampedusa e Linosa\nkind: municipality\nistat: "084020"\nparent: sicilia\ncoordinates: { lat: 35.5, lon: 12.6 }\n'),
    );
    expect(report(result)).toEqual([]);
  });
});

describe('ISTAT codes and boundaries', () => {
  it('reports a municipality code ISTAT does not have, with the code of the same name', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/palermo.yaml', 'istat: "082053"', 'istat: "082953"'));
    expect(report(result)).toEqual([
      "territories/palermo.yaml:3:8  istat  `082953` is not the ISTAT code of any municipality in ISTAT's list of 2020-01-01  → ISTAT lists Palermo as `082053` (Palermo)",
    ]);
  });

  it('reports a province code written as a region code, with the right one', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/citta-metropolitana-palermo.yaml', 'istat: "082"', 'istat: "82"'));
    expect(report(result)).toContainEqual(
      'territories/citta-metropolitana-palermo.yaml:4:8  istat  `82` is a region code, but this territory is a metropolitan-city  → ISTAT lists Palermo as `082` (Palermo)',
    );
  });

  it('reports an unknown region code with the code of its name, or the list of regions', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/lazio.yaml', 'istat: "12"', 'istat: "21"'));
    expect(report(result)).toEqual(['territories/lazio.yaml:3:8  istat  `21` is not the ISTAT code of any region  → ISTAT lists Lazio as `12` (Lazio)']);
    const renamed = checkBroken((dir) => {
      edit(dir, 'territories/lazio.yaml', 'name: Lazio', 'name: Regione di prova');
      edit(dir, 'territories/lazio.yaml', 'istat: "12"', 'istat: "21"');
    });
    expect(report(renamed)).toEqual([expect.stringMatching(/^territories\/lazio\.yaml:3:8  istat  `21` is not the ISTAT code of any region  → use one of: 01 Piemonte, .*12 Lazio, .*20 Sardegna$/)]);
  });

  it('reports a municipality under the wrong province, pointing to the right territory', () => {
    const result = checkBroken((dir) => {
      writeFileSync(join(dir, 'territories/provincia-trapani.yaml'), 'name: Libero consorzio comunale di Trapani\nshortName: Trapani\nkind: province\nistat: "081"\nparent: sicilia\n');
      edit(dir, 'territories/palermo.yaml', 'parent: citta-metropolitana-palermo', 'parent: provincia-trapani');
    });
    expect(report(result)).toEqual([
      'territories/palermo.yaml:4:9  parent  ISTAT puts `082053` (Palermo) in `082` (Palermo), but its province or metropolitan city here is `provincia-trapani` (`081`)  → point `parent` to `citta-metropolitana-palermo`, or correct `istat`',
    ]);
  });

  it('reports a province under the wrong region', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/citta-metropolitana-palermo.yaml', 'parent: sicilia', 'parent: lazio'));
    expect(report(result)).toEqual([
      'territories/citta-metropolitana-palermo.yaml:5:9  parent  ISTAT puts `082` (Palermo) in `19` (Sicilia), but its region here is `lazio` (`12`)  → point `parent` to `sicilia`, or correct `istat`',
    ]);
  });

  it('reports a municipality whose point lies in another province, naming that province', () => {
    // Catania's town hall (from content/territories/catania.yaml), given to Palermo.
    const result = checkBroken((dir) => edit(dir, 'territories/palermo.yaml', '{ lat: 38.1157, lon: 13.3615 }', '{ lat: 37.5079, lon: 15.083 }'));
    expect(report(result)).toEqual([
      expect.stringMatching(
        /^territories\/palermo\.yaml:5:14  coordinates  lat 37\.5079, lon 15\.083 is \d+ km outside `082` \(Palermo\), where its ISTAT code puts it  → that point is in `087` \(Catania\): check the coordinates against the source \(the municipal seat for a municipality\), and the ISTAT code$/,
      ),
    ]);
  });

  it('accepts a coastal seat just outside the simplified coastline', () => {
    // Palermo's seat moved 0.02° (about 2 km) north, into the Gulf of Palermo.
    const result = checkBroken((dir) => edit(dir, 'territories/palermo.yaml', '{ lat: 38.1157, lon: 13.3615 }', '{ lat: 38.1357, lon: 13.3615 }'));
    expect(report(result)).toEqual([]);
  });

  it('checks a territory without a code against its nearest coded ancestor', () => {
    const result = checkBroken((dir) =>
      writeFileSync(join(dir, 'territories/quartiere.yaml'), 'name: Quartiere di prova\nkind: municipality\nparent: citta-metropolitana-palermo\ncoordinates: { lat: 41.8933, lon: 12.4829 }\n'),
    );
    expect(report(result)).toEqual([
      expect.stringMatching(/^territories\/quartiere\.yaml:4:14  coordinates  lat 41\.8933, lon 12\.4829 is \d+ km outside `082` \(Palermo\), where its parent puts it  → that point is in `058` \(Roma\): .*, and `parent`$/),
    ]);
  });

  it('checks a Sardinian municipality against Sardinia, since the drawn provinces predate 2016', () => {
    const sardinia = (dir: string, coordinates: string) => {
      writeFileSync(join(dir, 'territories/sardegna.yaml'), 'name: Sardegna\nkind: region\nistat: "20"\nparent: italia\n');
      writeFileSync(join(dir, 'territories/cagliari.yaml'), `name: Cagliari\nkind: municipality\nistat: "092009"\nparent: sardegna\ncoordinates: ${coordinates}\n`);
    };
    expect(report(checkBroken((dir) => sardinia(dir, '{ lat: 39.2238, lon: 9.1217 }')))).toEqual([]);
    expect(report(checkBroken((dir) => sardinia(dir, '{ lat: 38.1157, lon: 13.3615 }')))).toEqual([
      expect.stringMatching(/^territories\/cagliari\.yaml:5:14  coordinates  .* km outside `20` \(Sardegna\), where its ISTAT code puts it  → that point is in `082` \(Palermo\)/),
    ]);
  });

  it('says a country has no ISTAT code', () => {
    const result = checkBroken((dir) => edit(dir, 'territories/italia.yaml', 'kind: country', 'kind: country\nistat: "00"'));
    expect(report(result)).toEqual(['territories/italia.yaml:4:8  istat  a country has no ISTAT code  → remove `istat`']);
  });
});

describe('periods', () => {
  it('reports an end before the start, at the end date', () => {
    const result = checkBroken((dir) => edit(dir, PROJECT, 'period: { start: 2019, end: 2021-06 }', 'period: { start: 2021-07, end: 2021-06 }'));
    expect(report(result)).toEqual([
      'projects/progetto-prova.mdx:12:32  period.end  ends (2021-06) before it starts (2021-07)  → check the two dates against the source; swap them if they were inverted',
    ]);
  });

  it('accepts an end month inside the start year (2021 → 2021-05)', () => {
    const result = checkBroken((dir) => edit(dir, PROJECT, 'period: { start: 2019, end: 2021-06 }', 'period: { start: 2021, end: 2021-05 }'));
    expect(report(result)).toEqual([]);
  });
});

describe('ids', () => {
  it('reports two files with the same name in different folders as one id used twice', () => {
    const result = checkBroken((dir) => {
      mkdirSync(join(dir, 'practices/sub'));
      cpSync(join(dir, CASA), join(dir, 'practices/sub/pratica-casa.md'));
    });
    expect(report(result)).toEqual([
      'practices/sub/pratica-casa.md:2:1  (file)  the id `pratica-casa` is already used by practices/pratica-casa.mdx  → rename one of the two files (the file name is the id)',
    ]);
  });
});

describe('taxonomies', () => {
  it('tells how to fix a term listed twice in its file', () => {
    const result = checkBroken((dir) => edit(dir, 'taxonomies/themes.yaml', '- id: lavoro', '- id: casa'));
    expect(report(result)).toContainEqual(expect.stringMatching(/^taxonomies\/themes\.yaml:\d+:\d+  \(file\)  the id `casa` is already used by taxonomies\/themes\.yaml  → give one of the two terms in taxonomies\/themes\.yaml another `id`, or remove it$/));
  });

  it('reports an unreadable taxonomy file once, not once per entry using its terms', () => {
    const result = checkBroken((dir) => edit(dir, 'taxonomies/themes.yaml', '- id: casa\n', '- id: casa\n  label: { it: "non chiusa\n'));
    expect(result.problems.every((problem) => problem.file === 'taxonomies/themes.yaml')).toBe(true);
    expect(result.errors).toBeGreaterThan(0);
  });
});

describe('reviews', () => {
  it('warns, without failing the check, when an entry was last reviewed over three years ago', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'lastReviewed: 2026-11-23', 'lastReviewed: 2023-11-22'));
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(1);
    expect(formatReport(result.problems)).toBe(
      [
        'warning  practices/pratica-casa.mdx:15:15  lastReviewed  not reviewed since 2023-11-22, over three years ago  → check the entry against its sources and update `lastReviewed`',
        'Content is valid (1 warning(s)).',
      ].join('\n'),
    );
  });

  it('does not warn on the day the review turns three years old', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'lastReviewed: 2026-11-23', 'lastReviewed: 2023-11-23'));
    expect(result.problems).toEqual([]);
  });
});

describe('English summaries', () => {
  it('warns, without failing the check, when a practice has no English summary', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'summaryEn: A fictitious practice on housing in Palermo.\n', ''));
    expect(result.errors).toBe(0);
    expect(report(result)).toEqual([
      'warning  practices/pratica-casa.mdx:3:1  summary  has no English version: the English site shows the Italian summary  → add `summaryEn:` with the summary in English',
    ]);
  });
});

describe('the report', () => {
  it('sorts problems by file and line and ends with the count and what to run', () => {
    const result = checkBroken((dir) => {
      edit(dir, CASA, 'themes: [casa]', 'themes: [cassa]');
      edit(dir, CASA, 'territories: [palermo]', 'territories: [palremo]');
      edit(dir, 'practices/pratica-lavoro.md', 'lastReviewed: 2026-11-23', 'lastReviewed: 2020');
    });
    expect(formatReport(result.problems)).toBe(
      [
        'practices/pratica-casa.mdx:5:15  territories[0]  `palremo` is not an entry of territories  → did you mean `palermo`?',
        'practices/pratica-casa.mdx:6:10  themes[0]  `cassa` is not an entry of themes  → did you mean `casa`?',
        'warning  practices/pratica-lavoro.md:15:15  lastReviewed  not reviewed since 2020, over three years ago  → check the entry against its sources and update `lastReviewed`',
        '2 error(s), 1 warning(s) in the content: fix them and run `npm run check` again.',
      ].join('\n'),
    );
  });
});
