import { lkeMatrices } from "./permission-matrix/lke";
import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";

setUpMatrixRegions();
describeMatrices(lkeMatrices);
