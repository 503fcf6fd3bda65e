import { registerCatalogue } from './index';
import en from './catalogue/en';
import fr from './catalogue/fr';
import de from './catalogue/de';
import it from './catalogue/it';
import ru from './catalogue/ru';
import es from './catalogue/es';

/** Every catalogue at once, for Node (tests, build scripts, the figure CLI). */
registerCatalogue('en', en);
registerCatalogue('fr', fr);
registerCatalogue('de', de);
registerCatalogue('it', it);
registerCatalogue('ru', ru);
registerCatalogue('es', es);
