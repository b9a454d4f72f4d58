// Texts of the retraining feature: Italian first, English with the same keys.
export const retrainingIt = {};
export const retrainingEn: typeof retrainingIt = {};
