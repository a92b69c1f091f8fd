import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';

const ARABIC = 'اتفاقية الشراكة 2027.pdf';

describe.each(testEngines())(
  'agreement documents: names and download headers ($name)',
  (engine) => {
    let demo: DemoApp;
    let coordinator: TestSession;
    let partnershipId: string;
    beforeAll(async () => {
      demo = await startDemoApp(engine);
      coordinator = await demo.loginAs('coordinator');
      const list = await demo.app.inject({
        method: 'GET',
        url: '/api/partnerships',
        headers: { cookie: coordinator.cookie },
      });
      partnershipId = list
        .json()
        .partnerships.find(
          (p: { title: string }) => p.title === 'Belgium–Morocco ICT talent partnership',
        ).id;
    });
    afterAll(() => demo.close());

    /** Uploads an agreement with this document and downloads it back. */
    const roundTrip = async (fileName: string, mediaType: string, content = 'file content') => {
      const created = await demo.app.inject({
        method: 'POST',
        url: `/api/partnerships/${partnershipId}/agreements`,
        headers: coordinator.headers,
        payload: {
          title: `Agreement with ${fileName}`,
          kind: 'skills_module',
          signedOn: '2026-11-01',
          effectiveFrom: '2027-01-01',
          clauses: [],
          document: { fileName, mediaType, contentBase64: Buffer.from(content).toString('base64') },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      const download = await demo.app.inject({
        method: 'GET',
        url: `/api/partnerships/${partnershipId}/agreements/${id}/document`,
        headers: { cookie: coordinator.cookie },
      });
      const register = await demo.app.inject({
        method: 'GET',
        url: `/api/partnerships/${partnershipId}/agreements`,
        headers: { cookie: coordinator.cookie },
      });
      const stored = register.json().agreements.find((a: { id: string }) => a.id === id)?.document
        ?.fileName as string;
      return { download, stored };
    };
    const disposition = (headers: Record<string, unknown>) => {
      const value = String(headers['content-disposition']);
      const ascii = /filename="([^"]*)"/.exec(value)?.[1];
      const utf8 = /filename\*=UTF-8''([^;]*)/.exec(value)?.[1];
      return { value, ascii, name: utf8 === undefined ? undefined : decodeURIComponent(utf8) };
    };

    it('GIVEN a document with an Arabic name THEN it downloads (it was a 500) with the exact name in filename* and an ASCII fallback', async () => {
      const { download, stored } = await roundTrip(ARABIC, 'application/pdf', '%PDF-1.4');
      expect(download.statusCode).toBe(200);
      expect(download.body).toBe('%PDF-1.4');
      expect(stored).toBe(ARABIC);
      const { value, ascii, name } = disposition(download.headers);
      expect(value).toMatch(/^attachment; /);
      expect(name).toBe(ARABIC);
      expect(ascii).toMatch(/^[\x20-\x7E]+\.pdf$/);
    });

    it('GIVEN a name with CR LF and a header after it THEN no header is injected and the name is one line', async () => {
      const { download, stored } = await roundTrip(
        'report\r\nX-Injected: yes\r\n.pdf',
        'application/pdf',
      );
      expect(download.statusCode).toBe(200);
      expect(download.headers['x-injected']).toBeUndefined();
      expect(stored).toBe('report X-Injected: yes .pdf');
      expect(disposition(download.headers).name).toBe(stored);
    });

    it('GIVEN the name ../../etc/passwd THEN only its last segment is kept', async () => {
      const { download, stored } = await roundTrip('../../etc/passwd', 'text/plain');
      expect(stored).toBe('passwd');
      expect(disposition(download.headers)).toMatchObject({ ascii: 'passwd', name: 'passwd' });
    });

    it.each([
      ['text/html', 'application/octet-stream'],
      ['image/svg+xml', 'application/octet-stream'],
      ['application/javascript', 'application/octet-stream'],
      ['application/pdf', 'application/pdf'],
      ['IMAGE/PNG', 'image/png'],
      ['text/plain', 'text/plain; charset=utf-8'],
      [
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ])(
      'GIVEN a document declared %s THEN it is served as %s, as an attachment, not sniffed',
      async (declared, served) => {
        const { download } = await roundTrip('page.bin', declared, '<script>alert(1)</script>');
        expect(download.statusCode).toBe(200);
        expect(download.headers['content-type']).toBe(served);
        expect(download.headers['x-content-type-options']).toBe('nosniff');
        expect(String(download.headers['content-disposition'])).toMatch(/^attachment; /);
        expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      },
    );
  },
);
