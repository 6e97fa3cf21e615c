import { describeImportFaultContract } from '../../src/testing/index.js';
import { memoryPorts } from '../../src/index.js';

// The exactly-once contract under injected faults, against the memory adapter (a database
// adapter runs the same suite with its own factory).
describeImportFaultContract('memory', () => memoryPorts());
