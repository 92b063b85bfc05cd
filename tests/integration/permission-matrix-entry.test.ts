import { entryMatrices } from "./permission-matrix/entry";
import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";

setUpMatrixRegions();
describeMatrices(entryMatrices);
