import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/extract/find-dateline.js';

describe('findDateline', () => {
  it('reads the place and agency that open a wire-style lead', () => {
    expect(findDateline('PRAGUE -- U.S. Secretary of State Antony Blinken says the policy changed.')).toEqual({ place: 'PRAGUE', agency: null });
    expect(findDateline('WASHINGTON (AP) — President Joe Biden has given Ukraine the go-ahead.')).toEqual({ place: 'WASHINGTON', agency: 'AP' });
    expect(findDateline('NEW DELHI: The army has begun a new operation in the north.')).toEqual({ place: 'NEW DELHI', agency: null });
    expect(findDateline('PUTRAJAYA, Nov 22 — Private companies did not pay for the trips.')).toEqual({ place: 'PUTRAJAYA', agency: null });
  });

  it('takes no label set before a lead, nor a capitalised opening, for a place', () => {
    for (const lead of ['WARNING GRAPHIC DETAIL: A woman has described the abuse she suffered.', 'UPDATE: The road has reopened to traffic.',
      'EXCLUSIVE: The minister will resign on Friday.', 'US-made jets - the first of them - arrived on Monday.']) {
      expect(findDateline(lead), lead).toBeNull();
    }
  });
});
