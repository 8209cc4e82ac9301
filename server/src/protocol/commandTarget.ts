import type { Position } from 'vscode-languageserver/node';
import type { DraftingStyle } from '../service';

/** What the server commands act on: the client passes `{ uri, position }` of the editor they run in. */
export interface CommandTarget {
  readonly uri?: string;
  readonly position?: Position;
  /** For convertStyle: the style wanted; without it, the other one than the draft's. */
  readonly style?: DraftingStyle;
}

/** A command's argument: `{ uri, position }` from the client, or a bare URI string from other clients. */
export function targetOf(argument: unknown): CommandTarget {
  if (typeof argument === 'string') return { uri: argument };
  if (typeof argument !== 'object' || argument === null) return {};
  const { uri, position, style } = argument as Record<string, unknown>;
  return {
    uri: typeof uri === 'string' ? uri : undefined,
    position: isPosition(position) ? position : undefined,
    style: style === 'un' || style === 'oic' ? style : undefined,
  };
}

function isPosition(value: unknown): value is Position {
  const p = value as Position | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}
