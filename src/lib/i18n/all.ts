import { registerCatalogue } from './index';
import en from './catalogue/en';
import fr from './catalogue/fr';

/** Every catalogue at once, for Node (tests, build scripts, the figure CLI). */
registerCatalogue('en', en);
registerCatalogue('fr', fr);
