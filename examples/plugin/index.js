// An agency's red lines as a postlint plugin: `{ rules: { name: rule } }`. In a config,
// "plugins": ["postlint-plugin-exemple"] makes them `exemple/no-money-emoji` and `exemple/no-brand`.
import noMoneyEmoji from './rules/no-money-emoji.js';
import noBrand from './rules/no-brand.js';

export default { rules: { 'no-money-emoji': noMoneyEmoji, 'no-brand': noBrand } };
