import {
  describeMatrices,
  describeWorkflowWalk,
  matrixGroups,
  setUpMatrixRegions,
} from "./permission-matrix/matrices";

setUpMatrixRegions();
describeMatrices(matrixGroups.workflow);
describeWorkflowWalk();
