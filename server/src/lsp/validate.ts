// Checks the shape of request parameters before a handler sees them, so malformed requests get
// an InvalidParams error that says what is wrong instead of failing inside a handler.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { isObject, isPosition } from './shapes.ts';

type Shape = 'document' | 'position' | 'range' | 'references' | 'codeAction' | 'query';


function problem(params: unknown, shapes: readonly Shape[]): string | undefined {
  if (!isObject(params)) return 'parameters must be an object';
  for (const shape of shapes) {
    switch (shape) {
      case 'document':
        if (!isObject(params['textDocument']) || typeof params['textDocument']['uri'] !== 'string') return 'textDocument.uri must be a string';
        break;
      case 'position':
        if (!isPosition(params['position'])) return 'position must be {line, character} with integers';
        break;
      case 'range':
        if (!isObject(params['range']) || !isPosition(params['range']['start']) || !isPosition(params['range']['end'])) return 'range must have start and end positions';
        break;
      case 'references':
        if (!isObject(params['context'])) return 'context must be an object';
        break;
      case 'codeAction':
        if (!isObject(params['context'])) return 'context must be an object';
        if (params['context']['diagnostics'] !== undefined && !Array.isArray(params['context']['diagnostics'])) return 'context.diagnostics must be an array';
        break;
      case 'query':
        if (typeof params['query'] !== 'string') return 'query must be a string';
        break;
    }
  }
  return undefined;
}

/** Throws an InvalidParams error when `params` does not have the given shapes. */
export function validate(params: unknown, shapes: readonly Shape[]): void {
  const why = problem(params, shapes);
  if (why) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters: ${why}`);
}
