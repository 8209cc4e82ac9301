import * as assert from 'assert';
import { childNamed, documentSymbols, openSeed } from './editor';

describe('the outline in VS Code', () => {
  it('shows the preamble and the operative part of resolution 63/114', async () => {
    const symbols = await documentSymbols(await openSeed('resolution'));
    const title = childNamed(
      symbols,
      '63/114. Cooperation between the United Nations and the Organization of the Islamic Conference',
    );
    assert.ok(title.range.start.line > 0);
    const preamble = childNamed(symbols, 'Preamble');
    assert.strictEqual(preamble.children.length, 19);
    assert.strictEqual(preamble.children[0].name, 'Recalling');
    const operative = childNamed(symbols, 'Operative part');
    assert.strictEqual(operative.children.length, 16);
    assert.strictEqual(operative.children[0].name, '1. Takes note with satisfaction');
    assert.strictEqual(childNamed(operative.children, '8. Also welcomes').range.start.line, 74);
  });

  it('shows the eleven operative paragraphs of the Gaza communiqué', async () => {
    const symbols = await documentSymbols(await openSeed('gaza'));
    const operative = childNamed(symbols, 'Operative part');
    assert.deepStrictEqual(
      operative.children.map((s) => s.name.replace(/\..*/, '')),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
    );
    assert.strictEqual(childNamed(symbols, 'Preamble').children.length, 7);
  });
});
