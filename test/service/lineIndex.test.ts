import * as assert from 'assert';
import { LineIndex } from '../../server/src/service/model/lineIndex';

describe('LineIndex', () => {
  it('converts offsets and positions across \\n, \\r\\n and lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 4);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = index.positionAt(offset);
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n pair
      assert.strictEqual(index.offsetAt(position), offset, `offset ${offset}`);
    }
    assert.deepStrictEqual(index.positionAt(text.indexOf('g')), { line: 3, character: 0 });
    assert.deepStrictEqual(index.positionAt(text.indexOf('f')), { line: 2, character: 1 });
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const index = new LineIndex('𝄞 ab');
    assert.deepStrictEqual(index.positionAt(3), { line: 0, character: 3 });
  });
});
