/**
 * The Passerelle JSON-LD context for recognition decisions, version 1, served unchanged at
 * `/api/credentials/contexts/recognition/v1`. A change of meaning is a new version (v2), never an
 * edit: credentials issued under v1 keep pointing at it.
 */
export const RECOGNITION_CONTEXT_V1 = {
  '@context': {
    '@protected': true,
    '@version': 1.1,
    pas: 'https://passerelle.example/ns/recognition/v1#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    RecognitionDecisionCredential: 'pas:RecognitionDecisionCredential',
    RecognitionDecisionSubject: 'pas:RecognitionDecisionSubject',
    RecognitionDecision: 'pas:RecognitionDecision',
    Profile: 'pas:Profile',
    Address: 'pas:Address',
    addressCountry: 'pas:addressCountry',
    name: 'https://schema.org/name',
    awardedDate: { '@id': 'pas:awardedDate', '@type': 'xsd:dateTime' },
    recognitionDecision: { '@id': 'pas:recognitionDecision', '@type': '@id' },
    caseId: { '@id': 'pas:caseId', '@type': '@id' },
    outcome: 'pas:outcome',
    decidedOn: { '@id': 'pas:decidedOn', '@type': 'xsd:date' },
    qualifications: { '@id': 'pas:qualifications', '@type': '@json' },
    target: { '@id': 'pas:target', '@type': '@json' },
    compensationRequired: { '@id': 'pas:compensationRequired', '@type': '@json' },
    agreementApplied: { '@id': 'pas:agreementApplied', '@type': '@json' },
    licenceRequired: { '@id': 'pas:licenceRequired', '@type': 'xsd:boolean' },
    rulesVersion: 'pas:rulesVersion',
  },
} as const;
