import { describe, expect, it } from 'vitest';
import { yearAndPublisher } from '../../src/lib/map/tooltip';

describe('map tooltip lines', () => {
  it('names the year and publisher that are known, and says nothing rather than "– ·"', () => {
    expect(yearAndPublisher(2021, 'Eurostat')).toEqual(['2021 · Eurostat']);
    expect(yearAndPublisher(null, 'Eurostat')).toEqual(['Eurostat']);
    expect(yearAndPublisher(2021, '')).toEqual(['2021']);
    expect(yearAndPublisher(null, ' ')).toEqual([]);
  });
});
