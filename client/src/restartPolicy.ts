/** What the client does when the language server dies: restart it, telling the drafter once, not once per crash. */
import { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, Message } from 'vscode-languageclient/node';

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up on the server. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export const RESTARTED_NOTICE = 'The Communiqué Drafter language server stopped and has been restarted.';
export const GAVE_UP_NOTICE =
  'The Communiqué Drafter language server stopped repeatedly and will not be restarted. Reload the window to try again.';

/**
 * Restarts a server that died, with one notice per session rather than one per crash, and
 * gives up with a single message if it keeps dying.
 */
export class RestartOnceNoticed implements ErrorHandler {
  private readonly restarts: number[] = [];
  private noticed = false;

  constructor(
    private readonly notify: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  error(
    _error: Error,
    _message: Message | undefined,
    count: number | undefined,
  ): { action: ErrorAction; handled: boolean } {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    while (this.restarts.length > 0 && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) return { action: CloseAction.DoNotRestart, message: GAVE_UP_NOTICE };
    this.restarts.push(now);
    if (!this.noticed) {
      this.noticed = true;
      this.notify(RESTARTED_NOTICE);
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
