/** Choosing an excerpt's range in the conversation: click first and last, shift-click stretches. */
import { describe, expect, it } from 'vitest';
import { nextSelection, type Selection } from '../../renderer/src/case/chat/chatText.ts';

const none: Selection = { range: null, open: false };
const clicks = (seqs: [number, boolean][]) =>
  seqs.reduce((s, [seq, shift]) => nextSelection(s, seq, shift), none);

describe('nextSelection', () => {
  it('a first click opens a one-message range, a second closes it in either order', () => {
    expect(clicks([[5, false]])).toEqual({ range: { first: 5, last: 5 }, open: true });
    expect(
      clicks([
        [5, false],
        [9, false],
      ]),
    ).toEqual({ range: { first: 5, last: 9 }, open: false });
    expect(
      clicks([
        [9, false],
        [5, false],
      ]),
    ).toEqual({ range: { first: 5, last: 9 }, open: false });
  });
  it('a plain click after a finished range starts anew; shift-click stretches it', () => {
    expect(
      clicks([
        [5, false],
        [9, false],
        [2, false],
      ]),
    ).toEqual({ range: { first: 2, last: 2 }, open: true });
    expect(
      clicks([
        [5, false],
        [9, false],
        [12, true],
      ]),
    ).toEqual({ range: { first: 5, last: 12 }, open: false });
    expect(
      clicks([
        [5, false],
        [9, false],
        [1, true],
      ]),
    ).toEqual({ range: { first: 1, last: 9 }, open: false });
    expect(clicks([[7, true]])).toEqual({ range: { first: 7, last: 7 }, open: true });
  });
});
