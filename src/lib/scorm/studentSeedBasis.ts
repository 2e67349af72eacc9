import { hashString } from '../problems/hashSeed.ts';

/**
 * studentSeedBasis(studentId) → what seeds a student's variants in a SCORM package: two 32-bit
 * hashes of the LMS's `cmi.core.student_id`, so each student gets their own numbers, the same on
 * every launch and computer. It lives in memory only: neither the id nor the hash is saved in the
 * suspend data, in storage, or sent anywhere.
 */
export function studentSeedBasis(studentId: string): string {
  const a = hashString(studentId).toString(16).padStart(8, '0');
  const b = hashString(`descent\u0000${studentId}`).toString(16).padStart(8, '0');
  return `lms-${a}${b}`;
}
