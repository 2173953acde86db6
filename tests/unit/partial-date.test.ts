/**
 * Partial dates as editors write them (`2018`, `2021-07`, `2021-07-02`) and as readers see
 * them on the pages ("2018–2020", "2 luglio 2021 – 31 maggio 2023", "dal 2019").
 */
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  endNotBeforeStart,
  formatPartialDate,
  formatPeriod,
  parsePartialDate,
  toIso,
  yearsSpanned,
  type PartialDate,
} from '../../src/lib/partial-date.ts';

/** Parses a date the test knows to be valid. */
function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new Error(`test date ${text} is invalid: ${parsed}`);
  return parsed;
}

describe('parsePartialDate', () => {
  it('keeps the precision the source gives: year, month or day', () => {
    expect(parsePartialDate('2018')).toEqual({ year: 2018 });
    expect(parsePartialDate('2021-07')).toEqual({ year: 2021, month: 7 });
    expect(parsePartialDate('2021-07-02')).toEqual({ year: 2021, month: 7, day: 2 });
  });

  it('never invents a month or a day: the ISO text round-trips at its own precision', () => {
    for (const text of ['2018', '2021-07', '2021-07-02']) expect(toIso(date(text))).toBe(text);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2023-02-29')).toBe('"2023-02-29" is not a day of the calendar');
  });

  it('rejects a month that does not exist, naming the month', () => {
    expect(parsePartialDate('2021-13')).toBe('"2021-13" has month 13: months go from 01 to 12');
    expect(parsePartialDate('2021-00')).toBe('"2021-00" has month 0: months go from 01 to 12');
  });

  it('rejects a day that does not exist in that month', () => {
    expect(parsePartialDate('2021-02-30')).toBe('"2021-02-30" is not a day of the calendar');
  });

  it('rejects text that is not a date, showing the three accepted forms', () => {
    expect(parsePartialDate('21-07')).toBe(
      '"21-07" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2021-07, 2021-07-02)',
    );
    expect(parsePartialDate('2021-7')).toBe(
      '"2021-7" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2021-07, 2021-07-02)',
    );
    expect(parsePartialDate('luglio 2021')).toBe(
      '"luglio 2021" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2021-07, 2021-07-02)',
    );
  });
});

describe('formatPartialDate', () => {
  it('writes each date at its own precision, in Italian and English', () => {
    expect(formatPartialDate(date('2018'), 'it')).toBe('2018');
    expect(formatPartialDate(date('2021-07'), 'it')).toBe('luglio 2021');
    expect(formatPartialDate(date('2021-07-02'), 'it')).toBe('2 luglio 2021');
    expect(formatPartialDate(date('2021-07'), 'en')).toBe('July 2021');
    expect(formatPartialDate(date('2021-07-02'), 'en')).toBe('2 July 2021');
  });
});

describe('formatPeriod', () => {
  it('joins two years with an en dash and no spaces', () => {
    expect(formatPeriod({ start: date('2018'), end: date('2020') }, 'it')).toBe('2018–2020');
    expect(formatPeriod({ start: date('2018'), end: date('2020') }, 'en')).toBe('2018–2020');
  });

  it('shows a single year once when a period starts and ends in it', () => {
    expect(formatPeriod({ start: date('2020'), end: date('2020') }, 'it')).toBe('2020');
  });

  it('spells out days and months, with a spaced dash', () => {
    const period = { start: date('2021-07-02'), end: date('2023-05-31') };
    expect(formatPeriod(period, 'it')).toBe('2 luglio 2021 – 31 maggio 2023');
    expect(formatPeriod(period, 'en')).toBe('2 July 2021 – 31 May 2023');
  });

  it('mixes precisions without inventing any', () => {
    expect(formatPeriod({ start: date('2019'), end: date('2021-06') }, 'it')).toBe('2019 – giugno 2021');
    expect(formatPeriod({ start: date('2019-03'), end: date('2021') }, 'en')).toBe('March 2019 – 2021');
  });

  it('reads an open end as "dal …" / "from …" and an unknown start as "fino a …" / "until …"', () => {
    expect(formatPeriod({ start: date('2019') }, 'it')).toBe('dal 2019');
    expect(formatPeriod({ start: date('2019') }, 'en')).toBe('from 2019');
    expect(formatPeriod({ end: date('2020-03') }, 'it')).toBe('fino a marzo 2020');
    expect(formatPeriod({ end: date('2020-03') }, 'en')).toBe('until March 2020');
  });

  it('shows nothing when neither end is known', () => {
    expect(formatPeriod({}, 'it')).toBe('');
  });
});

describe('endNotBeforeStart', () => {
  it('accepts an end inside the start year (2021 → 2021-05)', () => {
    expect(endNotBeforeStart(date('2021'), date('2021-05'))).toBe(true);
  });

  it('accepts a period that starts and ends on the same day', () => {
    expect(endNotBeforeStart(date('2021-07-02'), date('2021-07-02'))).toBe(true);
  });

  it('rejects an end month before the start month (2021-07 → 2021-06)', () => {
    expect(endNotBeforeStart(date('2021-07'), date('2021-06'))).toBe(false);
  });

  it('rejects an end year before the start year', () => {
    expect(endNotBeforeStart(date('2021-01-15'), date('2020'))).toBe(false);
  });
});

describe('yearsSpanned', () => {
  it('lists every calendar year a period touches', () => {
    expect(yearsSpanned({ start: date('2019'), end: date('2021-06') })).toEqual([2019, 2020, 2021]);
    expect(yearsSpanned({ start: date('2021-07-02'), end: date('2023-05-31') })).toEqual([2021, 2022, 2023]);
  });

  it('counts an open-ended period under its one known year', () => {
    expect(yearsSpanned({ start: date('2019') })).toEqual([2019]);
    expect(yearsSpanned({ end: date('2020-03') })).toEqual([2020]);
  });

  it('lists no year for an unknown or inverted period', () => {
    expect(yearsSpanned({})).toEqual([]);
    expect(yearsSpanned({ start: date('2022'), end: date('2020') })).toEqual([]);
  });
});

describe('comparePartialDates', () => {
  it('orders dates of mixed precision by their first possible day', () => {
    const sorted = ['2021-07-02', '2021-08', '2020-12', '2021-07', '2019'].map(date).sort(comparePartialDates);
    expect(sorted.map(toIso)).toEqual(['2019', '2020-12', '2021-07', '2021-07-02', '2021-08']);
  });

  it('treats the same date as equal', () => {
    expect(comparePartialDates(date('2021-07-02'), date('2021-07-02'))).toBe(0);
  });

  it('at equal starts, puts the less precise (wider) date first, as documented', () => {
    // `2021` and `2021-01` both start on 2021-01-01; the year is the wider span.
    expect(comparePartialDates(date('2021'), date('2021-01'))).toBeLessThan(0);
    expect(comparePartialDates(date('2021-07'), date('2021-07-01'))).toBeLessThan(0);
    expect(['2021-01', '2021'].map(date).sort(comparePartialDates).map(toIso)).toEqual(['2021', '2021-01']);
  });
});
