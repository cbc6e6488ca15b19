/** "a skill", "an outcome": kinds named in messages. */
export const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
