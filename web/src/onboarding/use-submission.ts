import { useState } from 'react';
import { ApiError } from '../api/client';

/** A form submission: whether it runs, and the server's refusal (with its field reasons). */
export function useSubmission() {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (work: () => Promise<void>) => {
    setSubmitting(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ status: 0 }));
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, error, submit, reason: (field: string) => error?.fieldReason(field) };
}
