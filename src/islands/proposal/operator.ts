/** What the operator's sign-in loads with the account: their village and its kecamatan. */
export const OPERATOR_EXPAND = 'village.kecamatan';
