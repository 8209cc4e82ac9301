import * as assert from 'assert';
import { CorpusLoads } from '../../server/src/protocol/corpusLoads';

/** Whether `promise` has settled by the next turn of the event loop. */
const settledNow = async (promise: Promise<void>): Promise<boolean> => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('the corpus loads a feature can wait for', () => {
  it('is loading before the first load starts, and settles when every load asked for has ended', async () => {
    const loads = new CorpusLoads();
    const waiting = loads.settled();
    assert.strictEqual(loads.loading, true);
    let endFirst = (): void => undefined;
    let failSecond = (): void => undefined;
    const first = loads.track(new Promise<void>((resolve) => (endFirst = resolve)));
    const second = loads.track(new Promise<void>((_, reject) => (failSecond = () => reject(new Error('unreadable')))));
    endFirst();
    await first;
    assert.strictEqual(await settledNow(waiting), false, 'a second load still runs');
    failSecond();
    await assert.rejects(second, /unreadable/);
    assert.strictEqual(await settledNow(waiting), true);
    assert.strictEqual(loads.loading, false);
    assert.strictEqual(await settledNow(loads.settled()), true);
  });
});
