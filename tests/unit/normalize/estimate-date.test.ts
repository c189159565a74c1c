import { describe, expect, test } from 'vitest';
import { estimateDate } from '../../../src/lib/normalize/estimate-date.ts';
import { estimateStart } from '../../../src/lib/normalize/estimate-start.ts';

const now = new Date('2026-12-04T12:00:00Z');

describe('estimateDate', () => {
  test.each([
    { name: 'a caption dated to the day', texts: ['A jet lands at the base in Latakia province, in Syria, on December 16, 2015.'], expected: '2015-12-16/..' },
    { name: 'the latest of several full dates', texts: ['It began on 3 May 2019.', 'By 12 January 2020 it was over; on 1 June 2018 it was planned.'], expected: '2020-01-12/..' },
    { name: 'a full date wins over a later year alone', texts: ['On March 2, 2017 the plan was agreed.', 'It was built in 2019.'], expected: '2017-03-02/..' },
    { name: 'a year alone', texts: ['The programme launched in 2018 was cancelled.'], expected: '2018/..' },
    { name: 'the latest year, from a month and a year', texts: ['In March 2016 and again in 2014.'], expected: '2016/..' },
    { name: 'no date at all', texts: ['Nothing here says when.'], expected: null },
    { name: 'numbers that are no years', texts: ['It cost $2015 and 2,019 people came; 2017.5 tonnes; 2016% more.'], expected: null },
    { name: 'a date after today is looked ahead to, not a bound', texts: ['The Games of 2032 were awarded on 21 July 2021.'], expected: '2021-07-21/..' },
  ])('$name', ({ texts, expected }) => {
    expect(estimateDate(texts, now)).toBe(expected);
  });
});

describe('estimateStart', () => {
  test.each([
    { estimate: '2015-12-16/..', expected: '2015-12-16' },
    { estimate: '2018/..', expected: '2018' },
    { estimate: '2018', expected: null },
    { estimate: 'not a date', expected: null },
  ])('$estimate', ({ estimate, expected }) => {
    expect(estimateStart(estimate)).toBe(expected);
  });
});
