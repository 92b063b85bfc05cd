import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";
import { structureMatrices } from "./permission-matrix/structure";

setUpMatrixRegions();
describeMatrices(structureMatrices);
