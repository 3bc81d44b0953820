import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import Highlighted from './Highlighted';

// Docusaurus registers extra Prism grammars from a client module at start-up; in the browser
// that module is replaced (src/plugins/lab-plugin.ts), and the grammars are added here, when
// Prism itself is first loaded.
prismIncludeLanguages(Prism);

export default Highlighted;
