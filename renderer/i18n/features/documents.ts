// Texts of the documents feature (Italian first; English mirrors its keys).
export const documentsIt = {
  title: 'Documenti',
};

export const documentsEn: typeof documentsIt = {
  title: 'Documents',
};
