// Texts of the employers feature: Italian first, English with the same keys.
export const employersIt = {};
export const employersEn: typeof employersIt = {};
