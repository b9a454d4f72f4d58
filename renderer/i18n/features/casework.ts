// Texts of the casework feature: Italian first, English with the same keys.
export const caseworkIt = {};
export const caseworkEn: typeof caseworkIt = {};
