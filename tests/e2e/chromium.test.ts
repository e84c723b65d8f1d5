import { launchChromium } from './support/chromium';
import { browserSuite } from './support/suite';

browserSuite('chromium', launchChromium);
