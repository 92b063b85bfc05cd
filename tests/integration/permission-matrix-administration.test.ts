import {
  describeCoverage,
  describeMatrices,
  matrixGroups,
  setUpMatrixRegions,
} from "./permission-matrix/matrices";

setUpMatrixRegions();
describeCoverage();
describeMatrices(matrixGroups.administration);
