import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name.js';

describe('safe file names', () => {
  it.each([
    ['Accord été.docx', 'Accord été.docx'],
    ['اتفاقية.pdf', 'اتفاقية.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['report\r\nSet-Cookie: a=b.pdf', 'report Set-Cookie: a=b.pdf'],
    ['tab\tand\u0000nul\u007f.txt', 'tab andnul.txt'],
    ['\u202Efdp.exe', 'fdp.exe'],
    ['.htaccess', 'htaccess'],
    ['trailing. . ', 'trailing'],
    ['...', 'document'],
    ['', 'document'],
    ['x\uD800y.txt', 'x\uFFFDy.txt'],
  ])('GIVEN %j THEN the stored name is %j', (uploaded, stored) => {
    expect(safeFileName(uploaded)).toBe(stored);
  });

  it('GIVEN a very long name THEN it is cut to 150 characters keeping the extension, without splitting a character', () => {
    const name = safeFileName(`${'ب'.repeat(100)}${'😀'.repeat(100)}.xlsx`);
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith('😀.xlsx')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDFFF]/u); // no half of a surrogate pair left
  });
});
