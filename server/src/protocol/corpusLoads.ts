/**
 * Whether the corpus is loading, from the moment the client is initialized (a load is then on its way) until
 * every load asked for has indexed its files and built the agreed-language postings: what a feature waits for
 * when its answer is only worth giving over the whole corpus.
 */
export class CorpusLoads {
  /** Whether a load was ever tracked: before the first, nothing is loaded, for the client has not said where from. */
  private started = false;
  private running = 0;
  private waiters: (() => void)[] = [];

  get loading(): boolean {
    return !this.started || this.running > 0;
  }

  /** Counts `load` as running until it settles, whether it succeeds or fails. */
  track(load: Promise<void>): Promise<void> {
    this.started = true;
    this.running++;
    return load.finally(() => {
      if (--this.running > 0) return;
      for (const resolve of this.waiters.splice(0)) resolve();
    });
  }

  /** Resolves once no load is running, or at once if none is. */
  settled(): Promise<void> {
    return this.loading ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }
}
