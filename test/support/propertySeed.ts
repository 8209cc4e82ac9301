/**
 * One seed for every property test of a run (mocha loads this first, see .mocharc.json): taken
 * from FC_SEED when set, so a failure can be replayed, else new each run so runs explore; a
 * failing test prints it.
 */
import fc from 'fast-check';

const seed =
  process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
fc.configureGlobal({ seed });

export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    if (this.currentTest?.state === 'failed')
      console.log(`    property seed ${seed}: replay with FC_SEED=${seed} npm run test:unit`);
  },
};
