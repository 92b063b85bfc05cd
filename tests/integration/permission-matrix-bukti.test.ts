import { buktiMatrices } from "./permission-matrix/bukti";
import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";

setUpMatrixRegions();
describeMatrices(buktiMatrices);
