/** Where the cards land in the build, under the baseUrl: `img/social/<slug>.png`. */
export const SOCIAL_CARD_DIR = "img/social";
/** The card of the landing page and of every page without its own (themeConfig.image). */
export const SITE_CARD = `${SOCIAL_CARD_DIR}/nn-explained.png`;
