import { launchFirefox } from '../support/engine-driver';
import { mainPathsIn } from '../support/engine-main-paths';

// One browser session for the whole file; the paths run in order (the last one stops the server).
mainPathsIn('firefox', launchFirefox);
