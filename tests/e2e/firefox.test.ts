import { launchFirefox } from './support/firefox';
import { browserSuite } from './support/suite';

browserSuite('firefox', launchFirefox);
