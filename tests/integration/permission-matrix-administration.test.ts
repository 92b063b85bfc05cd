import { administrationMatrices } from "./permission-matrix/administration";
import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";
import { describeCoverage } from "./permission-matrix/index";

setUpMatrixRegions();
describeCoverage();
describeMatrices(administrationMatrices);
