// Texts of the paperwork feature (Italian first; English mirrors its keys).
export const paperworkIt = {
  title: 'Modulistica',
};

export const paperworkEn: typeof paperworkIt = {
  title: 'Paperwork',
};
