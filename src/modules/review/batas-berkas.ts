/** The largest report the review accepts (a 40-page LKjIP in Word with photos is well under this). */
export const UKURAN_MAKS_REVIU: number = 20 * 1024 * 1024;
