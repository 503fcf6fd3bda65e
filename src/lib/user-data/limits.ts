/** The most observation rows a user file may hold (the size limit is MAX_FILE_BYTES). */
export const MAX_USER_ROWS = 1_000_000;
