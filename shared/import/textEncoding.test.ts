import { describe, expect, it } from 'vitest';
import { decodeText, repairMojibake } from './textEncoding';

// "COGNOME;NOME\nNICCOLÒ;FRANCESCHÌ" written by a Windows-1252 export: Ò is 0xD2, Ì is 0xCC.
const cp1252 = Uint8Array.from([...'COGNOME;CITTÀ\nNICCOL'].map((c) => (c === 'À' ? 0xc0 : c.charCodeAt(0))).concat([0xd2, 0x3b, 0x46, 0x4f, 0x52, 0xcc]));

describe('text encoding of CSV files', () => {
  it('tells Windows-1252 from UTF-8 and keeps the accents', () => {
    expect(decodeText(cp1252)).toEqual({ text: 'COGNOME;CITTÀ\nNICCOLÒ;FORÌ', encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode('CITTÀ;Forlì'))).toEqual({ text: 'CITTÀ;Forlì', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark and reads UTF-16 from Excel', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa0]))).toEqual({ text: 'Aà', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe0, 0x00]))).toEqual({ text: 'Aà', encoding: 'utf-16le' });
  });

  it('puts back text that was read once as Windows-1252 and saved again', () => {
    expect(repairMojibake('NICCOLÃ’ FORLÃ¬, perchÃ©')).toBe('NICCOLÒ FORLÌ, perché'.replace('FORLÌ', 'FORLì'));
    expect(decodeText(new TextEncoder().encode('CittÃ\u00a0'))).toEqual({ text: 'Città', encoding: 'utf-8' });
    // Text that merely has an Ã is left as it is.
    expect(repairMojibake('SÃO PAULO')).toBe('SÃO PAULO');
  });
});
