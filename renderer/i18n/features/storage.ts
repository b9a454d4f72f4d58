// Texts of the storage feature (Italian first; English mirrors its keys).
export const storageIt = {
  title: 'Spazio',
};

export const storageEn: typeof storageIt = {
  title: 'Space',
};
