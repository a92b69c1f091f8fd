/** arabic-reshaper ships no types: it turns Arabic letters into their positional presentation forms. */
declare module 'arabic-reshaper' {
  const reshaper: {
    /** Logical-order text, each Arabic letter replaced by its initial/medial/final/isolated form. */
    convertArabic(text: string): string;
    /** The inverse: presentation forms back to the base letters. */
    convertArabicBack(text: string): string;
  };
  export default reshaper;
}
